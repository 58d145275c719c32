package io.valueloop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.ValidationMessage;
import io.valueloop.model.FeeBase;
import io.valueloop.model.FlowKind;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import io.valueloop.pattern.BusinessModelCode;
import io.valueloop.pattern.ChainTemplate;
import io.valueloop.sim.Series;
import io.valueloop.sim.SourcingRule;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON Schemas in the jar accept every sample file and every file the writers produce, and refuse bad ones. */
class SchemaTest {
  @TempDir
  Path folder;

  private static Set<ValidationMessage> check(ModelFiles.Kind kind, String text) {
    return SchemaCheck.problems(kind, text);
  }

  @Test
  void schemas_areInTheJarAndTheRepository() throws Exception {
    for (ModelFiles.Kind kind : ModelFiles.Kind.values()) {
      Path inRepository = Path.of("src/main/resources/io/valueloop/io/schema/" + kind.fieldValue() + ".schema.json");
      assertThat(ModelFiles.schema(kind)).isEqualTo(Files.readString(inRepository, StandardCharsets.UTF_8));
      assertThat(ModelFiles.schema(kind)).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
    }
  }

  @Test
  void schemas_nameEveryConstantOfTheLibrarysEnums() {
    for (Enum<?> constant : List.of(Role.values(), FlowKind.values(), FeeBase.values()).stream()
        .flatMap(Arrays::stream).toList()) {
      assertThat(ModelFiles.schema(ModelFiles.Kind.CHAIN)).contains("\"" + constant.name() + "\"");
    }
    for (Series series : Series.values()) {
      assertThat(ModelFiles.schema(ModelFiles.Kind.SCENARIO)).contains("\"" + series.name() + "\"");
    }
    for (String type : SimJson.POLICY_TYPES) {
      assertThat(ModelFiles.schema(ModelFiles.Kind.SCENARIO)).contains("\"const\": \"" + type + "\"");
    }
    for (String type : SimJson.DEMAND_TYPES) {
      assertThat(ModelFiles.schema(ModelFiles.Kind.SCENARIO)).contains("\"const\": \"" + type + "\"");
    }
    for (String type : SimJson.EVENT_TYPES) {
      assertThat(ModelFiles.schema(ModelFiles.Kind.SCENARIO)).contains("\"const\": \"" + type + "\"");
    }
    for (String type : List.of(MechanicsJson.SHORTAGE_TYPES, MechanicsJson.DURATION_TYPES).stream()
        .flatMap(List::stream).toList()) {
      assertThat(ModelFiles.schema(ModelFiles.Kind.SCENARIO)).contains("\"const\": \"" + type + "\"");
    }
    for (SourcingRule rule : SourcingRule.values()) {
      assertThat(ModelFiles.schema(ModelFiles.Kind.SCENARIO)).contains("\"" + rule.name() + "\"");
    }
  }

  @Test
  void samples_areValidAgainstTheirSchemas() {
    for (ModelFiles.Kind kind : ModelFiles.Kind.values()) {
      assertThat(check(kind, ModelFiles.sample(kind))).as(kind.toString()).isEmpty();
    }
  }

  @Test
  void writtenChains_areValid() throws Exception {
    for (long seed = 0; seed < 40; seed++) {
      ValueChain chain = ChainTemplate.of(BusinessModelCode.S2B2C2S2B).withSeed(seed).withCount(Role.C,
          5 + (int) seed).build();
      StringWriter out = new StringWriter();
      ModelFiles.writeChain(chain, out);
      assertThat(check(ModelFiles.Kind.CHAIN, out.toString())).isEmpty();
    }
    for (BusinessModelCode code : BusinessModelCode.wellKnown()) {
      ValueChain chain;
      try {
        chain = ChainTemplate.of(code).build();
      } catch (IllegalArgumentException e) {
        continue;
      }
      StringWriter out = new StringWriter();
      ModelFiles.writeChain(chain, out);
      assertThat(check(ModelFiles.Kind.CHAIN, out.toString())).as(code.toString()).isEmpty();
    }
  }

  @Test
  void writtenTemplate_isValid() throws Exception {
    StringWriter out = new StringWriter();
    ModelFiles.writeTemplate(new TemplateSpec("S2B2C2S2B", Map.of(Role.C, 50), 3, Map.of("markup", 0.3,
        "maxSuppliers", 2.0)), out);

    assertThat(check(ModelFiles.Kind.CHAIN, out.toString())).isEmpty();
  }

  @Test
  void writtenScenariosAndExperiments_areValid() throws Exception {
    StringWriter scenario = new StringWriter();
    ModelFiles.writeScenario(ModelFiles.readScenario(new StringReader(ModelFiles.sample(ModelFiles.Kind.SCENARIO)),
        "s.json"), scenario);
    assertThat(check(ModelFiles.Kind.SCENARIO, scenario.toString())).isEmpty();
    ModelFilesSamplesTest.writeSamples(folder);
    StringWriter experiment = new StringWriter();
    ModelFiles.writeExperiment(ModelFiles.readExperiment(folder.resolve("experiment.json")), experiment);
    assertThat(check(ModelFiles.Kind.EXPERIMENT, experiment.toString())).isEmpty();
    String inline = "{\"format\": \"valueloop/1\", \"kind\": \"experiment\", \"chain\": "
        + ModelFiles.sample(ModelFiles.Kind.CHAIN) + ", \"scenario\": {\"ticks\": 20}, \"measures\": [\"profit S\"]}";
    StringWriter written = new StringWriter();
    ModelFiles.writeExperiment(ModelFiles.readExperiment(new StringReader(inline), "i.json", folder), written);
    assertThat(check(ModelFiles.Kind.EXPERIMENT, inline)).isEmpty();
    assertThat(check(ModelFiles.Kind.EXPERIMENT, written.toString())).isEmpty();
  }

  @Test
  void randomScenariosWritten_areValid() throws Exception {
    SplittableRandom random = new SplittableRandom(5);
    for (int i = 0; i < 200; i++) {
      String text = ScenarioTexts.random(random);
      assertThat(check(ModelFiles.Kind.SCENARIO, text)).as(text).isEmpty();
    }
  }

  @Test
  void badFiles_areRefusedBySchemaAndReader() {
    String[] chains = {
        "{\"format\": \"valueloop/1\", \"kind\": \"chain\", \"actors\": [], \"flows\": [], \"extra\": 1}",
        "{\"format\": \"valueloop/2\", \"kind\": \"chain\", \"actors\": [], \"flows\": []}",
        "{\"format\": \"valueloop/1\", \"kind\": \"chain\", \"actors\": [{\"id\": \"a\"}], \"flows\": []}",
        "{\"format\": \"valueloop/1\", \"kind\": \"chain\", \"actors\": [], \"flows\": [{\"source\": \"a\","
            + " \"target\": \"b\", \"kind\": \"DATA\", \"terms\": {\"price\": 1}}]}",
    };
    for (String chain : chains) {
      assertThat(check(ModelFiles.Kind.CHAIN, chain)).as(chain).isNotEmpty();
      assertThatThrownBy(() -> ModelFiles.readChain(new StringReader(chain), "x"))
          .isInstanceOf(ModelFileException.class);
    }
    assertThat(check(ModelFiles.Kind.SCENARIO, "{\"format\": \"valueloop/1\", \"kind\": \"scenario\", \"ticks\": 5,"
        + " \"policies\": {\"default\": {\"type\": \"guess\"}}}")).isNotEmpty();
  }
}
