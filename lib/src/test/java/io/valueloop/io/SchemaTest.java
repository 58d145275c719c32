package io.valueloop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import io.valueloop.pattern.BusinessModelCode;
import io.valueloop.pattern.ChainTemplate;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON Schemas in the jar accept every sample file and every file the writers produce, and refuse bad ones. */
class SchemaTest {
  private static final String BASE = "https://github.com/valueloop/valueloop/schema/1/";
  private static final Map<ModelFiles.Kind, JsonSchema> SCHEMAS = new EnumMap<>(ModelFiles.Kind.class);

  @TempDir
  Path folder;

  @BeforeAll
  static void loadSchemas() {
    // The schemas as the library hands them out, so that the test reads what the jar holds (also when tests run
    // patched into the named module, whose resources a class loader does not show).
    Map<String, String> texts = new HashMap<>();
    for (ModelFiles.Kind kind : ModelFiles.Kind.values()) {
      texts.put(BASE + kind.fieldValue() + ".schema.json", ModelFiles.schema(kind));
    }
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
        builder -> builder.schemaLoaders(loaders -> loaders.schemas(texts)));
    for (ModelFiles.Kind kind : ModelFiles.Kind.values()) {
      SCHEMAS.put(kind, factory.getSchema(SchemaLocation.of(BASE + kind.fieldValue() + ".schema.json")));
    }
  }

  private static Set<ValidationMessage> check(ModelFiles.Kind kind, String text) {
    return SCHEMAS.get(kind).validate(text, InputFormat.JSON);
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
