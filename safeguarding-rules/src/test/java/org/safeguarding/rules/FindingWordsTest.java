package org.safeguarding.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.Finding;
import org.safeguarding.rules.internal.words.Catalogue;

/**
 * The built-in findings' words come from the catalogue's templates: every template is of a built-in
 * code and is used, and what the rules write reads as English, with no brace, no constant's name
 * and no code in it.
 */
class FindingWordsTest {

  private static final SafeguardingEngine ENGINE = SafeguardingEngine.ukDefault();
  private static final Catalogue ENGLISH = Catalogue.english();
  private static final Pattern KEY =
      Pattern.compile("finding\\.([A-Z][A-Z0-9_]*)(?:\\.([a-z][A-Za-z0-9]*))?\\.(message|action)");

  /** Two capitals joined by an underscore: a constant's name or a code, never English. */
  private static final Pattern CONSTANT = Pattern.compile("[A-Z]_[A-Z]");

  private static Set<String> templates() {
    Set<String> stems = new TreeSet<>();
    for (String key : ENGLISH.keys()) {
      if (key.startsWith("finding.")) {
        Matcher matcher = KEY.matcher(key);
        assertThat(matcher.matches()).as("form of %s", key).isTrue();
        stems.add(key.substring("finding.".length(), key.lastIndexOf('.')));
      }
    }
    return stems;
  }

  @Test
  void everyTemplate_isOfABuiltInCode_andHasAMessageAndAnAction() {
    Set<String> codes =
        ENGINE.rules().stream().map(RuleDescription::code).collect(Collectors.toSet());
    Set<String> stems = templates();

    assertThat(stems).hasSizeGreaterThan(40);
    for (String stem : stems) {
      String code = stem.contains(".") ? stem.substring(0, stem.indexOf('.')) : stem;
      assertThat(codes).as("the code of the template %s", stem).contains(code);
      assertThat(ENGLISH.find("finding." + stem + ".message")).as(stem).isPresent();
      assertThat(ENGLISH.find("finding." + stem + ".action")).as(stem).isPresent();
      assertThat(ENGLISH.text("finding." + stem + ".message"))
          .as("a message starts lower-case or with a parameter, and has no full stop: %s", stem)
          .matches("^[a-z{].*[^.]$");
    }
    // Every code a built-in rule reports has words; RULE_FAILED is the engine's own.
    Set<String> worded =
        stems.stream()
            .map(stem -> stem.contains(".") ? stem.substring(0, stem.indexOf('.')) : stem)
            .collect(Collectors.toSet());
    codes.remove("RULE_FAILED");
    assertThat(worded).containsAll(codes);
  }

  @Test
  void everyTemplate_isUsedByABuiltInRule() throws IOException {
    // A rule names its code by its description and its variant as a string literal (whole, or as
    // two literals joined, such as "parentOrCarer" + "Unconfirmed"); a template no rule names would
    // be words nobody reads.
    Set<String> literals = new TreeSet<>();
    try (Stream<Path> sources =
        Files.walk(Path.of("src/main/java/org/safeguarding/rules/internal"))) {
      for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
        Matcher literal = Pattern.compile("\"([A-Za-z0-9_]+)\"").matcher(Files.readString(source));
        while (literal.find()) {
          literals.add(literal.group(1));
        }
      }
    }
    Set<String> unused = new TreeSet<>();
    for (String stem : templates()) {
      int dot = stem.indexOf('.');
      if (dot < 0) {
        continue;
      }
      String variant = stem.substring(dot + 1);
      boolean named =
          literals.contains(variant)
              || literals.stream()
                  .anyMatch(
                      literal ->
                          variant.startsWith(literal)
                              && literals.contains(variant.substring(literal.length())));
      if (!named) {
        unused.add(stem);
      }
    }
    assertThat(unused).as("templates no rule names").isEmpty();
  }

  @Test
  void generatedPlans_areWorded_asEnglishWithoutBracesOrConstants() {
    Set<String> seen = new TreeSet<>();
    qt().withExamples(600)
        .forAll(AssessmentPropertyTest.plans())
        .checkAssert(plan -> assertWorded(ENGINE.assess(plan), seen));
    // Enough of the catalogue is reached for the check above to mean something.
    assertThat(seen).hasSizeGreaterThan(40);
  }

  private static void assertWorded(Assessment assessment, Set<String> seen) {
    for (Finding finding : assessment.findings()) {
      if (finding.rule().equals("RULE_FAILED")) {
        throw new AssertionError("a built-in rule failed: " + finding.message());
      }
      assertThat(finding.template()).as("template of %s", finding.rule()).isPresent();
      seen.add(finding.template().get());
      for (String text : new String[] {finding.message(), finding.action()}) {
        assertThat(text)
            .as("%s of %s", text, finding.template().get())
            .doesNotContain("{", "}")
            .doesNotContainPattern(CONSTANT)
            .doesNotContain(" a a", " a e", " a i", " a o", " 1 adults", " 1 members");
        for (Map.Entry<String, String> parameter : finding.parameters().entrySet()) {
          if (parameter.getValue().matches("[A-Z]{2,}") && !isAcronym(parameter.getValue())) {
            assertThat(text)
                .as("%s names %s", text, parameter.getKey())
                .doesNotContain(parameter.getValue());
          }
        }
      }
      assertThat(finding.message()).as("one sentence, no full stop").doesNotEndWith(".");
    }
  }

  /** The schemes' names are the words people use for them. */
  private static boolean isAcronym(String value) {
    return value.equals("DBS") || value.equals("PVG");
  }
}
