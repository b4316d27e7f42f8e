package org.safeguarding.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every family of hostile plan, as large as the reader's limits let it be, refused by {@code
 * safeguarding validate} in a JVM of its own with a 64 MiB heap: exit code 2, nothing on standard
 * output, and the family's first problem first on standard error. A reader that held what it read
 * (a tree of the document, every problem, every entry of a list it will refuse) dies there of
 * {@code OutOfMemoryError} instead, and exits 1. Nothing here is timed.
 */
class HostileInputHeapTest {

  private static final String HEAP = "-Xmx64m";

  /** Far more than a run takes, even on a loaded machine: a run that hangs still fails. */
  private static final long TIMEOUT_SECONDS = 120;

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(HostilePlans.class)
  void validate_hostilePlanIn64MiB_exits2WithItsFirstProblem(HostilePlans plan)
      throws IOException, InterruptedException {
    refusedIn64MiB(plan);
  }

  private void refusedIn64MiB(HostilePlans plan) throws IOException, InterruptedException {
    // given
    Path file = plan.write(dir.resolve(plan.name() + ".json"));
    Path out = dir.resolve("stdout");
    Path err = dir.resolve("stderr");

    // when
    Process process =
        new ProcessBuilder(
                java(),
                HEAP,
                "-cp",
                System.getProperty("java.class.path"),
                SafeguardingCli.class.getName(),
                "validate",
                file.toString())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    boolean exited = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (!exited) {
      process.destroyForcibly().waitFor();
    }

    // then
    List<String> problems = Files.readAllLines(err, StandardCharsets.UTF_8);
    String shown = String.join("\n", problems.subList(0, Math.min(5, problems.size())));
    assertThat(exited).as("exited within %d s", TIMEOUT_SECONDS).isTrue();
    assertThat(process.exitValue()).as("exit code; standard error began:%n%s", shown).isEqualTo(2);
    assertThat(problems).first().isEqualTo(plan.firstProblem());
    assertThat(Files.size(out)).as("bytes on standard output").isZero();
  }

  /** The java that runs these tests. */
  private static String java() {
    return ProcessHandle.current()
        .info()
        .command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }
}
