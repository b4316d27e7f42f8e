package org.safeguarding.examples.service;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request's body as the reader takes it, streamed: it fails as soon as more than the limit has
 * arrived, without reading the rest, and as soon as the body has taken longer than the read timeout
 * to arrive, so that a client trickling its body cannot hold a worker.
 */
final class RequestBody extends FilterInputStream {

  /** More than the service's limit arrived. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("the body is over the limit");
    }
  }

  /** The body took longer than the read timeout. */
  static final class TooSlow extends IOException {
    private static final long serialVersionUID = 1L;

    TooSlow() {
      super("the body took too long to arrive");
    }
  }

  private final long limit;
  private final long deadline;
  private long read;

  /**
   * @param body the body as it arrives
   * @param limit the most bytes allowed
   * @param deadline the {@link System#nanoTime()} by which the body must have arrived
   */
  RequestBody(InputStream body, long limit, long deadline) {
    super(body);
    this.limit = limit;
    this.deadline = deadline;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (System.nanoTime() - deadline > 0) {
      throw new TooSlow();
    }
    // One byte more than the limit is asked for, so that a body of exactly the limit passes and
    // one byte over is seen.
    int n = in.read(buffer, offset, (int) Math.min(length, limit - read + 1));
    if (n > 0) {
      read += n;
      if (read > limit) {
        throw new TooLarge();
      }
    }
    if (System.nanoTime() - deadline > 0) {
      throw new TooSlow();
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    return read(new byte[(int) Math.min(n, 8192)], 0, (int) Math.min(n, 8192));
  }

  /** Never used by the reader: a body is read once, forwards. */
  @Override
  public boolean markSupported() {
    return false;
  }
}
