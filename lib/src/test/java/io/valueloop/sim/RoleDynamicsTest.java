package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Actor;
import io.valueloop.model.FlowKind;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleDynamicsTest {

  /** s supplies the incumbent B0 and {@code n} candidates b0..b(n-1), all selling to segment c. */
  static CompiledChain platform(int n, double demand) {
    GoodsTerms up = GoodsTerms.builder().price(2).leadTime(2).orderDelay(1).build();
    ValueChain.Builder chain = ValueChain.builder()
        .actor(Actor.builder().id("s").role(Role.S).initialInventory(1e9).build())
        .actor(Actor.builder().id("B0").role(Role.B).initialInventory(50).build())
        .actor(Actor.builder().id("c").role(Role.C).demand(demand).build())
        .trade("s", "B0", up)
        .trade("B0", "c", GoodsTerms.builder().price(3).leadTime(1).orderDelay(0).share(0.5).build());
    for (int j = 0; j < n; j++) {
      chain.actor(Actor.builder().id("b" + j).role(Role.B).build())
          .trade("s", "b" + j, up)
          .trade("b" + j, "c", GoodsTerms.builder().price(3).leadTime(1).orderDelay(0).share(0.5 / n).build());
    }
    return CompiledChain.compile(chain.build());
  }

  static List<String> candidates(int n) {
    List<String> ids = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      ids.add("b" + j);
    }
    return ids;
  }

  /** The discrete-time Bass recursion F(t+1) = F(t) + (p + q F(t))(1 - F(t)), F(0) = 0. */
  static double[] bassRecursion(double p, double q, int ticks) {
    double[] f = new double[ticks + 1];
    for (int t = 0; t < ticks; t++) {
      f[t + 1] = f[t] + (p + q * f[t]) * (1 - f[t]);
    }
    return f;
  }

  /** Bass (1969): F(t) = (1 - e^{-(p+q)t}) / (1 + (q/p) e^{-(p+q)t}). */
  static double bassClosedForm(double p, double q, double t) {
    double e = Math.exp(-(p + q) * t);
    return (1 - e) / (1 + q / p * e);
  }

  @Test
  void bassConversion_followsTheDiscreteBassCurveAtTicks10_25_50() {
    int pool = 2_000;
    double p = 0.01;
    double q = 0.15;
    int replications = 100;
    int ticks = 50;
    Simulation simulation = Simulation.of(platform(pool, 100));
    Conversion conversion = Conversion.bass("c", p, q, pool).withCandidates(candidates(pool))
        .withTakeover(0.5 / pool);
    int[] at = {10, 25, 50};
    double[] sum = new double[at.length];
    double[] sumSquares = new double[at.length];
    for (int r = 0; r < replications; r++) {
      PopulationTrace trace = simulation.run(Scenario.builder(ticks).seed(3).replication(r).steadyStart(false)
          .conversion(conversion).build()).population("c");
      for (int i = 0; i < at.length; i++) {
        double f = trace.convertedShare(at[i] - 1);
        sum[i] += f;
        sumSquares[i] += f * f;
      }
    }
    double[] recursion = bassRecursion(p, q, ticks);
    for (int i = 0; i < at.length; i++) {
      double mean = sum[i] / replications;
      double sd = Math.sqrt((sumSquares[i] - replications * mean * mean) / (replications - 1));
      double halfWidth = 1.96 * sd / Math.sqrt(replications);
      double closed = bassClosedForm(p, q, at[i]);
      double discretisation = Math.abs(recursion[at[i]] - closed);
      System.out.printf("Bass t=%d: mean F=%.5f ± %.5f, recursion %.5f, closed form %.5f%n", at[i], mean,
          halfWidth, recursion[at[i]], closed);
      assertThat(recursion[at[i]]).isCloseTo(mean, within(halfWidth));
      assertThat(closed).isCloseTo(mean, within(halfWidth + discretisation));
    }
  }

  @Test
  void constantConversionWithChurn_settlesAtLambdaOverDeltaWithPoissonSpread() {
    long pool = 1_000_000_000_000L;
    double lambda = 2;
    double delta = 0.05;
    int cap = 150;
    Simulation simulation = Simulation.of(platform(cap, 100));
    Conversion conversion = Conversion.constant("c", lambda / pool, pool).withCandidates(candidates(cap))
        .withTakeover(1.0 / (2 * cap)).withChurn(delta);
    int ticks = 20_200;
    int warmUp = 200;
    double sum = 0;
    double sumSquares = 0;
    long count = 0;
    for (int r = 0; r < 4; r++) {
      PopulationTrace trace = simulation.run(Scenario.builder(ticks).seed(11).replication(r).steadyStart(false)
          .conversion(conversion).build()).population("c");
      for (int t = warmUp; t < ticks; t++) {
        sum += trace.active(t);
        sumSquares += (double) trace.active(t) * trace.active(t);
        count++;
      }
    }
    double mean = sum / count;
    double variance = sumSquares / count - mean * mean;
    System.out.printf("M/M/inf: mean active %.4f (lambda/delta %.1f), variance %.4f%n", mean, lambda / delta,
        variance);
    assertThat(mean).isCloseTo(lambda / delta, within(0.02 * lambda / delta));
    assertThat(variance).isCloseTo(lambda / delta, within(0.15 * lambda / delta));
  }

  @Test
  void conversionAndChurn_conserveGoodsAndMoneyEveryTick() {
    int cap = 20;
    Simulation simulation = Simulation.of(platform(cap, 40));
    Conversion conversion = Conversion.bass("c", 0.05, 0.3, 40).withCandidates(candidates(cap))
        .withTakeover(0.04).withChurn(0.1);
    SimulationResult result = simulation.run(Scenario.builder(300).seed(5).steadyStart(false)
        .conservationCheck(true).demand(DemandProcesses.poisson(40)).conversion(conversion).build());
    PopulationTrace trace = result.population("c");
    int converts = 0;
    int leavers = 0;
    for (int t = 0; t < trace.ticks(); t++) {
      converts += trace.converts(t);
      leavers += trace.leavers(t);
      assertThat(trace.active(t)).isBetween(0, cap);
    }
    assertThat(converts).isPositive();
    assertThat(leavers).isPositive();
    assertThat(converts - leavers).isEqualTo(trace.active(trace.ticks() - 1));
    assertThat(result.activeActors(Role.B, 299)).isEqualTo(1 + trace.active(299));
    assertThat(result.activeActors(Role.S, 299)).isEqualTo(1);
  }

  @Test
  void activeConverts_takeOverTheirShareOfTheSegmentsDemand() {
    int cap = 4;
    Simulation simulation = Simulation.of(platform(cap, 100));
    Conversion conversion = Conversion.constant("c", 1, cap).withCandidates(candidates(cap)).withTakeover(0.2);
    SimulationResult result = simulation.run(Scenario.builder(5).steadyStart(false)
        .conversion(conversion).record(Series.INCOMING_ORDERS, "B0", "b0", "b3").build());

    // Hazard 1: all four convert at tick 0 and take 0.2 each; the incumbent keeps 1 - 4 × 0.2 of the demand.
    assertThat(result.population("c").active(0)).isEqualTo(4);
    assertThat(result.activeActors(Role.B, 0)).isEqualTo(5);
    assertThat(result.population("c").role()).isEqualTo(Role.B);
    assertThat(result.series(Series.INCOMING_ORDERS, "B0")[1]).isCloseTo(20, within(1e-9));
    assertThat(result.series(Series.INCOMING_ORDERS, "b3")[1]).isCloseTo(20, within(1e-9));
  }

  @Test
  void conversion_isDeterministicAndLeavesTheDemandStreamAlone() {
    Simulation simulation = Simulation.of(platform(10, 50));
    Scenario.Builder base = Scenario.builder(60).seed(9).steadyStart(false).demand(DemandProcesses.poisson(50))
        .record(Series.CONSUMER_DEMAND, "c");
    Conversion conversion = Conversion.bass("c", 0.05, 0.4, 10).withCandidates(candidates(10)).withTakeover(0.05)
        .withChurn(0.1);
    SimulationResult plain = simulation.run(base.build());
    SimulationResult first = simulation.run(base.conversion(conversion).build());
    SimulationResult second = simulation.run(base.build());

    assertThat(first.series(Series.CONSUMER_DEMAND, "c")).containsExactly(plain.series(Series.CONSUMER_DEMAND,
        "c"));
    // A churn rule draws on its own stream too: the incumbent B0 leaves, the demand draws stay the same.
    SimulationResult churning = simulation.run(base.churn(Churn.of(List.of("B0")).withHazard(0.2)).build());
    assertThat(churning.activeActors(Role.B, 59)).isEqualTo(churning.population("c").active(59));
    assertThat(churning.series(Series.CONSUMER_DEMAND, "c")).containsExactly(plain.series(Series.CONSUMER_DEMAND,
        "c"));
    for (int t = 0; t < 60; t++) {
      assertThat(second.population("c").active(t)).isEqualTo(first.population("c").active(t));
    }
  }

  @Test
  void conversionChurn_drawsOnItsOwnStream_soTheConvertsStayTheSame() {
    // Common random numbers: the leavers are drawn on "conversion-churn/<segment>", so switching churn on leaves the
    // converts' draws alone (the pool, not the seats, bounds them here: 200 seats for a pool of 100).
    Simulation simulation = Simulation.of(platform(200, 100));
    Conversion conversion = Conversion.bass("c", 0.02, 0.2, 100).withCandidates(candidates(200))
        .withTakeover(0.002);
    Scenario.Builder base = Scenario.builder(60).seed(4).steadyStart(false);
    PopulationTrace without = simulation.run(base.conversion(conversion).build()).population("c");
    PopulationTrace with = simulation.run(Scenario.builder(60).seed(4).steadyStart(false)
        .conversion(conversion.withChurn(0.2)).build()).population("c");

    int leavers = 0;
    for (int t = 0; t < 60; t++) {
      assertThat(with.converts(t)).as("tick %d", t).isEqualTo(without.converts(t));
      leavers += with.leavers(t);
    }
    assertThat(leavers).isPositive();
  }

  @Test
  void offer_followsAPriceChangeFromTheTickItApplies() {
    // An active b sells 0.01 × 100 = 1 unit a tick at 3 and buys it at 2: it earns 1, the reference, so the hazard
    // stays 0.002 of a pool of 1000 (about 2 converts a tick). From tick 10 b0's price to c is 2: the first
    // candidate's offer earns nothing and conversion stops.
    Simulation simulation = Simulation.of(platform(60, 100));
    Conversion conversion = Conversion.constant("c", 0.002, 1_000).withCandidates(candidates(60))
        .withTakeover(0.01).withOffer(1);
    PopulationTrace trace = simulation.run(Scenario.builder(30).seed(8).steadyStart(false).conversion(conversion)
        .event(Event.priceChange("b0", "c", 10, 2)).build()).population("c");

    int before = 0;
    int after = 0;
    for (int t = 0; t < 30; t++) {
      if (t < 10) {
        before += trace.converts(t);
      } else {
        after += trace.converts(t);
      }
    }
    assertThat(before).isPositive();
    assertThat(after).isZero();
  }

  @Test
  void seats_replicateTheTemplateWithItsTradesAndSplitTheSaleShare() {
    ValueChain.Builder builder = ValueChain.builder()
        .actor(Actor.builder().id("s").role(Role.S).initialInventory(1e9).build())
        .actor(Actor.builder().id("B0").role(Role.B).initialInventory(50).build())
        .actor(Actor.builder().id("c").role(Role.C).demand(30).build())
        .trade("s", "B0", GoodsTerms.builder().leadTime(1).build())
        .trade("B0", "c", GoodsTerms.builder().leadTime(1).share(0.7).build());
    Actor template = Actor.builder().id("b").role(Role.B).holdingCost(0.2).build();
    List<String> seats = Seats.add(builder, "c", "s", template, GoodsTerms.builder().price(2).leadTime(1).build(),
        GoodsTerms.builder().price(3).leadTime(1).share(0.3).build(), 3);
    ValueChain chain = builder.build();

    assertThat(seats).containsExactly("b-0", "b-1", "b-2");
    assertThat(chain.actor("b-2").orElseThrow().holdingCost()).isEqualTo(0.2);
    assertThat(chain.flow("b-1", "c", FlowKind.GOODS)).isPresent();
    SimulationResult result = Simulation.of(CompiledChain.compile(chain)).run(Scenario.builder(20)
        .steadyStart(false).conservationCheck(true).conversion(Conversion.constant("c", 0.2, 3)
            .withCandidates(seats).withTakeover(0.1)).build());
    assertThat(result.population("c").active(19)).isEqualTo(3);
  }

  @Test
  void step_withConversionsAndChurn_allocatesNothingPerTick() {
    int cap = 50;
    // The offer (1 a tick, the reference) is worked out every tick; leavers sell their stock off.
    Conversion conversion = Conversion.constant("c", 3e-9, 1_000_000_000L).withCandidates(candidates(cap))
        .withTakeover(0.01).withChurn(0.1).withOffer(1).withLeaving(Leaving.sellOff(0.5));
    SimulationRun run = Simulation.of(platform(cap, 100)).start(Scenario.builder(40_000).steadyStart(false)
        .demand(TestDemand.uniform(50, 150)).conversion(conversion).build());

    long allocated = StepAllocation.bytes(run, 20_000, 10_000);

    // About 3 converts and 3 leavers a tick rewire the segment's coefficients in place.
    assertThat(allocated).isLessThan(10_000);
  }

  @Test
  void conversion_withSteadyStart_startsIncumbentsInTheirSteadyStateAndSeatsEmpty() {
    Scenario scenario = Scenario.builder(30).conservationCheck(true).conversion(Conversion.constant("c", 0, 3)
        .withCandidates(candidates(3)).withTakeover(0.1)).record(Series.ORDERS, "B0", "b0")
        .record(Series.INCOMING_ORDERS, "B0", "b0").record(Series.ON_HAND, "b0").build();

    SimulationResult result = Simulation.of(platform(3, 10)).run(scenario);

    // No convert: the incumbent serves the whole demand of 10 from tick 0 and orders it on, every tick; the
    // dormant seats hold nothing and order nothing.
    for (int t = 0; t < 30; t++) {
      assertThat(result.series(Series.INCOMING_ORDERS, "B0")[t]).isCloseTo(10, within(1e-9));
      assertThat(result.series(Series.ORDERS, "B0")[t]).isCloseTo(10, within(1e-9));
    }
    assertThat(result.series(Series.INCOMING_ORDERS, "b0")).containsOnly(0.0);
    assertThat(result.series(Series.ORDERS, "b0")).containsOnly(0.0);
    assertThat(result.series(Series.ON_HAND, "b0")).containsOnly(0.0);
  }

  @Test
  void conversion_withCandidateNotSellingToTheSegment_isRefused() {
    Scenario scenario = Scenario.builder(5).steadyStart(false).conversion(Conversion.bass("c", 0.1, 0.1, 3)
        .withCandidates(List.of("s"))).build();

    assertThatThrownBy(() -> Simulation.of(platform(3, 10)).run(scenario))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("conversion candidate must sell to the segment but was not (s, segment c)");
  }

  @Test
  void conversion_withTooLargeTakeover_isRefused() {
    Scenario scenario = Scenario.builder(5).steadyStart(false).conversion(Conversion.bass("c", 0.1, 0.1, 3)
        .withCandidates(candidates(3)).withTakeover(0.5)).build();

    assertThatThrownBy(() -> Simulation.of(platform(3, 10)).run(scenario))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("candidates × takeover share");
  }

  @Test
  void population_ofSegmentWithoutConversion_isRefused() {
    SimulationResult result = Simulation.of(platform(2, 10)).run(Scenario.builder(3).steadyStart(false).build());

    assertThatThrownBy(() -> result.population("c")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("segment must have role dynamics");
  }
}
