package io.valueloop.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.valueloop.experiment.Experiment;
import io.valueloop.experiment.ExperimentResult;
import io.valueloop.experiment.Measure;
import io.valueloop.experiment.Summary;
import io.valueloop.flow.CompiledChain;
import io.valueloop.flow.SteadyStateSolver;
import io.valueloop.flow.ValueCapture;
import io.valueloop.io.ChainDiagram;
import io.valueloop.io.ChainFiles;
import io.valueloop.io.ResultTables;
import io.valueloop.model.Actor;
import io.valueloop.model.FeeBase;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ServiceTerms;
import io.valueloop.model.ValueChain;
import io.valueloop.sim.DemandProcesses;
import io.valueloop.sim.Forecast;
import io.valueloop.sim.Policies;
import io.valueloop.sim.Scenario;
import io.valueloop.sim.Series;
import io.valueloop.sim.Simulation;
import io.valueloop.sim.SimulationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the README's code true: the quick start, the files-and-pictures lines and the experiment, results checked. */
class QuickStartTest {

  /** The README's quick-start chain. */
  private static ValueChain quickStartChain() {
    return ValueChain.builder()
        .actor(Actor.builder().id("factory").role(Role.M).unitCost(3).build())
        .actor(Actor.builder().id("platform").role(Role.S).holdingCost(0.1).build())
        .actor("shop", Role.B)
        .actor(Actor.builder().id("families").role(Role.C).demand(40).build())
        .trade("factory", "platform", GoodsTerms.builder().price(4.0).leadTime(2).orderDelay(1).build())
        .trade("platform", "shop", GoodsTerms.builder().price(6.0).leadTime(1).orderDelay(0).build())
        .trade("shop", "families", GoodsTerms.builder().price(10.0).leadTime(1).orderDelay(0).build())
        .service("platform", "shop", ServiceTerms.takeRate(0.05, FeeBase.REVENUE))
        .data("families", "platform", 1)
        .build();
  }

  @Test
  void readmeQuickStart_runsAndAddsUp() {
    ValueChain chain = quickStartChain();

    CompiledChain compiled = CompiledChain.compile(chain);
    ValueCapture capture = SteadyStateSolver.defaults().solve(compiled).valueCapture().orElseThrow();
    // Per unit: families pay 10; the shop keeps 10 - 6 - 0.05*10 = 3.5, the platform 6 - 4 + 0.5 = 2.5,
    // the factory 4 - 3 = 1, and 3 is the factory's own cost.
    assertThat(capture.consumerSpend()).isCloseTo(400.0, within(1e-9));
    assertThat(capture.shareByRole().get(Role.B)).isCloseTo(0.35, within(1e-12));
    assertThat(capture.shareByRole().get(Role.S)).isCloseTo(0.25, within(1e-12));
    assertThat(capture.shareByRole().get(Role.M)).isCloseTo(0.10, within(1e-12));
    assertThat(capture.totalCostShare()).isCloseTo(0.30, within(1e-12));

    SimulationResult run = Simulation.of(compiled).run(Scenario.builder(200)
        .demand(DemandProcesses.normal(40, 5)).policy(Policies.orderUpTo(Forecast.movingAverage(5))).build());
    assertThat(run.metrics(Role.S).bullwhip()).isPresent();
    assertThat(run.metrics(Role.S).bullwhip().getAsDouble()).isGreaterThan(1.0);
    // The steady figure (about 2.2 over long runs), not the 7.7 of a start from empty pipelines.
    assertThat(run.metrics(Role.S).bullwhip().getAsDouble()).isCloseTo(2.2, within(0.3));
    assertThat(run.diagnostics()).isEmpty();
  }

  @Test
  void readmeFilesTablesAndPictures_workAsShown(@TempDir Path folder) throws Exception {
    ValueChain chain = quickStartChain();
    SimulationResult run = Simulation.of(CompiledChain.compile(chain)).run(Scenario.builder(50)
        .record(Series.ORDERS, "shop").build());

    ChainFiles.write(chain, folder.resolve("actors.csv"), folder.resolve("flows.csv"));
    ResultTables.write(folder.resolve("series.csv"), out -> ResultTables.writeSeries(run, out));
    ChainDiagram.of(chain).write(folder.resolve("chain.dot"));

    assertThat(ChainFiles.read(folder.resolve("actors.csv"), folder.resolve("flows.csv"))).isEqualTo(chain);
    assertThat(Files.readAllLines(folder.resolve("series.csv"))).hasSize(1 + 50).first()
        .isEqualTo("tick,actor,series,value");
    assertThat(Files.readString(folder.resolve("chain.dot"))).startsWith("digraph").contains("\"shop\"");
  }

  @Test
  void readmeExperiment_runsAndShowsTheEffectOfSharing(@TempDir Path folder) throws Exception {
    CompiledChain compiled = CompiledChain.compile(quickStartChain());
    List<Integer> progress = new ArrayList<>();

    Scenario off = Scenario.builder(500).warmUp(50).seed(7)
        .demand(DemandProcesses.normal(100, 10)).policy(Policies.orderUpTo(Forecast.movingAverage(5)))
        .informationSharing(false).build();
    ExperimentResult result = Experiment.builder(Simulation.of(compiled))
        .scenario("off", off)
        .scenario("on", off.withInformationSharing(true))
        .measure(Measure.bullwhip(Role.S))
        .replications(30)
        .threads(4)
        .build()
        .run((done, total) -> progress.add(done));
    Summary on = result.summary("on", "bullwhip S", 0.95);
    Summary effect = result.paired("bullwhip S", "on", "off", 0.95);
    ResultTables.write(folder.resolve("values.csv"), out -> ResultTables.writeExperimentValues(result, out));
    ResultTables.write(folder.resolve("summary.csv"), out -> ResultTables.writeExperimentSummary(result, 0.95, out));

    assertThat(progress).hasSize(60).endsWith(60);
    assertThat(on.n()).isEqualTo(30);
    assertThat(effect.high()).as("sharing lowers the platform's bullwhip").isLessThan(0);
    assertThat(Files.readAllLines(folder.resolve("values.csv"))).hasSize(1 + 60);
    assertThat(Files.readAllLines(folder.resolve("summary.csv"))).hasSize(1 + 2);
  }
}
