package org.safeguarding.examples.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Headless Chromium for the print tests: where it is installed, and printing a page to PDF as a
 * reader would (A4 from the page's own {@code @page} rule, no browser header or footer).
 */
final class HeadlessChromium {

  private HeadlessChromium() {}

  /** {@return Chromium's executable on the {@code PATH}, or null where it is not installed} */
  static @Nullable Path find() {
    if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win")) {
      return null;
    }
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(Pattern.quote(File.pathSeparator), -1)) {
      for (String command : List.of("chromium", "chromium-browser")) {
        Path candidate = Path.of(dir, command);
        if (Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }

  /**
   * Prints {@code html} to {@code pdf}, with a profile and a log of its own in {@code dir}, and
   * fails the test when Chromium does not finish within two minutes or writes no PDF.
   */
  static void printToPdf(Path chromium, Path html, Path pdf, Path dir)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--no-pdf-header-footer",
                "--user-data-dir=" + dir.resolve("profile"),
                "--print-to-pdf=" + pdf,
                html.toUri().toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("chromium.log").toFile())
            .start();
    assertThat(process.waitFor(Duration.ofMinutes(2).toSeconds(), TimeUnit.SECONDS))
        .as("chromium printed within 2 minutes")
        .isTrue();
    assertThat(pdf).exists();
  }
}
