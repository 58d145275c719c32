package io.valueloop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.valueloop.experiment.ExperimentResult;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentFilesTest {
  @TempDir
  Path folder;

  private static final String GRID = "{\"format\": \"valueloop/1\", \"kind\": \"experiment\",\n"
      + " \"chain\": \"chain.json\", \"scenario\": \"scenario.json\",\n"
      + " \"factors\": [{\"name\": \"z\", \"path\": \"/policies/default/safetyFactor\", \"levels\": [0, 0.5, 1]},\n"
      + "   {\"name\": \"loop\", \"path\": \"/informationSharing\", \"levels\": [false, true]}],\n"
      + " \"measures\": [\"bullwhip S\", \"fill rate B\"], \"replications\": 5, \"threads\": 1}";

  private static final String LHS = "{\"format\": \"valueloop/1\", \"kind\": \"experiment\",\n"
      + " \"chain\": \"chain.json\", \"scenario\": \"scenario.json\",\n"
      + " \"variants\": [{\"name\": \"off\", \"set\": {\"/informationSharing\": false}},"
      + " {\"name\": \"on\", \"set\": {\"/informationSharing\": true}}],\n"
      + " \"factors\": [{\"name\": \"z\", \"path\": \"/policies/default/safetyFactor\", \"min\": 0, \"max\": 2},\n"
      + "   {\"name\": \"window\", \"path\": \"/policies/default/forecast/window\", \"min\": 1, \"max\": 8,"
      + " \"integer\": true}],\n"
      + " \"design\": {\"type\": \"latinHypercube\", \"points\": 3, \"seed\": 99},\n"
      + " \"measures\": [\"bullwhip S\"], \"replications\": 3}";

  private Path write(String name, String text) throws Exception {
    Path file = folder.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private Path withSamples(String name, String text) throws Exception {
    ModelFilesSamplesTest.writeSamples(folder);
    return write(name, text);
  }

  @Test
  void readExperiment_grid_runsBitIdenticallyOnOneAndFourThreads() throws Exception {
    ExperimentFile experiment = ModelFiles.readExperiment(withSamples("grid.json", GRID));

    assertThat(experiment.scenarios()).hasSize(6).containsKey("z=0.5, loop=true");
    ExperimentResult one = experiment.experiment().run();
    ExperimentResult four = experiment.withThreads(4).experiment().run();
    for (String scenario : one.scenarios()) {
      for (String measure : one.measures()) {
        assertThat(four.summary(scenario, measure, 0.95)).isEqualTo(one.summary(scenario, measure, 0.95));
        assertThat(four.values(scenario, measure)).containsExactly(one.values(scenario, measure));
      }
    }
  }

  @Test
  void readExperiment_latinHypercube_variantsTimesPointsSeeded() throws Exception {
    ExperimentFile first = ModelFiles.readExperiment(withSamples("lhs.json", LHS));
    ExperimentFile again = ModelFiles.readExperiment(folder.resolve("lhs.json"));

    assertThat(first.scenarios()).hasSize(6);
    assertThat(first.scenarios().keySet()).isEqualTo(again.scenarios().keySet());
    assertThat(first.scenarios().keySet()).allMatch(name -> name.matches("(off|on) \\| z=[0-9.E-]+, window=[1-8]"));
    assertThat(first.experiment().run().replications()).isEqualTo(3);
  }

  @Test
  void writeExperimentThenRead_givesAnEqualExperiment() throws Exception {
    for (String text : new String[] {GRID, LHS, ModelFiles.sample(ModelFiles.Kind.EXPERIMENT)}) {
      ExperimentFile experiment = ModelFiles.readExperiment(withSamples("x.json", text));
      Path written = folder.resolve("written.json");
      ModelFiles.writeExperiment(experiment, written);

      ExperimentFile read = ModelFiles.readExperiment(written);
      assertThat(read).isEqualTo(experiment);
      assertThat(read.scenarios().keySet()).isEqualTo(experiment.scenarios().keySet());
    }
  }

  @Test
  void writeExperimentThenRead_inlineChainAndScenario_givesAnEqualExperiment() throws Exception {
    String chain = ModelFiles.sample(ModelFiles.Kind.CHAIN);
    String scenario = ModelFiles.sample(ModelFiles.Kind.SCENARIO);
    String text = "{\"format\": \"valueloop/1\", \"kind\": \"experiment\", \"chain\": " + chain + ", \"scenario\": "
        + scenario + ", \"measures\": [\"profit S\"], \"replications\": 2, \"confidenceLevel\": 0.9}";
    ExperimentFile experiment = ModelFiles.readExperiment(new StringReader(text), "inline.json", folder);
    StringWriter out = new StringWriter();
    ModelFiles.writeExperiment(experiment, out);

    ExperimentFile read = ModelFiles.readExperiment(new StringReader(out.toString()), "w.json", folder);
    assertThat(read).isEqualTo(experiment);
    assertThat(read.chain()).isEqualTo(experiment.chain());
    assertThat(read.scenarios()).containsOnlyKeys("base");
    assertThat(read.confidenceLevel()).isEqualTo(0.9);
  }

  @Test
  void readExperiment_badOverridesAndSettings_reportedWhereWritten() throws Exception {
    String text = "{\"format\": \"valueloop/1\", \"kind\": \"experiment\",\n"
        + " \"chain\": \"chain.json\", \"scenario\": \"scenario.json\",\n"
        + " \"variants\": [{\"name\": \"bad\", \"set\": {\"/warmUp\": 500, \"/policies/roles/S/type\": \"guess\"}}],\n"
        + " \"measures\": [\"bullwhip Q\", \"profit S\", \"profit S\"], \"replications\": 0,\n"
        + " \"stopping\": {\"measure\": \"profit S\", \"halfWidth\": 0.1, \"maxReplications\": 5}}";

    ModelFileException e = catchThrowableOfType(ModelFileException.class,
        () -> ModelFiles.readExperiment(withSamples("bad.json", text)));

    assertThat(e.problems()).allMatch(p -> p.file().endsWith("bad.json"));
    assertThat(e.problems()).extracting(ModelFileException.Problem::field).contains("/variants/0/set/~1warmUp",
        "/variants/0/set/~1policies~1roles~1S~1type", "/measures/0", "/measures/2", "/replications");
  }

  @Test
  void readExperiment_missingChainFile_isAProblemAtTheChainField() throws Exception {
    String text = "{\"format\": \"valueloop/1\", \"kind\": \"experiment\", \"chain\": \"nowhere.json\",\n"
        + " \"scenario\": {\"ticks\": 10}, \"measures\": [\"profit S\"]}";

    ModelFileException e = catchThrowableOfType(ModelFileException.class,
        () -> ModelFiles.readExperiment(write("e.json", text)));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("/chain");
      assertThat(p.line()).isEqualTo(1);
      assertThat(p.message()).contains("nowhere.json");
    });
  }

  @Test
  void readExperiment_chainFileWithProblems_reportsThemInThatFile() throws Exception {
    ModelFilesSamplesTest.writeSamples(folder);
    write("chain.json", ModelFiles.sample(ModelFiles.Kind.CHAIN).replace("\"price\": 6", "\"price\": -6"));

    ModelFileException e = catchThrowableOfType(ModelFileException.class,
        () -> ModelFiles.readExperiment(folder.resolve("experiment.json")));

    assertThat(e.problems()).anySatisfy(p -> {
      assertThat(p.file()).endsWith("chain.json");
      assertThat(p.field()).isEqualTo("/flows/0/terms/price");
    });
  }
}
