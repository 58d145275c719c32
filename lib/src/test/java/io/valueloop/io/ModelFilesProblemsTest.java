package io.valueloop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.valueloop.model.ChainValidationException;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import io.valueloop.pattern.BusinessModelCode;
import io.valueloop.pattern.ChainTemplate;
import io.valueloop.sim.DemandProcesses;
import io.valueloop.sim.Scenario;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every problem of a file at once, each with file, line, column, JSON pointer and what was expected. */
class ModelFilesProblemsTest {
  private static final String HEAD = "{\"format\": \"valueloop/1\", \"kind\": \"chain\",\n";

  private static ModelFileException chainProblems(String text) {
    return catchThrowableOfType(ModelFileException.class,
        () -> ModelFiles.readChain(new StringReader(text), "c.json"));
  }

  private static ModelFileException scenarioProblems(String text) {
    return catchThrowableOfType(ModelFileException.class,
        () -> ModelFiles.readScenario(new StringReader(text), "s.json"));
  }

  @Test
  void readChain_notJson_namesLineAndColumn() {
    ModelFileException e = chainProblems(HEAD + "\"actors\": [\n  {\"id\": \"a\" \"role\": \"B\"}]}");

    assertThat(e.problems()).hasSize(1);
    ModelFileException.Problem problem = e.problems().get(0);
    assertThat(problem.file()).isEqualTo("c.json");
    assertThat(problem.line()).isEqualTo(3);
    assertThat(problem.column()).isGreaterThan(10);
    assertThat(problem.message()).startsWith("the text must be JSON");
  }

  @Test
  void readChain_severalProblems_reportsEveryOneWithItsPointer() {
    String text = HEAD
        + "\"actors\": [{\"id\": \"b\", \"role\": \"B\", \"capcity\": 3},\n"
        + "  {\"id\": \"c\", \"role\": \"X\"}, {\"id\": \"b\", \"role\": \"B\"}],\n"
        + "\"flows\": [{\"source\": \"b\", \"target\": \"cc\", \"kind\": \"GOODS\",\n"
        + "  \"terms\": {\"price\": \"4\", \"leadTim\": 2}}]}";

    ModelFileException e = chainProblems(text);

    assertThat(e.problems()).extracting(ModelFileException.Problem::field).containsExactly(
        "/actors/0/capcity", "/actors/1/role", "/actors/2/id", "/flows/0/target", "/flows/0/terms/price",
        "/flows/0/terms/leadTim");
    assertThat(e.problems().get(0).message()).contains("(did you mean capacity?)");
    assertThat(e.problems().get(1).message()).startsWith("role must be one of [S, M, B, C, P, L, F] but was 'X'");
    assertThat(e.problems().get(2).message()).contains("id must be unique but 'b' is at /actors/0/id (line 2)");
    assertThat(e.problems().get(3).message()).contains("(did you mean c?)");
    assertThat(e.problems().get(4).message()).isEqualTo("price must be a number within the range of a double but"
        + " was '4'");
    assertThat(e.problems().get(5).message()).endsWith("(did you mean leadTime?)");
    assertThat(e.problems().get(5)).hasToString("c.json:5:27: /flows/0/terms/leadTim: "
        + e.problems().get(5).message());
  }

  @Test
  void readChain_ruleBroken_reportsItAtTheFlowsField() {
    String text = HEAD + "\"actors\": [{\"id\": \"b\", \"role\": \"B\"}, {\"id\": \"c\", \"role\": \"C\"}],\n"
        + "\"flows\": [{\"source\": \"b\", \"target\": \"c\", \"kind\": \"TRADE\",\n"
        + "  \"terms\": {\"price\": -4}}]}";

    ModelFileException e = chainProblems(text);

    assertThat(e.getCause()).isInstanceOf(ChainValidationException.class);
    assertThat(e.problems()).anySatisfy(p -> {
      assertThat(p.field()).isEqualTo("/flows/0/terms/price");
      assertThat(p.line()).isEqualTo(4);
      assertThat(p.message()).contains("-4");
    });
  }

  @Test
  void readChain_limitsAndOddNumbers_areProblemsNotCrashes() {
    assertThat(chainProblems("[".repeat(200) + "]".repeat(200)).problems().get(0).message())
        .contains("within the limits");
    assertThat(chainProblems(HEAD + "\"actors\": [{\"id\": \"a\", \"role\": \"B\", \"unitCost\": 1e400}],"
        + " \"flows\": []}").problems().get(0).field()).isEqualTo("/actors/0/unitCost");
    assertThat(chainProblems(HEAD + "\"actors\": [], \"flows\": []} {}").problems().get(0).message())
        .contains("one JSON value");
    assertThat(chainProblems("").problems().get(0).message()).contains("empty");
    assertThat(chainProblems("{\"format\": \"valueloop/2\", \"kind\": \"chain\", \"format\": 1, \"actors\": [],"
        + " \"flows\": []}").problems()).extracting(ModelFileException.Problem::message)
        .anyMatch(m -> m.contains("must be \"valueloop/1\"")).anyMatch(m -> m.contains("appear once"));
  }

  @Test
  void readChain_template_buildsTheTemplatesChain() throws Exception {
    String text = HEAD + "\"template\": {\"code\": \"S2B2C2S2B\", \"counts\": {\"B\": 3, \"C\": 7}, \"seed\": 5,"
        + " \"settings\": {\"demand\": 12.5, \"leadTime\": 3}}}";

    ValueChain chain = ModelFiles.readChain(new StringReader(text), "t.json");

    assertThat(chain).isEqualTo(ChainTemplate.of(BusinessModelCode.S2B2C2S2B).withCount(Role.B, 3).withCount(Role.C, 7)
        .withSeed(5).withDemand(12.5).withLeadTime(3).build());
  }

  @Test
  void readChain_templateProblems_eachAtItsValue() {
    String text = HEAD + "\"template\": {\"code\": \"S2X\", \"counts\": {\"Q\": 3}, \"seed\": 1.5,"
        + " \"settings\": {\"markup\": -1, \"leadTme\": 2}}}";

    assertThat(chainProblems(text).problems()).extracting(ModelFileException.Problem::field).containsExactly(
        "/template/code", "/template/counts/Q", "/template/seed", "/template/settings/leadTme");
    String valid = HEAD + "\"template\": {\"code\": \"S2B2C\", \"settings\": {\"markup\": -1}}}";
    assertThat(chainProblems(valid).problems()).extracting(ModelFileException.Problem::field)
        .containsExactly("/template/settings/markup");
  }

  @Test
  void readScenario_problems_eachAtItsPointer() {
    String text = "{\"format\": \"valueloop/1\", \"kind\": \"scenario\", \"ticks\": 10, \"warmUp\": 10,\n"
        + " \"policies\": {\"default\": {\"type\": \"orderUpTo\", \"forecast\": {\"type\": \"movingAverage\","
        + " \"window\": 0}},\n  \"roles\": {\"B\": {\"type\": \"orderUpto\"}}},\n"
        + " \"demand\": {\"segments\": {\"c\": {\"type\": \"normal\", \"mean\": 5}}},\n"
        + " \"events\": [{\"type\": \"demandShock\", \"segmentId\": \"c\", \"from\": 5, \"to\": 2, \"factor\": 2}],\n"
        + " \"record\": {\"all\": [\"ONHAND\"]}, \"steadystart\": true}";

    ModelFileException e = scenarioProblems(text);

    assertThat(e.problems()).extracting(ModelFileException.Problem::field).contains(
        "/policies/default/forecast", "/policies/roles/B/type", "/demand/segments/c", "/events/0",
        "/record/all/0", "/steadystart", "/warmUp");
    assertThat(e.problems()).extracting(ModelFileException.Problem::message)
        .anyMatch(m -> m.contains("did you mean orderUpTo?"))
        .anyMatch(m -> m.contains("field 'sd' must be present"))
        .anyMatch(m -> m.contains("did you mean steadyStart?"))
        .anyMatch(m -> m.contains("did you mean ON_HAND?"));
  }

  @Test
  void readScenario_uniformDemand_readsWritesBackAndReportsProblemsAtTheirPlaces() throws Exception {
    String valid = "{\"format\": \"valueloop/1\", \"kind\": \"scenario\", \"ticks\": 10,\n"
        + " \"demand\": {\"default\": {\"type\": \"uniform\", \"min\": 5, \"max\": 15}}}";
    Scenario read = ModelFiles.readScenario(new StringReader(valid), "s.json");
    StringWriter out = new StringWriter();
    ModelFiles.writeScenario(read, out);

    assertThat(read.defaultDemand()).contains(DemandProcesses.uniform(5, 15));
    assertThat(out.toString()).contains("\"type\": \"uniform\"").contains("\"min\": 5").contains("\"max\": 15");
    assertThat(SchemaCheck.problems(ModelFiles.Kind.SCENARIO, out.toString())).isEmpty();

    String text = "{\"format\": \"valueloop/1\", \"kind\": \"scenario\", \"ticks\": 10,\n"
        + " \"demand\": {\"default\": {\"type\": \"uniform\", \"min\": 9, \"max\": 5},\n"
        + "  \"segments\": {\"c\": {\"type\": \"uniform\", \"min\": 1},\n"
        + "   \"d\": {\"type\": \"uniform\", \"min\": -1, \"max\": 2}, \"e\": {\"type\": \"unifrom\"}}}}";

    ModelFileException e = scenarioProblems(text);

    assertThat(e.problems()).extracting(ModelFileException.Problem::field).containsExactly(
        "/demand/default", "/demand/segments/c", "/demand/segments/d", "/demand/segments/e/type");
    assertThat(e.problems()).extracting(ModelFileException.Problem::line).containsExactly(2, 3, 4, 4);
    assertThat(e.problems()).allSatisfy(p -> {
      assertThat(p.file()).isEqualTo("s.json");
      assertThat(p.column()).isPositive();
    });
    assertThat(e.problems()).extracting(ModelFileException.Problem::message).satisfiesExactly(
        m -> assertThat(m).isEqualTo("uniform min must be at most the max (5.0) but was 9.0"),
        m -> assertThat(m).contains("field 'max' must be present"),
        m -> assertThat(m).isEqualTo("uniform min must be finite and non-negative but was -1.0"),
        m -> assertThat(m).contains("uniform, normal").contains("did you mean uniform?"));
  }

  @Test
  void validate_unknownKind_isAProblem(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
      throws Exception {
    java.nio.file.Path file = folder.resolve("x.json");
    java.nio.file.Files.writeString(file, "{\"format\": \"valueloop/1\", \"kind\": \"chian\"}");

    assertThatThrownBy(() -> ModelFiles.validate(file)).isInstanceOf(ModelFileException.class)
        .hasMessageContaining("kind must be one of chain, scenario, experiment but was 'chian'");
  }

  @Test
  void problem_toString_omitsZeroLineAndColumn() {
    assertThat(new ModelFileException.Problem("f", 0, 0, "", "m")).hasToString("f: m");
    assertThat(new ModelFileException.Problem("f", 3, "x", "m")).hasToString("f:3: x: m");
    assertThat(new ModelFileException.Problem("f", 3, 7, "/a", "m")).hasToString("f:3:7: /a: m");
    assertThat(List.of(Role.values())).isNotEmpty();
  }
}
