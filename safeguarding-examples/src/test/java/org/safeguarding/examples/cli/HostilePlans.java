package org.safeguarding.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Hostile plans as large as the reader's limits let them be, written straight to a file so that
 * making one holds none of it in memory. Each is one family of attack on the reader's heap, with
 * the first problem the command line must print for it. docs/benchmarks.md gives the heap each
 * needed before and after the reader streamed.
 */
enum HostilePlans {

  /**
   * 100,000 participants (the most a plan may have), each with 25 empty consents: 9 MB and 5.3
   * million tokens, every consent missing its three required values.
   */
  EMPTY_CONSENTS("$.participants[0].consents[0].givenBy: is required") {
    @Override
    void body(Writer out) throws IOException {
      out.write(",\"participants\":[");
      for (int i = 0; i < 100_000; i++) {
        out.write(i == 0 ? "{\"id\":\"p" : ",{\"id\":\"p");
        out.write(Integer.toString(i));
        out.write("\",\"consents\":[{}");
        for (int c = 1; c < 25; c++) {
          out.write(",{}");
        }
        out.write("]}");
      }
      out.write("]}");
    }
  },

  /**
   * A list of participants of 1,000,000 empty objects: ten times the most a plan may have, so
   * refused by the parser's limit on any array (110,000 entries) as the rest is skipped.
   */
  EMPTY_OBJECTS("$.participants: must hold at most 110000 entries") {
    @Override
    void body(Writer out) throws IOException {
      out.write(",\"participants\":[{}");
      for (int i = 1; i < 1_000_000; i++) {
        out.write(",{}");
      }
      out.write("]}");
    }
  },

  /** 1,000,000 unknown fields, each named differently, in the plan itself: 12 MB. */
  UNKNOWN_FIELDS("$.u0: unknown field") {
    @Override
    void body(Writer out) throws IOException {
      out.write(",\"participants\":[]");
      for (int i = 0; i < 1_000_000; i++) {
        out.write(",\"u");
        out.write(Integer.toString(i));
        out.write("\":0");
      }
      out.write("}");
    }
  },

  /** 100,000 participants with every one of ten fields of the wrong type: 1,000,000 problems. */
  WRONG_TYPES("$.participants[0].id: must be a string") {
    @Override
    void body(Writer out) throws IOException {
      out.write(",\"participants\":[");
      for (int i = 0; i < 100_000; i++) {
        out.write(i == 0 ? "{" : ",{");
        out.write(
            "\"id\":1,\"age\":\"x\",\"atRisk\":1,\"needs\":{},\"capacity\":[],\"consents\":2,"
                + "\"registered\":\"x\",\"identityVerified\":[],\"supervisedOffline\":{},"
                + "\"accompanied\":3}");
      }
      out.write("]}");
    }
  },

  /** A plan whose id is a string of 1,000,000 characters, the longest the reader reads. */
  LONG_STRING("$.id: must be at most 128 characters") {
    @Override
    void head(Writer out) throws IOException {
      out.write("{\"schemaVersion\":1,\"id\":\"");
      for (int i = 0; i < 1_000_000 / 100; i++) {
        out.write(HUNDRED);
      }
      out.write("\"");
      rest(out);
    }

    @Override
    void body(Writer out) throws IOException {
      out.write(",\"participants\":[]}");
    }
  },

  /**
   * An unknown field holding 99,000 arrays nested to the deepest the reader reads, 32 with the
   * plan's own object: 5.9 million tokens.
   */
  DEEP_NESTING("$.deep: unknown field") {
    @Override
    void body(Writer out) throws IOException {
      // The plan is one level, the field's array a second: each entry opens 30 more.
      String entry = "[".repeat(30) + "]".repeat(30);
      out.write(",\"participants\":[],\"deep\":[");
      out.write(entry);
      for (int i = 1; i < 99_000; i++) {
        out.write(',');
        out.write(entry);
      }
      out.write("]}");
    }
  };

  private static final String HUNDRED = "x".repeat(100);

  private final String firstProblem;

  HostilePlans(String firstProblem) {
    this.firstProblem = firstProblem;
  }

  /** The first line the command line prints on standard error for this plan. */
  String firstProblem() {
    return firstProblem;
  }

  /**
   * Writes the plan to {@code file}, as UTF-8.
   *
   * @return the file
   */
  Path write(Path file) throws IOException {
    try (Writer out =
        new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      head(out);
      body(out);
    }
    return file;
  }

  /** Everything of a valid plan but its participants, leaving the object open. */
  void head(Writer out) throws IOException {
    out.write("{\"schemaVersion\":1,\"id\":\"hostile\"");
    rest(out);
  }

  /** The plan's required values after its id, but for the participants. */
  static void rest(Writer out) throws IOException {
    out.write(
        ",\"service\":{\"name\":\"Club\",\"jurisdiction\":\"ENGLAND\"},"
            + "\"platform\":{\"name\":\"Video\",\"accounts\":\"SHORT_LIVED\"},"
            + "\"start\":\"2026-12-04T18:00:00Z\",\"durationMinutes\":60,\"format\":\"GROUP\","
            + "\"interaction\":\"INTERACTIVE\",\"recording\":\"NONE\",\"chat\":\"RETAINED\","
            + "\"staff\":[]");
  }

  /** The participants and any more fields, closing the plan. */
  abstract void body(Writer out) throws IOException;
}
