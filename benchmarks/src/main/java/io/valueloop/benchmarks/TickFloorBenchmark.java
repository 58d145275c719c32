package io.valueloop.benchmarks;

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
 * A floor for {@link SimulationBenchmark#tick}: one tick of the same chain ({@link SimulationBenchmark#chain}) and
 * scenario (order-up-to with exponential smoothing, {@code α = 0.3}, {@code z = 0}; demand uniform on [5, 15);
 * steady start; information sharing on), hand-written for this chain's mechanics by {@link TickFloorKernel} over the
 * flat records of {@link TickFloorState}, on {@code threads} threads ({@link TickFloorRun}). (A struct-of-arrays
 * layout of the same turns measured slower everywhere and was removed: benchmarks/README.md, "A floor for the
 * tick".)
 *
 * <p>The kernel does all the work the library's tick does for this chain and keeps all its outputs (every series of
 * the end-of-tick view but the capacity, a parameter; the metrics' running sums, revenue and cost sums, role sums,
 * consumers' spend and own costs), checked against the library by {@code TickFloorTest}; it leaves out only the
 * generality this chain does not use (events, faults, channels, lost sales, capacities, assembly of several inputs,
 * observers, user demand processes and policies). It is meant as a floor: the fewest instructions and bytes we could
 * give the same work, with no indirection beyond the CSR arrays, parameters deduplicated into type tables, and every
 * record of a turn in as few cache lines as its fields allow (three per actor that orders, one per goods flow, 24
 * bytes per segment).
 *
 * <p>A tick is O(actors + goods flows + data pairs) and touches about 272 bytes (4.25 cache lines) per actor at
 * 10^6 actors (benchmarks/README.md, "A floor for the tick"). Reports nanoseconds per tick, as {@code
 * SimulationBenchmark.tick} does: divide by {@code actors} for ns per actor-tick. Allocates nothing per tick.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TickFloorBenchmark {

  /** A floor run of a large chain, started once per trial and stepped one tick per invocation. */
  @State(Scope.Thread)
  public static class Floor {
    @Param({"100000", "1000000"})
    int actors;

    /** Threads per tick: 1, or 2 that split every large level into halves of equal work. */
    @Param({"1", "2"})
    int threads;

    TickFloorRun run;

    @Setup(Level.Trial)
    public void start() {
      run = new TickFloorRun(SimulationBenchmark.chain(actors), TickFloorSettings.benchmark(), threads);
    }

    @TearDown(Level.Trial)
    public void stop() {
      run.close();
    }
  }

  /** One tick; ns per tick. */
  @Benchmark
  public int tick(Floor state) {
    return state.run.step();
  }
}
