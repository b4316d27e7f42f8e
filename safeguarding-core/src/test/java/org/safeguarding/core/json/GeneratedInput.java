package org.safeguarding.core.json;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A stream of a prefix, then one unit repeated to a given length, then a suffix, made as it is
 * read: a test can feed the reader hundreds of megabytes without holding them. Reading allocates
 * nothing, so the bytes a reading thread allocates are the reader's own.
 */
final class GeneratedInput extends InputStream {

  /** The repeated units are copied from a block this long (rounded down to whole units). */
  private static final int BLOCK = 64 * 1024;

  private final byte[] prefix;
  private final byte[] block;
  private final long repeated;
  private final byte[] suffix;
  private long position;

  /**
   * @param prefix what comes first
   * @param unit what is repeated, in whole units
   * @param repeatedBytes how many bytes of repeated units follow the prefix; a multiple of the
   *     unit's length
   * @param suffix what comes last
   */
  GeneratedInput(String prefix, String unit, long repeatedBytes, String suffix) {
    byte[] unitBytes = unit.getBytes(StandardCharsets.UTF_8);
    if (unitBytes.length == 0 || repeatedBytes % unitBytes.length != 0) {
      throw new IllegalArgumentException("the repeated bytes must be whole units");
    }
    this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
    this.block =
        Objects.requireNonNull(unit)
            .repeat(Math.max(1, BLOCK / unitBytes.length))
            .getBytes(StandardCharsets.UTF_8);
    this.repeated = repeatedBytes;
    this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
  }

  /** The stream's whole length in bytes. */
  long length() {
    return prefix.length + repeated + suffix.length;
  }

  /** How many bytes have been read so far. */
  long consumed() {
    return position;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] into, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, into.length);
    if (length == 0) {
      return 0;
    }
    if (position >= length()) {
      return -1;
    }
    int count;
    if (position < prefix.length) {
      count = copy(prefix, (int) position, into, offset, length);
    } else if (position < prefix.length + repeated) {
      long intoRepeated = position - prefix.length;
      int from = (int) (intoRepeated % block.length);
      int available = (int) Math.min(block.length - from, repeated - intoRepeated);
      count = copy(block, from, into, offset, Math.min(length, available));
    } else {
      count = copy(suffix, (int) (position - prefix.length - repeated), into, offset, length);
    }
    position += count;
    return count;
  }

  private static int copy(byte[] from, int at, byte[] into, int offset, int length) {
    int count = Math.min(length, from.length - at);
    System.arraycopy(from, at, into, offset, count);
    return count;
  }
}
