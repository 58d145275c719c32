package io.valueloop.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Writes a sample of every chart kind, the chain drawings and the reports to {@code target/samples}, for people to
 * look at after a build.
 */
class SampleOutputTest {
  @Test
  void write_everyKind_landsInTargetSamples() throws Exception {
    Path dir = Path.of("target", "samples");
    ResultCharts.echelons(Samples.run(false)).get(0).writePng(dir.resolve("orders.png"));
    ResultCharts.bullwhipByTier(Samples.serial(), Map.of("loop off", Samples.run(false), "loop on",
        Samples.run(true))).writePng(dir.resolve("bullwhip.png"));
    ResultCharts.valueCaptureOfRuns(Map.of("run", Samples.run(false))).writePng(dir.resolve("capture.png"));
    ResultCharts.summaries(Samples.experiment(), "bullwhip S", 0.95).writePng(dir.resolve("summary.png"));
    ResultCharts.sweep(Samples.sweep(), "bullwhip S", 0.95, "window", s -> ResultCharts.sweepValue(s).getAsDouble())
        .writeSvg(dir.resolve("sweep.svg"));
    ChainDrawing.of(Samples.serial()).writeSvg(dir.resolve("chain.svg"));
    ChainDrawing.of(Samples.large()).writeSvg(dir.resolve("large.svg"));
    Reports.simulate(Samples.serial(), Samples.scenario(false), Samples.run(false)).write(dir.resolve("sim.html"));
    Reports.solve(Samples.large(), Samples.steadyState(Samples.large())).write(dir.resolve("solve.html"));
    Reports.experiment(Samples.serial(), Samples.sweep(), 0.95).write(dir.resolve("sweep.html"));
    Reports.experiment(Samples.experiment(), 0.95).write(dir.resolve("experiment.html"));
    for (String file : List.of("orders.png", "bullwhip.png", "capture.png", "summary.png", "sweep.svg", "chain.svg",
        "large.svg", "sim.html", "solve.html", "sweep.html", "experiment.html")) {
      assertThat(dir.resolve(file)).isNotEmptyFile();
    }
  }
}
