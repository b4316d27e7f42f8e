package org.safeguarding.examples.cli;

import java.io.InputStream;
import java.io.PrintWriter;

/**
 * The streams a command reads and writes. Standard input may be read once: {@code -} may stand for
 * one document only, which each command checks before reading anything.
 */
final class Terminal {

  private final InputStream in;
  private final PrintWriter out;
  private final PrintWriter err;

  Terminal(InputStream in, PrintWriter out, PrintWriter err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  InputStream in() {
    return in;
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }
}
