package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.valueloop.flow.CompiledChain;
import io.valueloop.flow.GoodsEquation;
import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Information sharing's DATA weights and uncovered shares follow conversions, churn and adoption: at every tick they
 * are those of the chain compiled with the run's current coefficients (docs/design.md §3, role dynamics).
 */
class RoleDynamicsDataWeightsTest {
  private static final GoodsTerms UP = GoodsTerms.builder().price(1).leadTime(1).orderDelay(1).build();
  /** The weights are solved by two different methods; both are exact up to rounding. */
  private static final double TOLERANCE = 1e-9;

  /**
   * m supplies a wholesaler w and a platform s. A distributor D buys goods from w and s (half each), sells to s (30 %
   * of s's supply, a goods loop s → D → s) and to segment c2. Shop B0 buys from w and s and sells 60 % of c0; B1
   * buys from w and sells 70 % of c1; three seats b0..b2 buy from s and sell the rest of c0 and of c1. c0's data
   * reaches w and s, c1's only s, c2's only w: w and s see part of their customers' demand (uncovered shares).
   */
  static ValueChain.Builder loopChain() {
    GoodsTerms half = GoodsTerms.builder().price(2).leadTime(1).orderDelay(1).share(0.5).build().withInput("goods");
    ValueChain.Builder b = ValueChain.builder()
        .actor(Actor.builder().id("m").role(Role.M).build())
        .actor(Actor.builder().id("w").role(Role.B).initialInventory(50).build())
        .actor(Actor.builder().id("s").role(Role.S).initialInventory(50).build())
        .actor(Actor.builder().id("D").role(Role.B).initialInventory(20).build())
        .actor(Actor.builder().id("B0").role(Role.B).initialInventory(20).build())
        .actor(Actor.builder().id("B1").role(Role.B).initialInventory(20).build())
        .actor(Actor.builder().id("c0").role(Role.C).demand(10).build())
        .actor(Actor.builder().id("c1").role(Role.C).demand(5).build())
        .actor(Actor.builder().id("c2").role(Role.C).demand(8).build())
        .trade("m", "w", UP)
        .trade("m", "s", GoodsTerms.builder().price(1).leadTime(1).share(0.7).build().withInput("in"))
        .trade("w", "D", half).trade("s", "D", half)
        .trade("D", "s", GoodsTerms.builder().price(1).leadTime(1).orderDelay(1).share(0.3).build().withInput("in"))
        .trade("D", "c2", GoodsTerms.builder().price(3).leadTime(1).build())
        .trade("w", "B0", half).trade("s", "B0", half)
        .trade("B0", "c0", GoodsTerms.builder().price(3).leadTime(1).share(0.6).build())
        .trade("w", "B1", UP).trade("B1", "c1", GoodsTerms.builder().price(3).leadTime(1).share(0.7).build())
        .data("c0", "w", 0).data("c0", "s", 0).data("c1", "s", 0).data("c2", "w", 0);
    Seats.add(b, "c0", List.of("c1"), "s", Actor.builder().id("b").role(Role.B).build(), UP,
        GoodsTerms.builder().price(3).leadTime(1).share(0.4).build(), 0.3, 3);
    return b;
  }

  private static Scenario everyChange(int ticks) {
    return Scenario.builder(ticks).seed(11)
        .conversion(Conversion.constant("c0", 0.3, 3).withCandidates(List.of("b-0", "b-1", "b-2"))
            .withTakeover(0.15).withNeighbours(0.1, List.of("c1")).withChurn(0.3))
        .adoption(Adoption.constant("w", "s", 0.15).withBusinesses(List.of("B0", "D")))
        .churn(Churn.of(List.of("B1", "D")).withHazard(0.04)).build();
  }

  @Test
  void weights_afterConversionsChurnAndAdoption_equalThoseOfTheChainCompiledWithTheCurrentCoefficients() {
    Topology t = new Topology(CompiledChain.compile(loopChain().build()));
    assertThat(t.uncoveredShare).isNotNull();

    followsTheCompiledChain(t);
  }

  @Test
  void weights_withFullCoverage_followEveryChangeByTheirSensitivities() {
    // Every segment's data reaches w and s: no uncovered share, so a change into a segment moves its weights at once.
    Topology t = new Topology(CompiledChain.compile(loopChain().data("c1", "w", 0).data("c2", "s", 0).build()));
    assertThat(t.uncoveredShare).isNull();

    followsTheCompiledChain(t);
  }

  private static void followsTheCompiledChain(Topology t) {
    Scenario scenario = everyChange(60);
    RunState state = new RunState(t, scenario, true);
    RoleDynamics roles = RoleDynamics.of(t, scenario, state, new Ledger(t, false, false));

    check(t, state);
    int moved = 0;
    for (int tick = 0; tick < scenario.ticks(); tick++) {
      roles.apply(tick);
      check(t, state);
      moved += differ(state.pairWeight, t.pairWeight) ? 1 : 0;
    }

    // The weights left the compiled ones on most ticks: the comparison is not between two unchanged arrays.
    assertThat(moved).isGreaterThan(scenario.ticks() / 2);
  }

  /**
   * S2B2C2S2B with two routes to segment c: the supplier m sells to a wholesaler w, who supplies the incumbent shop
   * B0 (60 % of c), and to the platform s, who supplies the seats b0, b1 that consumers of c convert into (20 % each
   * while active). c's data reaches s with no delay, so s's signal is c's demand times the share of c's orders
   * placed with sellers that s supplies: the demand that truly reaches s.
   */
  @Test
  void platformSignal_withConversions_equalsTheConsumerDemandThatReachesIt() {
    CompiledChain chain = RoleDynamicsDiagnosticsTest.twoRoutes();
    List<String> seats = List.of("b0", "b1");
    int s = chain.indexOf("s").getAsInt();
    int w = chain.indexOf("w").getAsInt();
    int c = chain.indexOf("c").getAsInt();
    int ticks = 80;
    double[] signal = new double[ticks];
    double[] wholesalerSignal = new double[ticks];
    double[] demand = new double[ticks];
    Scenario scenario = Scenario.builder(ticks).seed(5).demand(TestDemand.uniform(5, 15))
        .conversion(Conversion.constant("c", 0.002, 1_000).withCandidates(seats).withTakeover(0.2).withChurn(0.15))
        .build();

    SimulationResult result = Simulation.of(chain).run(scenario, view -> {
      signal[view.tick()] = view.value(Series.DEMAND_SIGNAL, s);
      wholesalerSignal[view.tick()] = view.value(Series.DEMAND_SIGNAL, w);
      demand[view.tick()] = view.value(Series.ORDERS, c);
    });

    RoleTrace trace = result.roleTrace().orElseThrow();
    int shares = 0;
    for (int tick = 0; tick < ticks; tick++) {
      double platform = trace.platformShare(tick);
      shares += platform > 0 && platform < 1 ? 1 : 0;
      // Both signals are sums of a few products of doubles: equal to the truth up to rounding.
      assertThat(signal[tick]).as("tick %d", tick).isCloseTo(demand[tick] * platform, within(1e-9));
      assertThat(wholesalerSignal[tick]).as("tick %d", tick).isCloseTo(demand[tick] * (1 - platform), within(1e-9));
    }
    assertThat(shares).isGreaterThan(ticks / 2);
    assertThat(result.diagnostics()).extracting(Diagnostic::code)
        .doesNotContain(Diagnostic.Code.ROLE_DYNAMICS_DATA_WEIGHTS);
  }

  @Test
  void step_withConversionsChurnAdoptionAndSharing_allocatesNothingPerTick() {
    SimulationRun run = Simulation.of(CompiledChain.compile(loopChain().build())).start(everyChange(30_000)
        .toBuilder().steadyStart(false).demand(TestDemand.uniform(5, 15)).build());

    long allocated = StepAllocation.bytes(run, 10_000, 10_000);

    // Seats, the distributor and the shops change many ticks; the weights are solved again in place.
    assertThat(allocated).isLessThan(10_000);
  }

  @Test
  void weights_withoutSharing_stayTheTopologys() {
    Topology t = new Topology(CompiledChain.compile(loopChain().build()));
    Scenario scenario = everyChange(5).withInformationSharing(false);
    RunState state = new RunState(t, scenario, false);
    RoleDynamics roles = RoleDynamics.of(t, scenario, state, new Ledger(t, false, false));
    roles.apply(0);

    assertThat(state.pairWeight).isSameAs(t.pairWeight);
    assertThat(state.uncoveredShare).isSameAs(t.uncoveredShare);
  }

  /** Compares the run's weights with an independent solve of the Leontief equation of its current coefficients. */
  private static void check(Topology t, RunState state) {
    double[] weights = new double[t.m];
    for (int g = 0; g < t.m; g++) {
      weights[g] = t.kind[t.seller[g]] == Topology.CONSUMER ? 0
          : state.flowData[t.flowInt[Topology.FI * g + Topology.F_DATA] + Topology.D_COEFFICIENT];
    }
    GoodsEquation equation = GoodsEquation.of(t.chain, weights);
    int slots = t.consumers.length;
    double[][] column = new double[slots][t.n];
    double[] demand = new double[t.n];
    double[] unit = new double[t.n];
    for (int s = 0; s < slots; s++) {
      equation.upstreamColumn(t.consumers[s], column[s], new int[t.n]);
      demand[t.consumers[s]] = t.nominalDemand[t.consumers[s]];
      unit[t.consumers[s]] = 1;
    }
    for (int a = 0; a < t.n; a++) {
      for (int p = t.pairStart[a]; p < t.pairStart[a + 1]; p++) {
        assertThat(state.pairWeight[p]).as("weight of %s for segment %s", t.chain.id(a),
            t.chain.id(t.consumers[t.pairSegment[p]])).isCloseTo(column[t.pairSegment[p]][a], within(TOLERANCE));
      }
    }
    if (t.uncoveredShare == null) {
      assertThat(state.uncoveredShare).isNull();
      return;
    }
    double[] gross = equation.solve(demand);
    double[] grossUnit = equation.solve(unit);
    for (int g = 0; g < t.m; g++) {
      int a = t.seller[g];
      int b = t.buyer[g];
      if (t.pairStart[a] == t.pairStart[a + 1]) {
        continue;
      }
      double covered = 0;
      double coveredUnit = 0;
      for (int p = t.pairStart[a]; p < t.pairStart[a + 1]; p++) {
        int c = t.consumers[t.pairSegment[p]];
        covered += column[t.pairSegment[p]][b] * t.nominalDemand[c];
        coveredUnit += column[t.pairSegment[p]][b];
      }
      double u = gross[b] > 0 ? 1 - covered / gross[b] : grossUnit[b] > 0 ? 1 - coveredUnit / grossUnit[b] : 1;
      u = u < 1e-9 ? 0 : Math.min(u, 1);
      if (gross[b] > 1e-9 || grossUnit[b] == 0) {
        assertThat(state.uncoveredShare[g]).as("uncovered share of %s -> %s", t.chain.id(a), t.chain.id(b))
            .isCloseTo(u, within(TOLERANCE));
      }
    }
  }

  private static boolean differ(double[] a, double[] b) {
    for (int i = 0; i < a.length; i++) {
      if (Math.abs(a[i] - b[i]) > 1e-6) {
        return true;
      }
    }
    return false;
  }
}
