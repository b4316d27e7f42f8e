package org.safeguarding.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's quick start true: it must be exactly the imports of {@link QuickStart}, a
 * blank line and the lines between the {@code tag::quick-start[]} and {@code end::quick-start[]}
 * comments, de-indented, in a Java block between the README's {@code quick-start:begin} and {@code
 * quick-start:end} markers, so that a reader can paste it with what it needs. After changing the
 * example, rewrite the block with {@code -Dsafeguarding.updateDocs=true} and review the diff.
 */
class ReadmeQuickStartTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Path EXAMPLE =
      Path.of("src", "main", "java", "org", "safeguarding", "examples", "QuickStart.java");
  private static final String TAG = "// tag::quick-start[]";
  private static final String END_TAG = "// end::quick-start[]";
  private static final String BEGIN = "<!-- quick-start:begin";
  private static final String END = "<!-- quick-start:end -->";

  @Test
  void readme_quickStart_isTheTaggedLinesOfQuickStart() throws IOException {
    // given
    String expected = "```java\n" + imports() + "\n" + snippet() + "```\n";
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    assertThat(occurrences(readme, BEGIN)).as("README.md markers " + BEGIN).isEqualTo(1);
    assertThat(occurrences(readme, END)).as("README.md markers " + END).isEqualTo(1);

    // when asked to, rewrite the block
    if (Boolean.getBoolean("safeguarding.updateDocs")) {
      readme =
          readme.substring(0, blockStart(readme)) + expected + readme.substring(blockEnd(readme));
      Files.writeString(README, readme, StandardCharsets.UTF_8);
    }

    // then
    assertThat(readme.substring(blockStart(readme), blockEnd(readme)))
        .as(
            "README.md's quick start; if QuickStart changed on purpose, rerun with"
                + " -Dsafeguarding.updateDocs=true")
        .isEqualTo(expected);
  }

  @Test
  void quickStart_snippet_isShortAndShowsTheEssentialCalls() throws IOException {
    // given
    List<String> lines = snippet().lines().toList();

    // then: the quick start stays quick, and shows the calls it is there to show
    assertThat(lines).hasSizeBetween(5, 20);
    assertThat(String.join("\n", lines))
        .contains(
            "SafeguardingEngine.ukDefault()",
            "engine.assess(plan)",
            "assessment.decision()",
            "engine.report(plan, assessment, ReportFormat.TEXT)");
    assertThat(lines.get(0)).as("de-indented").doesNotStartWith(" ");
  }

  @Test
  void readme_quickStart_importsEveryTypeItNames() throws IOException {
    // given
    String snippet = snippet();
    String imports = imports();

    // then: each type the snippet names is imported, so the block compiles once pasted
    for (String type :
        List.of("SessionPlan", "SafeguardingJson", "ExamplePlans", "SafeguardingEngine")) {
      assertThat(snippet).contains(type);
      assertThat(imports).contains("." + type + ";\n");
    }
    assertThat(imports).contains("import java.nio.file.Path;\n");
  }

  /** The example's import lines, each ending with a line break. */
  private static String imports() throws IOException {
    StringBuilder text = new StringBuilder();
    for (String line : Files.readAllLines(EXAMPLE, StandardCharsets.UTF_8)) {
      if (line.startsWith("import ")) {
        text.append(line).append('\n');
      }
    }
    assertThat(text).as(EXAMPLE + " imports").isNotEmpty();
    return text.toString();
  }

  /** The lines between the tags, less their common indent, each ending with a line break. */
  private static String snippet() throws IOException {
    List<String> source = Files.readAllLines(EXAMPLE, StandardCharsets.UTF_8);
    List<String> tags = source.stream().map(String::strip).toList();
    assertThat(tags).as(EXAMPLE + " tags").containsOnlyOnce(TAG, END_TAG);
    int from = tags.indexOf(TAG) + 1;
    int to = tags.indexOf(END_TAG);
    assertThat(to).as(EXAMPLE + ": " + END_TAG + " after " + TAG).isGreaterThan(from);
    List<String> lines = source.subList(from, to);
    int indent =
        lines.stream()
            .filter(line -> !line.isBlank())
            .mapToInt(line -> line.length() - line.stripLeading().length())
            .min()
            .orElse(0);
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line.isBlank() ? "" : line.substring(indent).stripTrailing()).append('\n');
    }
    return text.toString();
  }

  /** Where the block starts: after the line holding the begin marker. */
  private static int blockStart(String readme) {
    return readme.indexOf('\n', readme.indexOf(BEGIN)) + 1;
  }

  private static int blockEnd(String readme) {
    int end = readme.indexOf(END);
    assertThat(end).as(END + " after " + BEGIN).isGreaterThanOrEqualTo(blockStart(readme));
    return end;
  }

  private static int occurrences(String text, String marker) {
    int count = 0;
    for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
      count++;
    }
    return count;
  }
}
