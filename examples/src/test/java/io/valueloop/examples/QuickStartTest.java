package io.valueloop.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.valueloop.flow.CompiledChain;
import io.valueloop.flow.SteadyStateSolver;
import io.valueloop.flow.ValueCapture;
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
import io.valueloop.sim.Simulation;
import io.valueloop.sim.SimulationResult;
import org.junit.jupiter.api.Test;

/** Keeps the README's quick start true: the same code, with its results checked. */
class QuickStartTest {

  @Test
  void readmeQuickStart_runsAndAddsUp() {
    ValueChain chain = ValueChain.builder()
        .actor(Actor.builder().id("factory").role(Role.M).unitCost(3).build())
        .actor(Actor.builder().id("platform").role(Role.S).holdingCost(0.1).build())
        .actor("shop", Role.B)
        .actor(Actor.builder().id("families").role(Role.C).demand(40).build())
        .trade("factory", "platform", GoodsTerms.of(4.0, 2, 1))
        .trade("platform", "shop", GoodsTerms.of(6.0, 1, 0))
        .trade("shop", "families", GoodsTerms.of(10.0, 1, 0))
        .service("platform", "shop", ServiceTerms.takeRate(0.05, FeeBase.REVENUE))
        .data("families", "platform", 1)
        .build();

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
  }
}
