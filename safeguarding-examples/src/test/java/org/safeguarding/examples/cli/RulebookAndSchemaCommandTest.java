package org.safeguarding.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.core.json.JsonSchemas;
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
  void rulebook_layer_printsTheEffectiveRulebookWhichReadsBackEqual(@TempDir Path dir)
      throws Exception {
    // given
    Path file = dir.resolve("layer.json");
    Files.writeString(
        file,
        "{\"basedOn\": \"uk-default\", \"name\": \"scouts\", \"version\": \"1\","
            + " \"supervision\": {\"minimumAdults\": 3}}");

    // when
    CommandLineRun run = CommandLineRun.of("rulebook", "--rulebook", file.toString());

    // then: the whole rulebook, naming its base, equal to the layer read directly
    assertThat(run.code).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out)
        .startsWith(
            "{\n  \"name\": \"scouts\",\n  \"version\": \"1\",\n  \"basedOn\": \"uk-default\",\n")
        .contains("\"minimumAdults\": 3", "\"ratioBands\"", "\"deadlines\"");
    Rulebook printed = Rulebook.read(run.out);
    assertThat(printed).isEqualTo(Rulebook.read(file));
    assertThat(printed.id().basedOn()).contains(Rulebook.ukDefault().id());
    assertThat(printed.broadcastAdults()).isEqualTo(Rulebook.ukDefault().broadcastAdults());
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

  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of("plan", SafeguardingJson.planSchema()),
        Arguments.of("room", JsonSchemas.room()),
        Arguments.of("incident", JsonSchemas.incident()),
        Arguments.of("admission", JsonSchemas.admission()),
        Arguments.of("response-plan", JsonSchemas.responsePlan()),
        Arguments.of("assessment", JsonSchemas.assessment()),
        Arguments.of("rulebook", Rulebook.schema()));
  }

  @ParameterizedTest
  @MethodSource("documents")
  void schema_ofANamedDocument_printsItsSchema(String document, String schema) {
    CommandLineRun run = CommandLineRun.of("schema", document);

    assertThat(run.code).isZero();
    assertThat(run.out).isEqualTo(schema);
    assertThat(JsonMapper.builder().build().readTree(run.out).path("$id").asString())
        .endsWith("/" + (document.equals("plan") ? "session-plan" : document) + "-1.json");
    assertThat(run.err).isEmpty();
  }

  @Test
  void schema_eachDocumentsSchemaIsItsOwn() {
    assertThat(documents().map(arguments -> arguments.get()[1]).distinct()).hasSize(7);
  }

  @Test
  void schema_nameInCapitals_isTheSameDocument() {
    CommandLineRun run = CommandLineRun.of("schema", "RESPONSE-PLAN");

    assertThat(run.code).isZero();
    assertThat(run.out).isEqualTo(JsonSchemas.responsePlan());
  }

  @Test
  void schema_unknownDocument_exitsOneListingTheDocuments() {
    CommandLineRun run = CommandLineRun.of("schema", "plan.json");

    assertThat(run.code).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .contains("DOCUMENT")
        .contains(
            "expected one of plan, room, incident, admission, response-plan, assessment, rulebook")
        .contains("Usage: safeguarding schema");
  }

  @Test
  void schema_twoDocuments_exitsOne() {
    CommandLineRun run = CommandLineRun.of("schema", "room", "incident");

    assertThat(run.code).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err).contains("Unmatched argument").contains("Usage: safeguarding schema");
  }

  @Test
  void schema_help_namesEveryDocument() {
    CommandLineRun run = CommandLineRun.of("schema", "--help");

    assertThat(run.code).isZero();
    assertThat(run.out.replaceAll("\\s+", " "))
        .contains(
            "Which document: plan, room, incident, admission, response-plan, assessment,"
                + " rulebook.");
  }
}
