package org.safeguarding.examples.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.report.ReportFormat;

/**
 * The golden reports: each bundled plan's assessment report in text, Markdown and HTML, byte for
 * byte, under {@code src/test/resources/org/safeguarding/examples/reports}, so that any change to
 * what a safeguarding lead reads shows as a reviewable diff. After a deliberate change, rewrite
 * them with {@code -Dsafeguarding.updateGolden=true} and review the diff.
 *
 * <p>When {@code chromium} is installed, each HTML report is also printed to PDF in headless
 * Chromium, and the PDF must have A4 pages, the service's name in the text of page 1 and the
 * footer's "Guidance, not legal advice" on the last page (read with {@link PdfText}); without
 * Chromium, that test is skipped.
 */
class ExampleReportsTest {

  private static final Path GOLDEN =
      Path.of("src/test/resources/org/safeguarding/examples/reports");

  /** The instant every golden report says it was made. */
  private static final Instant MADE_AT = Instant.parse("2026-12-01T09:30:00Z");

  private static final SafeguardingEngine ENGINE = SafeguardingEngine.ukDefault();

  /** The start of the sentence at the foot of every HTML report. */
  private static final String FOOTER = "Guidance, not legal advice";

  private static final Pattern MEDIA_BOX =
      Pattern.compile("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*\\]");

  static Stream<Arguments> reports() {
    List<Arguments> reports = new ArrayList<>();
    for (String name : ExamplePlans.names()) {
      reports.add(Arguments.of(name, ReportFormat.TEXT, "txt"));
      reports.add(Arguments.of(name, ReportFormat.MARKDOWN, "md"));
      reports.add(Arguments.of(name, ReportFormat.HTML, "html"));
    }
    return reports.stream();
  }

  private static String report(String name, ReportFormat format) {
    SessionPlan plan = ExamplePlans.load(name);
    return ENGINE.report(plan, ENGINE.assess(plan), format, MADE_AT);
  }

  @ParameterizedTest(name = "{0}.{2}")
  @MethodSource("reports")
  void example_report_matchesItsGoldenFile(String name, ReportFormat format, String extension)
      throws IOException {
    String actual = report(name, format);
    Path golden = GOLDEN.resolve(name + "." + extension);
    if (Boolean.getBoolean("safeguarding.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }

    assertThat(golden)
        .as("%s is missing; write it with -Dsafeguarding.updateGolden=true", golden)
        .exists();
    assertThat(actual)
        .as(
            "%s report of %s; if the change is deliberate, rerun with"
                + " -Dsafeguarding.updateGolden=true and review the diff",
            format, name)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  static Stream<String> names() {
    return ExamplePlans.names().stream();
  }

  @ParameterizedTest
  @MethodSource("names")
  void example_htmlReport_printsOnA4WithTheServiceName(String name, @TempDir Path dir)
      throws IOException, InterruptedException {
    Path chromium = HeadlessChromium.find();
    assumeThat(chromium).as("chromium is not installed").isNotNull();
    Path html = dir.resolve(name + ".html");
    Path pdf = dir.resolve(name + ".pdf");
    Files.writeString(html, report(name, ReportFormat.HTML), StandardCharsets.UTF_8);

    HeadlessChromium.printToPdf(chromium, html, pdf, dir);

    String bytes = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
    Matcher boxes = MEDIA_BOX.matcher(bytes);
    int pages = 0;
    while (boxes.find()) {
      pages++;
      assertThat(Double.parseDouble(boxes.group(1)))
          .as("page width in points")
          .isBetween(594.0, 596.0);
      assertThat(Double.parseDouble(boxes.group(2)))
          .as("page height in points")
          .isBetween(841.0, 843.0);
    }
    assertThat(pages).as("pages with a MediaBox").isPositive();
    // The document's title, which Chromium takes from the page's <title>, begins with the name.
    String service = ExamplePlans.load(name).service().name();
    assertThat(bytes.replace("\\(", "(").replace("\\)", ")")).contains("/Title (" + service + ": ");

    // What a reader sees: the service's name on the first page, and the footer on the last.
    byte[] printed = Files.readAllBytes(pdf);
    int pageCount = PdfText.pageCount(printed);
    assertThat(pageCount).as("pages in the page tree").isEqualTo(pages);
    assertThat(PdfText.page(printed, 1).replaceAll("\\s+", " "))
        .as("text of page 1 of %s", name)
        .contains(service);
    assertThat(PdfText.page(printed, pageCount).replaceAll("\\s+", " "))
        .as("text of the last page, page %d, of %s", pageCount, name)
        .contains(FOOTER);
  }
}
