package io.valueloop.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.valueloop.experiment.ExperimentResult;
import io.valueloop.model.ValueChain;
import io.valueloop.sim.Scenario;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFilesSamplesTest {
  @TempDir
  Path folder;

  static Path writeSamples(Path folder) throws Exception {
    for (ModelFiles.Kind kind : ModelFiles.Kind.values()) {
      Files.writeString(folder.resolve(kind.fieldValue() + ".json"), ModelFiles.sample(kind), StandardCharsets.UTF_8);
    }
    return folder;
  }

  @Test
  void readChain_sample_givesTheSmallClosedLoop() throws Exception {
    ValueChain chain = ModelFiles.readChain(new StringReader(ModelFiles.sample(ModelFiles.Kind.CHAIN)), "chain.json");

    assertThat(chain.actorCount()).isEqualTo(7);
    assertThat(chain.flowCount()).isEqualTo(19);
  }

  @Test
  void readScenario_sample_hasEverySettingOfTheFile() throws Exception {
    Scenario scenario = ModelFiles.readScenario(new StringReader(ModelFiles.sample(ModelFiles.Kind.SCENARIO)),
        "scenario.json");

    assertThat(scenario.ticks()).isEqualTo(200);
    assertThat(scenario.warmUp()).isEqualTo(50);
    assertThat(scenario.segmentDemand()).containsOnlyKeys("c1", "c2", "c3");
    assertThat(scenario.events()).hasSize(1);
  }

  @Test
  void readExperiment_sample_expandsVariantsTimesLevelsAndRuns() throws Exception {
    ExperimentFile experiment = ModelFiles.readExperiment(writeSamples(folder).resolve("experiment.json"));

    assertThat(experiment.scenarios()).containsOnlyKeys("loop off | z=0", "loop off | z=1", "loop on | z=0",
        "loop on | z=1");
    ExperimentResult result = experiment.experiment().run();
    assertThat(result.replications()).isBetween(10, 40);
  }

  @Test
  void validate_eachSample_returnsItsKind() throws Exception {
    writeSamples(folder);
    for (ModelFiles.Kind kind : ModelFiles.Kind.values()) {
      assertThat(ModelFiles.validate(folder.resolve(kind.fieldValue() + ".json"))).isEqualTo(kind);
    }
  }

  @Test
  void writeChain_sample_readsBackEqual() throws Exception {
    ValueChain chain = ModelFiles.readChain(new StringReader(ModelFiles.sample(ModelFiles.Kind.CHAIN)), "chain.json");
    StringWriter out = new StringWriter();
    ModelFiles.writeChain(chain, out);

    assertThat(ModelFiles.readChain(new StringReader(out.toString()), "written.json")).isEqualTo(chain);
  }
}
