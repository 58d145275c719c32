package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.ValueChain;
import io.valueloop.testing.RandomScenarios;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The order-up-to rule with exponential smoothing and no safety stock, which the turns evaluate in place
 * ({@link Rules#flat}), gives the same bits as the same rule asked through its rule object.
 */
class FlatRuleTest {
  /** The same policy behind a lambda, which the simulation cannot recognise, so its rule object is asked. */
  private static OrderingPolicy opaque(OrderingPolicy policy) {
    return policy::start;
  }

  private static Scenario.Builder recordingAll(Scenario scenario) {
    Scenario.Builder b = scenario.toBuilder();
    for (Series s : SimulationThreadsTest.SERIES) {
      b.recordAll(s);
    }
    return b;
  }

  @Test
  void smoothedOrderUpTo_randomChains_sameBitsInPlaceAndThroughRuleObject() {
    for (int i = 0; i < 60; i++) {
      long seed = 0xF1A7L + 7919L * i;
      SplittableRandom random = new SplittableRandom(seed);
      ValueChain chain = RandomScenarios.chain(random);
      Scenario base = RandomScenarios.scenario(random, chain);
      double alpha = 0.05 + 0.95 * random.nextDouble();
      OrderingPolicy smoothing = Policies.orderUpTo(Forecast.exponentialSmoothing(alpha));
      Simulation simulation = Simulation.of(CompiledChain.compile(chain));

      String inPlace = SimulationThreadsTest.fingerprint(simulation.run(recordingAll(base).policy(smoothing).build()));
      String throughObject = SimulationThreadsTest.fingerprint(simulation.run(recordingAll(base).policy(opaque(smoothing)).build()));

      assertThat(inPlace).as("seed %d", seed).isEqualTo(throughObject);
    }
  }

  @Test
  void policyChange_toAndFromSmoothedOrderUpTo_sameBitsInPlaceAndThroughRuleObject() {
    CompiledChain chain = SimFixtures.serial(200, 30, 10, GoodsTerms.builder().price(2).leadTime(2).orderDelay(1)
        .build(), GoodsTerms.builder().price(3).leadTime(1).orderDelay(0).build());
    OrderingPolicy smoothing = Policies.orderUpTo(Forecast.exponentialSmoothing(0.3));
    OrderingPolicy other = Policies.orderUpTo(Forecast.movingAverage(4));
    DemandProcess uniform = r -> tick -> 5 + 10 * r.nextDouble();
    Simulation simulation = Simulation.of(chain);

    String inPlace = SimulationThreadsTest.fingerprint(simulation.run(switching(uniform, smoothing, other)));
    String throughObject = SimulationThreadsTest.fingerprint(simulation.run(switching(uniform, opaque(smoothing), other)));

    assertThat(inPlace).isEqualTo(throughObject);
  }

  private static Scenario switching(DemandProcess demand, OrderingPolicy smoothing, OrderingPolicy other) {
    Scenario.Builder b = Scenario.builder(60).seed(3).demand(demand).policy(smoothing)
        .event(Event.policyChange("b", 20, other))
        .event(Event.policyChange("b", 40, smoothing));
    for (Series s : SimulationThreadsTest.SERIES) {
      b.recordAll(s);
    }
    return b.build();
  }
}
