package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.GoodsTerms;
import org.junit.jupiter.api.Test;

/** Scenarios that cannot fit in memory are refused at set-up, saying what would not fit and how much it needs. */
class SimulationFitTest {
  private static final int HUGE = 1 << 30;
  private static final GoodsTerms TERMS = GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build();

  @Test
  void of_leadTimeNearTwoToThe30_refusedNamingTheFlowAndTheMemory() {
    CompiledChain chain = SimFixtures.serial(10, 10, 5, TERMS.withLeadTime(HUGE), TERMS);

    assertThatThrownBy(() -> Simulation.of(chain))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("shipping lead time must be below 1073741824")
        .hasMessageContaining("but was 1073741824")
        .hasMessageContaining("16384.0 MiB")
        .hasMessageContaining("s->b");
  }

  @Test
  void of_orderDelayNearTwoToThe30_refused() {
    CompiledChain chain = SimFixtures.serial(10, 10, 5, TERMS, TERMS.withOrderDelay(HUGE));

    assertThatThrownBy(() -> Simulation.of(chain))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("order delay must be below 1073741824")
        .hasMessageContaining("b->c");
  }

  @Test
  void of_pipelinesBeyondOneArray_refusedWithTheirSize() {
    int lead = (1 << 29) + 1;
    CompiledChain chain = SimFixtures.serial(10, 10, 5, TERMS.withLeadTime(lead), TERMS.withLeadTime(lead));

    assertThatThrownBy(() -> Simulation.of(chain))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("goods pipelines must fit in")
        .hasMessageContaining("MiB");
  }

  @Test
  void run_dataDelayNearTwoToThe30_refusedWhenSharing() {
    CompiledChain chain = CompiledChain.compile(SimFixtures.serialBuilder(10, 10, 5, TERMS, TERMS)
        .data("c", "s", HUGE).build());
    Simulation simulation = Simulation.of(chain);

    assertThatThrownBy(() -> simulation.run(Scenario.of(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DATA delay must be below 1073741824 ticks")
        .hasMessageContaining("MiB");
    assertThat(simulation.run(Scenario.builder(5).informationSharing(false).build()).ticks()).isEqualTo(5);
  }

  @Test
  void start_productionLeadTimeNearTwoToThe30_refused() {
    Simulation simulation = Simulation.of(SimFixtures.serial(10, 10, 5, TERMS, TERMS));

    assertThatThrownBy(() -> simulation.start(Scenario.builder(5).productionLeadTime(HUGE).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("production lead time must be below 1073741824")
        .hasMessageContaining("MiB");
  }

  @Test
  void run_billionTicksRecorded_refusedNamingTheSeries() {
    Simulation simulation = Simulation.of(SimFixtures.serial(10, 10, 5, TERMS, TERMS));

    assertThatThrownBy(() -> simulation.run(Scenario.builder(1_000_000_000).recordAll(Series.ORDERS).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("recorded series must fit in")
        .hasMessageContaining("3 actors × 1000000000 ticks")
        .hasMessageContaining("(series ORDERS)");
  }

  @Test
  void run_recordersBeyondTheHeap_refusedWithTheMemoryNeeded() {
    Scenario.Builder b = Scenario.builder(600_000_000);
    for (Series s : Series.values()) {
      b.recordAll(s);
    }
    Simulation simulation = Simulation.of(SimFixtures.serial(10, 10, 5, TERMS, TERMS));

    assertThatThrownBy(() -> simulation.start(b.build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("memory needed must be at most the maximum heap")
        .hasMessageContaining("recorded series");
  }
}
