package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.valueloop.flow.CompiledChain;
import io.valueloop.flow.SteadyStateSolver;
import io.valueloop.flow.UnproductiveChainException;
import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import org.junit.jupiter.api.Test;

/** The simulation's set-up solves the goods equation as the steady state does and rejects what it rejects. */
class TopologyTest {

  /** c buys from b, b from m1; m1 and m2 supply each other with input coefficient {@code a}; c sends data to m1. */
  private static CompiledChain loop(double a) {
    return CompiledChain.compile(ValueChain.builder()
        .actor("m1", Role.M)
        .actor("m2", Role.M)
        .actor("b", Role.B)
        .actor(Actor.builder().id("c").role(Role.C).demand(4).build())
        .trade("m1", "m2", GoodsTerms.builder().price(1).leadTime(1).orderDelay(1).build().withInput("m1").withInputCoefficient(a))
        .trade("m2", "m1", GoodsTerms.builder().price(1).leadTime(1).orderDelay(1).build().withInput("m2").withInputCoefficient(a))
        .trade("m1", "b", GoodsTerms.builder().price(2).leadTime(1).orderDelay(1).build())
        .trade("b", "c", GoodsTerms.builder().price(3).leadTime(1).orderDelay(1).build())
        .data("c", "m1", 1)
        .build());
  }

  @Test
  void of_unproductiveLoop_throwsAsTheSteadyStateDoes() {
    CompiledChain chain = loop(1.0);

    assertThatThrownBy(() -> SteadyStateSolver.defaults().solve(chain))
        .isInstanceOf(UnproductiveChainException.class)
        .hasMessageContaining("(loop m1 -> m2 -> m1)");
    assertThatThrownBy(() -> Simulation.of(chain))
        .isInstanceOf(UnproductiveChainException.class)
        .hasMessageStartingWith("spectral radius of a goods loop must be below 1 but was at least 1.0")
        .hasMessageContaining("(loop m1 -> m2 -> m1)");
  }

  @Test
  void of_loopAskingTwiceWhatItMakes_isRejectedAtSetUp() {
    assertThatThrownBy(() -> Simulation.of(loop(2.0)))
        .isInstanceOfSatisfying(UnproductiveChainException.class,
            e -> assertThat(e.loop()).containsExactly("m1", "m2"));
  }

  @Test
  void run_nearlyUnproductiveLoopWithData_startsSteady() {
    CompiledChain chain = loop(0.9999);
    int m1 = chain.indexOf("m1").getAsInt();

    SimulationResult result = Simulation.of(chain).run(SimFixtures.recording(6, Series.ORDERS)
        .steadyStart(true).informationSharing(true).build());

    // m1 makes 4 for b plus what m2 needs: x1 = 4 / (1 − 0.9999²) ≈ 20002.
    double expected = 4 / (1 - 0.9999 * 0.9999);
    assertThat(SimulationSetUp.of(chain).steadyStart()[m1]).isCloseTo(expected, within(1e-9 * expected));
    assertThat(SimulationSetUp.of(chain).multipliers(chain.indexOf("c").getAsInt())[m1])
        .isCloseTo(expected / 4, within(1e-9 * expected));
    for (double q : result.series(Series.ORDERS, "m2")) {
      assertThat(q).isFinite();
    }
  }
}
