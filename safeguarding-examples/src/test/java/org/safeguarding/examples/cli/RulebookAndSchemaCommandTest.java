package org.safeguarding.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.rules.rulebook.Rulebook;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RulebookAndSchemaCommandTest {

  @Test
  void rulebook_withoutOptions_printsUkDefaultAsJson() {
    CommandLineRun run = CommandLineRun.of("rulebook");

    assertThat(run.code).isZero();
    assertThat(run.out).isEqualTo(Rulebook.ukDefault().toJson()).contains("\"uk-default\"");
    assertThat(run.err).isEmpty();
  }

  @Test
  void rulebook_printed_readsBackAsTheSameRulebook(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("copy.json");
    Files.writeString(file, CommandLineRun.of("rulebook").out);

    CommandLineRun again = CommandLineRun.of("rulebook", "--rulebook", file.toString());

    assertThat(again.code).isZero();
    assertThat(again.out).isEqualTo(Rulebook.ukDefault().toJson());
  }

  @Test
  void rulebook_ownFile_printsItsEffectiveContent(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("scouts.json");
    Files.writeString(
        file,
        Rulebook.ukDefault()
            .toJson()
            .replace("\"name\": \"uk-default\"", "\"name\": \"scouts\"")
            .replace("\"minimumAdults\": 2", "\"minimumAdults\": 3"));

    CommandLineRun run = CommandLineRun.of("rulebook", "--rulebook", file.toString());

    assertThat(run.code).isZero();
    assertThat(run.out).contains("\"name\": \"scouts\"").contains("\"minimumAdults\": 3");
    assertThat(Rulebook.read(run.out).minimumAdults()).isEqualTo(3);
  }

  @Test
  void rulebook_invalidFile_exitsTwoWithPathsAndNothingOnStdout(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"name\": \"x\", \"adultAge\": \"eighteen\"}");

    CommandLineRun run = CommandLineRun.of("rulebook", "--rulebook", file.toString());

    assertThat(run.code).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err.lines()).isNotEmpty().allMatch(line -> line.startsWith("rulebook $"));
  }

  @Test
  void rulebook_directoryAsTheFile_exitsOneNamingItAndWhy(@TempDir Path dir) {
    CommandLineRun run = CommandLineRun.of("rulebook", "--rulebook", dir.toString());

    assertThat(run.code).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err).contains("cannot read rulebook file " + dir + ": ");
  }

  @Test
  void schema_printsTheSessionPlanSchema() throws Exception {
    CommandLineRun run = CommandLineRun.of("schema");

    assertThat(run.code).isZero();
    assertThat(run.out).isEqualTo(SafeguardingJson.planSchema());
    JsonNode schema = JsonMapper.builder().build().readTree(run.out);
    assertThat(schema.path("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("properties").path("participants").isObject()).isTrue();
  }

  @Test
  void schema_withAnArgument_exitsOne() {
    CommandLineRun run = CommandLineRun.of("schema", "plan.json");

    assertThat(run.code).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err).contains("Unmatched argument");
  }
}
