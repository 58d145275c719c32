package io.valueloop.charts;

import io.valueloop.experiment.Experiment;
import io.valueloop.experiment.ExperimentResult;
import io.valueloop.experiment.Measure;
import io.valueloop.flow.CompiledChain;
import io.valueloop.flow.SteadyState;
import io.valueloop.flow.SteadyStateSolver;
import io.valueloop.model.Actor;
import io.valueloop.model.FeeBase;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ServiceTerms;
import io.valueloop.model.ValueChain;
import io.valueloop.pattern.BusinessModelCode;
import io.valueloop.pattern.ChainTemplate;
import io.valueloop.sim.DemandProcesses;
import io.valueloop.sim.Forecast;
import io.valueloop.sim.Policies;
import io.valueloop.sim.Scenario;
import io.valueloop.sim.Series;
import io.valueloop.sim.Simulation;
import io.valueloop.sim.SimulationResult;
import java.util.List;

/** Small chains, runs and experiments that the chart and report tests share. */
final class Samples {
  static final int TICKS = 120;

  private Samples() {}

  /**
   * The serial S2B2C2S2B chain factory (M) → platform (S) → shop (B) → families (C), with the data loop from the
   * families to the platform, the platform's SaaS for the shop, and a logistics provider with no goods tier.
   */
  static ValueChain serial() {
    return ValueChain.builder()
        .actor(Actor.builder().id("families").role(Role.C).demand(100).build())
        .actor(Actor.builder().id("shop").role(Role.B).initialInventory(200).holdingCost(0.5).backlogCost(1).build())
        .actor(Actor.builder().id("platform").role(Role.S).initialInventory(200).holdingCost(0.5).backlogCost(1)
            .build())
        .actor(Actor.builder().id("factory").role(Role.M).initialInventory(200).unitCost(3).build())
        .actor("carrier <L&co>", Role.L)
        .trade("factory", "platform", terms(4, 2))
        .trade("platform", "shop", terms(6, 2))
        .trade("shop", "families", terms(10, 1))
        .data("families", "platform", 0)
        .service("platform", "shop", ServiceTerms.takeRate(0.05, FeeBase.REVENUE))
        .service("carrier <L&co>", "platform", ServiceTerms.fee(20))
        .build();
  }

  /** Returns goods terms of a price and a shipping lead time, with no order delay. */
  static GoodsTerms terms(double price, int leadTime) {
    return GoodsTerms.builder().price(price).leadTime(leadTime).orderDelay(0).build();
  }

  /** A chain of 224 actors from the S2B2C2S2B template, drawn aggregated. */
  static ValueChain large() {
    return ChainTemplate.of(BusinessModelCode.S2B2C2S2B).build();
  }

  /** The scenario: normal demand, order-up-to with a moving average, orders, inventory and backlog recorded. */
  static Scenario scenario(boolean sharing) {
    return Scenario.builder(TICKS)
        .warmUp(20)
        .seed(7)
        .demand(DemandProcesses.normal(100, 10))
        .policy(Policies.orderUpTo(Forecast.movingAverage(5)))
        .informationSharing(sharing)
        .recordAll(Series.ORDERS)
        .recordAll(Series.ON_HAND)
        .recordAll(Series.BACKLOG)
        .build();
  }

  static SimulationResult run(boolean sharing) {
    return Simulation.of(CompiledChain.compile(serial())).run(scenario(sharing));
  }

  static SteadyState steadyState(ValueChain chain) {
    return SteadyStateSolver.defaults().solve(CompiledChain.compile(chain));
  }

  /** Two scenarios (sharing off and on), two measures, five replications. */
  static ExperimentResult experiment() {
    return experiment(5);
  }

  /** Two scenarios (sharing off and on), two measures, the given number of replications. */
  static ExperimentResult experiment(int replications) {
    Scenario off = scenario(false);
    return Experiment.builder(Simulation.of(CompiledChain.compile(serial())))
        .scenario("sharing off", off)
        .scenario("sharing on", off.withInformationSharing(true))
        .measure(Measure.bullwhip(Role.S))
        .measure(Measure.fillRate(Role.B))
        .replications(replications)
        .build()
        .run();
  }

  /** A sweep over the forecast window (2, 4, 6, 8), one measure, five replications. */
  static ExperimentResult sweep() {
    Scenario base = scenario(false);
    return Experiment.builder(Simulation.of(CompiledChain.compile(serial())))
        .sweep(List.of(2, 4, 6, 8), p -> "window=" + p,
            p -> base.toBuilder().policy(Policies.orderUpTo(Forecast.movingAverage(p))).build())
        .measure(Measure.bullwhip(Role.S))
        .replications(5)
        .build()
        .run();
  }
}
