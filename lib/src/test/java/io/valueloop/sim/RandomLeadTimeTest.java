package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.GoodsTerms;
import org.junit.jupiter.api.Test;

class RandomLeadTimeTest {

  @Test
  void draw_invertsTheCumulativeProbabilities() {
    RandomLeadTime lead = RandomLeadTime.of(new int[] {1, 3, 4}, new double[] {0.5, 0.25, 0.25});

    assertThat(lead.draw(0)).isEqualTo(1);
    assertThat(lead.draw(0.4999)).isEqualTo(1);
    assertThat(lead.draw(0.5)).isEqualTo(3);
    assertThat(lead.draw(0.9999)).isEqualTo(4);
    assertThat(lead.mean()).isEqualTo(2.25);
    assertThat(lead.max()).isEqualTo(4);
  }

  @Test
  void of_rejectsProbabilitiesThatDoNotSumToOne() {
    assertThatThrownBy(() -> RandomLeadTime.of(new int[] {1, 2}, new double[] {0.5, 0.4}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lead-time probabilities must sum to 1 but summed to 0.9");
  }

  @Test
  void of_rejectsLeadTimesThatDoNotIncrease() {
    assertThatThrownBy(() -> RandomLeadTime.of(new int[] {2, 2}, new double[] {0.5, 0.5}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lead times must be increasing but was 2 after 2");
  }

  @Test
  void randomLeadTimes_withSeveralProblems_reportThemAllAtOnce() {
    CompiledChain chain = SimFixtures.serial(1000, 0, 0, GoodsTerms.builder().price(1).leadTime(2).orderDelay(0)
        .build(), GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build());
    RandomLeadTime lead = RandomLeadTime.of(new int[] {1, 2}, new double[] {0.5, 0.5});
    Scenario scenario = Scenario.builder(5).leadTime("s", "c", lead).leadTime("ghost", "b", lead)
        .leadTime("s", "b", lead).build();

    assertThatThrownBy(() -> Simulation.of(chain).run(scenario)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid scenario for the chain: 2 problems")
        .hasMessageContaining("random lead time flow must be a goods flow of the chain but was none (s->c)")
        .hasMessageContaining("random lead time actor must be an actor of the chain but was 'ghost'");
  }

  @Test
  void shipment_arrivesAfterADrawnLeadTimeWithTheStatedFrequencies() {
    CompiledChain chain = SimFixtures.serial(1000, 0, 0, GoodsTerms.builder().price(1).leadTime(2).orderDelay(0)
        .build(), GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build());
    RandomLeadTime lead = RandomLeadTime.of(new int[] {1, 2, 5}, new double[] {0.2, 0.5, 0.3});
    OrderingPolicy once = view -> v -> v.tick() == 0 ? 1 : 0;
    int[] arrivals = new int[8];
    int runs = 4_000;
    Simulation simulation = Simulation.of(chain);
    for (int rep = 0; rep < runs; rep++) {
      SimulationResult result = simulation.run(Scenario.builder(8).steadyStart(false).replication(rep)
          .conservationCheck(true).policy(Policies.fixedQuantity(0)).policy("b", once)
          .leadTime("s", "b", lead).record(Series.RECEIVED, "b").build());
      double[] received = result.series(Series.RECEIVED, "b");
      for (int t = 0; t < received.length; t++) {
        if (received[t] > 0) {
          arrivals[t]++;
        }
      }
    }

    // Ordered at tick 0 with order delay 0: shipped at tick 0, so it arrives at tick l.
    assertThat(arrivals[0] + arrivals[3] + arrivals[4] + arrivals[6] + arrivals[7]).isZero();
    assertThat(arrivals[1] / (double) runs).isCloseTo(0.2, within(0.03));
    assertThat(arrivals[2] / (double) runs).isCloseTo(0.5, within(0.03));
    assertThat(arrivals[5] / (double) runs).isCloseTo(0.3, within(0.03));
  }

  @Test
  void shipments_mayOvertakeEachOtherAndConservationHolds() {
    CompiledChain chain = SimFixtures.serial(1000, 0, 0, GoodsTerms.builder().price(1).leadTime(2).orderDelay(0)
        .build(), GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build());
    RandomLeadTime lead = RandomLeadTime.of(new int[] {1, 6}, new double[] {0.5, 0.5});
    // b orders 1 at tick 0 and 10 at tick 1; some replication receives the 10 before the 1.
    OrderingPolicy twice = view -> v -> v.tick() == 0 ? 1 : v.tick() == 1 ? 10 : 0;
    boolean overtaken = false;
    Simulation simulation = Simulation.of(chain);
    for (int rep = 0; rep < 50 && !overtaken; rep++) {
      double[] received = simulation.run(Scenario.builder(10).steadyStart(false).replication(rep)
          .conservationCheck(true).policy(Policies.fixedQuantity(0)).policy("b", twice)
          .leadTime("s", "b", lead).record(Series.RECEIVED, "b").build()).series(Series.RECEIVED, "b");
      overtaken = received[2] == 10;
    }

    assertThat(overtaken).isTrue();
  }
}
