package io.valueloop.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Writes a sample of every chart kind, the chain drawings and the three reports to {@code target/samples}. */
class SampleOutputTest {
  @Test
  void samples_areWritten() throws Exception {
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
    assertThat(Files.exists(dir.resolve("sim.html"))).isTrue();
  }
}
