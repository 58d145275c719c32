package io.valueloop.benchmarks;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import io.valueloop.sim.Conversion;
import io.valueloop.sim.DemandProcess;
import io.valueloop.sim.Forecast;
import io.valueloop.sim.Policies;
import io.valueloop.sim.Scenario;
import io.valueloop.sim.Seats;
import io.valueloop.sim.Simulation;
import io.valueloop.sim.SimulationRun;
import io.valueloop.sim.TickView;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Role dynamics (docs/design.md §3): one tick of a chain of about 10^5 actors with and without conversions. One manufacturer
 * supplies 100 supply platforms; each of 1000 consumer segments has one incumbent business and 98 candidate seats
 * (from {@link Seats#add}), all buying from the segment's platform. With {@code conversions} on, every segment
 * converts about 2 potential sellers a tick (a constant hazard on a pool of 10^9) and each active b leaves at δ =
 * 0.05, so about 40 seats per segment are active and some 4000 seats change each tick; without, the seats keep their
 * chain shares. With conversions on, the run also keeps the per-tick role trace (active actors, shares of spend and
 * profit, platform share). Reports nanoseconds per tick; the ratio with/without must stay at most 1.5.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class RoleDynamicsBenchmark {
  static final int PLATFORMS = 100;
  static final int SEGMENTS = 1000;
  static final int SEATS = 98;
  static final int TICKS = 10_000;

  /** The chain and every segment's seats. */
  @State(Scope.Benchmark)
  public static class Chain {
    CompiledChain chain;
    final List<Conversion> conversions = new ArrayList<>();

    @Setup(Level.Trial)
    public void build() {
      ValueChain.Builder b = ValueChain.builder().expectedSize(SEGMENTS * (SEATS + 2) + PLATFORMS + 1,
          2 * SEGMENTS * (SEATS + 1) + PLATFORMS);
      b.actor(Actor.builder().id("m").role(Role.M).unitCost(1).build());
      GoodsTerms upstream = GoodsTerms.builder().price(2).leadTime(2).orderDelay(1).build();
      GoodsTerms retail = GoodsTerms.builder().price(3).leadTime(1).orderDelay(0).build();
      for (int s = 0; s < PLATFORMS; s++) {
        b.actor(Actor.builder().id("s" + s).role(Role.S).initialInventory(1000).holdingCost(0.1).build());
        b.trade("m", "s" + s, upstream);
      }
      for (int c = 0; c < SEGMENTS; c++) {
        String segment = "c" + c;
        String platform = "s" + (c * PLATFORMS / SEGMENTS);
        b.actor(Actor.builder().id(segment).role(Role.C).demand(10).build());
        b.actor(Actor.builder().id("B" + c).role(Role.B).initialInventory(30).holdingCost(0.2).backlogCost(1)
            .build());
        b.trade(platform, "B" + c, retail).trade("B" + c, segment, GoodsTerms.builder().price(4).leadTime(1)
            .orderDelay(0).share(0.5).build());
        List<String> seats = Seats.add(b, segment, platform, Actor.builder().id("b" + c).role(Role.B).holdingCost(0.2)
            .backlogCost(1).build(),
            retail, GoodsTerms.builder().price(4).leadTime(1).orderDelay(0).share(0.5).build(), SEATS);
        conversions.add(Conversion.constant(segment, 2e-9, 1_000_000_000L).withCandidates(seats)
            .withTakeover(1.0 / (2 * SEATS)).withChurn(0.05));
      }
      chain = CompiledChain.compile(b.build());
    }
  }

  /** A run started once per iteration and stepped one tick per invocation. */
  @State(Scope.Thread)
  public static class Run {
    @Param({"false", "true"})
    boolean conversions;

    SimulationRun run;

    @Setup(Level.Iteration)
    public void start(Chain chain) {
      DemandProcess uniform = random -> tick -> 5 + 10 * random.nextDouble();
      Scenario.Builder scenario = Scenario.builder(TICKS).seed(7).steadyStart(false).demand(uniform)
          .policy(Policies.orderUpTo(Forecast.exponentialSmoothing(0.3)));
      if (conversions) {
        chain.conversions.forEach(scenario::conversion);
      }
      run = Simulation.of(chain.chain).start(scenario.build());
    }

    @TearDown(Level.Iteration)
    public void stop() {
      run.close();
    }
  }

  /**
   * Steps one tick.
   *
   * @param run the run
   * @return the end-of-tick view
   */
  @Benchmark
  public TickView tick(Run run) {
    return run.run.step();
  }
}
