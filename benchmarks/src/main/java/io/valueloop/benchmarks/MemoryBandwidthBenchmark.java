package io.valueloop.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one thread of this machine streams from and to memory, the bound a tick far beyond the cache cannot beat:
 * STREAM-like passes (McCalpin 1995, "Memory bandwidth and machine balance in current high performance computers")
 * over a {@code double} array of 256 MB, far beyond the last-level cache. {@code read} sums one array (four partial sums, so that
 * the additions do not wait on each other); {@code update} adds to every element of one array in place (a read and a
 * write per element, as the tick's records are updated); {@code scattered} reads one element per 64-byte cache line
 * in an order of its own (a full-period linear congruential walk), the cost of a memory access that the hardware
 * cannot prefetch. Each reports nanoseconds per 64-byte line touched: divide 64 by it for bytes per nanosecond (GB/s).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class MemoryBandwidthBenchmark {
  /** Doubles per 64-byte cache line. */
  private static final int LINE = 8;
  /** Cache lines in the array: 256 MB. */
  private static final int LINES = 1 << 22;

  double[] values;

  /** Fills the array (touching every page before the measurement). */
  @Setup
  public void fill() {
    values = new double[LINES * LINE];
    for (int i = 0; i < values.length; i++) {
      values[i] = i & 1023;
    }
  }

  /** Sums the array; ns per line read. */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public double read() {
    double[] v = values;
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    for (int i = 0; i + 3 < v.length; i += 4) {
      s0 += v[i];
      s1 += v[i + 1];
      s2 += v[i + 2];
      s3 += v[i + 3];
    }
    return (s0 + s1 + s2 + s3);
  }

  /** Adds one to every element in place; ns per line read and written. */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public double update() {
    double[] v = values;
    for (int i = 0; i < v.length; i++) {
      v[i] += 1;
    }
    return v[0];
  }

  /**
   * Reads the first element of every line in a scattered order; ns per line read. The walk {@code k -> (5k + 1) mod
   * 2^m} visits every line of a power-of-two count once (Hull and Dobell 1962), so each read lands far from the last.
   */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public double scattered() {
    double[] v = values;
    int mask = LINES - 1;
    double sum = 0;
    int k = 0;
    for (int i = 0; i <= mask; i++) {
      k = (5 * k + 1) & mask;
      sum += v[k * LINE];
    }
    return sum;
  }
}
