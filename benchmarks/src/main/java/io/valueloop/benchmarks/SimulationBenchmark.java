package io.valueloop.benchmarks;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import io.valueloop.sim.DemandProcess;
import io.valueloop.sim.DemandProcesses;
import io.valueloop.sim.Event;
import io.valueloop.sim.ChannelPlan;
import io.valueloop.sim.ChannelSetup;
import io.valueloop.sim.Fault;
import io.valueloop.sim.Forecast;
import io.valueloop.sim.OrderingPolicy;
import io.valueloop.sim.Policies;
import io.valueloop.sim.RandomLeadTime;
import io.valueloop.sim.Scenario;
import io.valueloop.sim.Shortage;
import io.valueloop.sim.Simulation;
import io.valueloop.sim.SimulationResult;
import io.valueloop.sim.SimulationRun;
import io.valueloop.sim.TickView;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The simulation kernel: one tick of an S2B2C2S2B chain of 10^5 and 10^6 actors, and a whole run of 10^3 actors for
 * 10^3 ticks. The chain is a distribution tree, one manufacturer, {@code n / 1000} supply platforms, and businesses
 * and consumer segments half and half of the rest, every segment sending its demand data to its platform (so
 * information sharing is on); every business, platform and the manufacturer follows the built-in order-up-to
 * policy {@link Policies#orderUpTo(Forecast)} with an exponentially smoothed forecast ({@code α = 0.3}, {@code z =
 * 0}, Chen et al.'s setting); demand is uniform on [5, 15), written as a user's lambda or, for {@code tick} with
 * {@code demand = builtIn}, as the built-in {@link DemandProcesses#uniform(double, double)}, which a run draws from
 * flat arrays (the same numbers, bit for bit).
 *
 * <p>{@code tick} reports nanoseconds per tick on {@code threads} threads (divide by the actor count for ns per
 * actor-tick); {@code thousandActorsThousandTicks} reports nanoseconds per actor-tick directly;
 * {@code hundredThousandShocks} nanoseconds per tick of a run with one event a tick;
 * {@code thousandActorsThousandTicksWithMechanics} nanoseconds per actor-tick of the small run with issue 11's
 * mechanics on (lost sales at every segment, a geometric fault on every business and platform, random lead times
 * on every platform's supply). A tick allocates nothing: run with {@code -prof gc} to see it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SimulationBenchmark {

  /** Builds the benchmark chain of about {@code actors} actors. */
  static CompiledChain chain(int actors) {
    int platforms = Math.max(1, actors / 1000);
    int businesses = (actors - 1 - platforms) / 2;
    int segments = actors - 1 - platforms - businesses;
    ValueChain.Builder b = ValueChain.builder().expectedSize(actors, 3 * actors);
    b.actor(Actor.builder().id("m").role(Role.M).unitCost(1).build());
    GoodsTerms upstream = GoodsTerms.builder().price(2).leadTime(2).orderDelay(1).build();
    GoodsTerms retail = GoodsTerms.builder().price(3).leadTime(1).orderDelay(0).build();
    GoodsTerms shop = GoodsTerms.builder().price(4).leadTime(1).orderDelay(0).build();
    for (int s = 0; s < platforms; s++) {
      b.actor(Actor.builder().id("s" + s).role(Role.S).initialInventory(1000).holdingCost(0.1).build());
      b.trade("m", "s" + s, upstream);
    }
    for (int i = 0; i < businesses; i++) {
      b.actor(Actor.builder().id("b" + i).role(Role.B).initialInventory(30).holdingCost(0.2).backlogCost(1).build());
      // Businesses are served in contiguous blocks, as by regional platforms.
      b.trade("s" + (int) ((long) i * platforms / businesses), "b" + i, retail);
    }
    for (int c = 0; c < segments; c++) {
      b.actor(Actor.builder().id("c" + c).role(Role.C).demand(10).build());
      int business = c % businesses;
      b.trade("b" + business, "c" + c, shop);
      b.data("c" + c, "s" + (int) ((long) business * platforms / businesses), 1);
    }
    return CompiledChain.compile(b.build());
  }

  /**
   * Returns the benchmark scenario with demand as a user's lambda, as every build before the built-in uniform had it
   * (older builds are compared on it, {@link TickAlternation}).
   */
  static Scenario scenario(int ticks) {
    return scenario(ticks, false);
  }

  /**
   * Returns the benchmark scenario with demand as the built-in {@link DemandProcesses#uniform(double, double)} or as
   * the user's lambda it equals; the two give the same results bit for bit.
   */
  static Scenario scenario(int ticks, boolean builtIn) {
    OrderingPolicy orderUpTo = Policies.orderUpTo(Forecast.exponentialSmoothing(0.3));
    DemandProcess uniform = builtIn ? DemandProcesses.uniform(5, 15) : random -> tick -> 5 + 10 * random.nextDouble();
    return Scenario.builder(ticks).seed(7).policy(orderUpTo).demand(uniform).steadyStart(true).build();
  }

  /**
   * A run of a large chain, started once per trial and stepped one tick per invocation (so that the allocation
   * profiler sees the ticks alone).
   */
  @State(Scope.Thread)
  public static class Large {
    @Param({"100000", "1000000"})
    int actors;

    /** Threads per tick ({@link Simulation#withThreads(int)}). */
    @Param({"1", "2"})
    int threads;

    /** The demand: {@code lambda}, the user's lambda; {@code builtIn}, the built-in uniform, drawn flat. */
    @Param({"lambda", "builtIn"})
    String demand;

    SimulationRun run;

    @Setup(Level.Trial)
    public void start() {
      if (!demand.equals("lambda") && !demand.equals("builtIn")) {
        throw new IllegalArgumentException("demand must be lambda or builtIn but was " + demand);
      }
      run = Simulation.of(chain(actors)).withThreads(threads).start(scenario(1_000_000, demand.equals("builtIn")));
    }

    @TearDown(Level.Trial)
    public void stop() {
      run.close();
    }
  }

  /** A chain of 10^3 actors. */
  @State(Scope.Thread)
  public static class Small {
    Simulation simulation;
    Scenario scenario;

    @Setup(Level.Trial)
    public void compile() {
      simulation = Simulation.of(chain(1000));
      scenario = scenario(1000);
    }
  }

  /**
   * The chain of 10^3 actors with lost sales at every segment, a fault on every business and platform (failure
   * probability 0.01, repair probability 0.2 per tick; platforms lose a tenth of their stock when they fail) and
   * lead times uniform on 1..3 ticks on every flow from the manufacturer.
   */
  @State(Scope.Thread)
  public static class WithMechanics {
    Simulation simulation;
    Scenario scenario;

    @Setup(Level.Trial)
    public void compile() {
      CompiledChain chain = chain(1000);
      simulation = Simulation.of(chain);
      Scenario.Builder b = scenario(1000).toBuilder().shortage(Shortage.lost());
      Fault.Duration up = Fault.Duration.geometric(0.01);
      Fault.Duration down = Fault.Duration.geometric(0.2);
      for (int a = 0; a < chain.actorCount(); a++) {
        String id = chain.id(a);
        if (chain.role(a) == Role.B) {
          b.fault(Fault.actor(id, up, down));
        } else if (chain.role(a) == Role.S) {
          b.fault(Fault.actor(id, up, down).destroying(0.1));
          b.leadTime("m", id, RandomLeadTime.uniform(1, 3));
        }
      }
      scenario = b.build();
    }
  }

  /**
   * A run of a three-actor serial chain for 10^5 ticks with 10^5 one-tick demand shocks on its segment: the event
   * schedule alone, linear in events plus ticks (it took 31.6 s when each boundary scanned every event).
   */
  @State(Scope.Thread)
  public static class Shocks {
    Simulation simulation;
    Scenario scenario;

    @Setup(Level.Trial)
    public void compile() {
      simulation = Simulation.of(CompiledChain.compile(ValueChain.builder()
          .actor(Actor.builder().id("s").role(Role.S).initialInventory(100).build())
          .actor(Actor.builder().id("b").role(Role.B).initialInventory(30).build())
          .actor(Actor.builder().id("c").role(Role.C).demand(10).build())
          .trade("s", "b", GoodsTerms.builder().price(2).leadTime(2).orderDelay(1).build())
          .trade("b", "c", GoodsTerms.builder().price(3).leadTime(1).orderDelay(0).build())
          .build()));
      Scenario.Builder b = Scenario.builder(100_000).policy(Policies.orderUpTo(Forecast.exponentialSmoothing(0.3)));
      for (int k = 0; k < 100_000; k++) {
        b.event(Event.demandShock("c", k, k + 1, 1 + k % 3));
      }
      scenario = b.build();
    }
  }

  /**
   * {@link WithMechanics} with channels at every business: 40 % of each segment's demand ordered online (2 ticks of
   * delivery), lost sales in both channels; even businesses have online orders drop-shipped by their platform (fee
   * 0.5 a unit), odd ones ship from store out of separate channel stocks.
   */
  @State(Scope.Thread)
  public static class WithChannels {
    Simulation simulation;
    Scenario scenario;

    @Setup(Level.Trial)
    public void compile() {
      WithMechanics mechanics = new WithMechanics();
      mechanics.compile();
      simulation = mechanics.simulation;
      CompiledChain chain = chain(1000);
      ChannelPlan.Builder plan = ChannelPlan.builder().onlineShare(0.4);
      for (int a = 0; a < chain.actorCount(); a++) {
        if (chain.role(a) == Role.B) {
          int platform = chain.goods().in().neighbor(chain.goods().in().start(a));
          ChannelSetup setup = a % 2 == 0 ? ChannelSetup.dropShip(chain.id(platform), 0.5, 2)
              : ChannelSetup.shipFromStore(2).withIntegrated(false);
          plan.business(chain.id(a), setup.withLostSales(true, true));
        }
      }
      scenario = mechanics.scenario.toBuilder().channels(plan.build()).build();
    }
  }

  /**
   * A whole run of 10^3 actors for 10^3 ticks with channels, lost sales, faults and random lead times; ns per
   * actor-tick.
   */
  @Benchmark
  @OperationsPerInvocation(1_000_000)
  public SimulationResult thousandActorsThousandTicksWithChannels(WithChannels state) {
    return state.simulation.run(state.scenario);
  }

  /** One tick; ns per tick. */
  @Benchmark
  public TickView tick(Large state) {
    return state.run.step();
  }

  /** A run of 10^5 ticks with 10^5 demand shocks, set-up included; ns per tick. */
  @Benchmark
  @OperationsPerInvocation(100_000)
  public SimulationResult hundredThousandShocks(Shocks state) {
    return state.simulation.run(state.scenario);
  }

  /** A whole run of 10^3 actors for 10^3 ticks with lost sales, faults and random lead times; ns per actor-tick. */
  @Benchmark
  @OperationsPerInvocation(1_000_000)
  public SimulationResult thousandActorsThousandTicksWithMechanics(WithMechanics state) {
    return state.simulation.run(state.scenario);
  }

  /** A whole run of 10^3 actors for 10^3 ticks, set-up included; ns per actor-tick. */
  @Benchmark
  @OperationsPerInvocation(1_000_000)
  public SimulationResult thousandActorsThousandTicks(Small state) {
    return state.simulation.run(state.scenario);
  }
}
