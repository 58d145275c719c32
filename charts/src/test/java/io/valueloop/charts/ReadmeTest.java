package io.valueloop.charts;

import static org.assertj.core.api.Assertions.assertThat;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.ValueChain;
import io.valueloop.sim.Scenario;
import io.valueloop.sim.Simulation;
import io.valueloop.sim.SimulationResult;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the README's charts-and-reports lines true. */
class ReadmeTest {
  @Test
  void readmeChartsAndReports_workAsShown(@TempDir Path folder) throws Exception {
    ValueChain chain = Samples.serial();
    Scenario scenario = Samples.scenario(false);
    SimulationResult off = Simulation.of(CompiledChain.compile(chain)).run(scenario);
    SimulationResult on = Simulation.of(CompiledChain.compile(chain)).run(scenario.withInformationSharing(true));
    SimulationResult run = off;

    ChainDrawing.of(chain).writeSvg(folder.resolve("chain.svg"));
    for (Chart chart : ResultCharts.echelons(run)) {
      chart.writePng(folder.resolve(chart.title() + ".png"));
    }
    ResultCharts.bullwhipByTier(chain, Map.of("loop off", off, "loop on", on)).writeSvg(folder.resolve("b.svg"));
    Reports.simulate(chain, scenario, run).write(folder.resolve("out/report.html"));

    assertThat(folder.resolve("chain.svg")).isNotEmptyFile();
    assertThat(folder.resolve("Orders placed per tick.png")).isNotEmptyFile();
    assertThat(folder.resolve("b.svg")).isNotEmptyFile();
    assertThat(folder.resolve("out/report.html")).content().contains("<h2>Chain</h2>", "Bullwhip ratio per tier");
  }
}
