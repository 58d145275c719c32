package io.valueloop.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Actor;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import io.valueloop.pattern.BusinessModelCode;
import io.valueloop.pattern.ChainTemplate;
import io.valueloop.sim.Fault;
import io.valueloop.sim.Forecast;
import io.valueloop.sim.Policies;
import io.valueloop.sim.Scenario;
import io.valueloop.sim.Simulation;
import io.valueloop.sim.SourcingRule;
import org.junit.jupiter.api.Test;

/**
 * Issue 11's closing comparison, the sourcing half: an S2B2C2S2B chain whose first factory fails at random, with
 * fixed shares and with re-sourcing, over common random numbers; re-sourcing serves the businesses better.
 */
class ResourcingExperimentTest {

  @Test
  void resourcing_underRandomFactoryFailures_raisesThePlatformsFillRateWithConfidence() {
    ValueChain chain = ChainTemplate.of(BusinessModelCode.parse("S2B2C2S2B")).withCount(Role.M, 3)
        .withCount(Role.B, 10).withCount(Role.C, 40).withSeed(5).build();
    String factory = chain.actors().stream().filter(a -> a.role() == Role.M).map(Actor::id).findFirst().orElseThrow();
    String platform = chain.actors().stream().filter(a -> a.role() == Role.S).map(Actor::id).findFirst()
        .orElseThrow();
    Scenario fixed = Scenario.builder(400).warmUp(50).seed(17)
        .policy(Policies.orderUpTo(Forecast.movingAverage(8), 1.0))
        .fault(Fault.actor(factory, Fault.Duration.geometric(0.02), Fault.Duration.geometric(0.05))).build();
    Scenario resourced = fixed.toBuilder().sourcing(SourcingRule.SHARES_OF_UP).build();

    ExperimentResult result = Experiment.builder(Simulation.of(CompiledChain.compile(chain)))
        .scenario("fixed shares", fixed).scenario("re-sourcing", resourced)
        .measure("fill rate S", r -> r.metrics(platform).fillRate().orElse(1))
        .replications(12).build().run();

    Summary gain = result.paired("fill rate S", "re-sourcing", "fixed shares", 0.95);
    assertThat(gain.low()).isPositive();
  }
}
