package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import org.junit.jupiter.api.Test;

/** Randomness: one stream per segment, named {@code "demand/" + id}, derived from the seed and replication. */
class SimulationRandomnessTest {
  private static final int TICKS = 4_000;

  private static Simulation shops(int segments) {
    ValueChain.Builder b = ValueChain.builder()
        .actor(Actor.builder().id("b").role(Role.B).initialInventory(1e9).build());
    for (int i = 0; i < segments; i++) {
      b.actor(Actor.builder().id("c" + i).role(Role.C).build());
      b.trade("b", "c" + i, GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build());
    }
    return Simulation.of(CompiledChain.compile(b.build()));
  }

  private static Scenario scenario(long seed, long replication) {
    return Scenario.builder(TICKS).seed(seed).replication(replication).demand(TestDemand.uniform(0, 1))
        .recordAll(Series.ORDERS).policy(Policies.fixedQuantity(0)).build();
  }

  @Test
  void run_differentStreamNames_drawIndependently() {
    SimulationResult r = shops(2).run(scenario(1, 0));

    double[] x = r.series(Series.ORDERS, "c0");
    double[] y = r.series(Series.ORDERS, "c1");

    // Uncorrelated uniform draws: the sample correlation has standard error 1 / sqrt(4000) ~ 0.016.
    assertThat(Math.abs(correlation(x, y))).isLessThan(0.06);
  }

  @Test
  void run_addingASegment_doesNotShiftTheOthersDraws() {
    double[] alone = shops(1).run(scenario(1, 0)).series(Series.ORDERS, "c0");
    double[] withAnother = shops(2).run(scenario(1, 0)).series(Series.ORDERS, "c0");

    assertThat(withAnother).containsExactly(alone);
  }

  @Test
  void run_seedAndReplication_selectTheStreams() {
    double[] base = shops(1).run(scenario(1, 0)).series(Series.ORDERS, "c0");

    assertThat(shops(1).run(scenario(1, 0)).series(Series.ORDERS, "c0")).containsExactly(base);
    assertThat(shops(1).run(scenario(2, 0)).series(Series.ORDERS, "c0")[0]).isNotEqualTo(base[0]);
    assertThat(shops(1).run(scenario(1, 1)).series(Series.ORDERS, "c0")[0]).isNotEqualTo(base[0]);
    // The stream is exactly RandomStreams' "demand/c0" of the replication.
    assertThat(base[0]).isEqualTo(RandomStreams.of(1).stream(0, "demand/c0").nextDouble());
  }

  private static double correlation(double[] x, double[] y) {
    double mx = 0;
    double my = 0;
    for (int i = 0; i < x.length; i++) {
      mx += x[i] / x.length;
      my += y[i] / y.length;
    }
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }
}
