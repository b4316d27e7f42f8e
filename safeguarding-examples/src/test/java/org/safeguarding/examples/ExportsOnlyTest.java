package org.safeguarding.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The examples, the command line and the benchmarks are the library's first users: they must use
 * what the modules export and nothing else. On the class path the module boundaries are not
 * enforced, so this reads every compiled class: a reference to any class of an {@code internal}
 * package sits in its constant pool as that class's name.
 */
class ExportsOnlyTest {

  private static final Pattern INTERNAL =
      Pattern.compile("org/safeguarding/[a-z]+/internal/[A-Za-z0-9_/$]+");

  private static List<String> internalReferences(Path root) throws IOException {
    List<String> found = new ArrayList<>();
    List<Path> classes;
    try (Stream<Path> files = Files.walk(root)) {
      classes = files.filter(file -> file.toString().endsWith(".class")).toList();
    }
    for (Path file : classes) {
      // Latin-1 maps each byte to one char, so the modified UTF-8 of class names reads as is.
      String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      Matcher matcher = INTERNAL.matcher(bytes);
      while (matcher.find()) {
        found.add(root.relativize(file) + " uses " + matcher.group());
      }
    }
    return found;
  }

  @Test
  void examplesCommandLineAndBenchmarks_useExportedPackagesOnly() throws IOException {
    Path main = Path.of("target", "classes", "org", "safeguarding", "examples");
    Path bench = Path.of("target", "test-classes", "org", "safeguarding", "examples", "bench");
    assertThat(main.resolve("QuickStart.class")).exists();
    assertThat(bench.resolve("OursSubset.class")).exists();

    List<String> found = new ArrayList<>(internalReferences(main));
    found.addAll(internalReferences(bench));

    assertThat(found).isEmpty();
  }

  @Test
  void theCheck_findsAReferenceToAnInternalClass() throws IOException {
    // This very test class names an internal package only in a pattern, so look at a privacy
    // test that uses the core's internal reader on purpose: the check must see it.
    Path privacy = Path.of("target", "test-classes", "org", "safeguarding", "examples", "privacy");

    assertThat(internalReferences(privacy))
        .anySatisfy(reference -> assertThat(reference).contains("core/internal/json"));
  }
}
