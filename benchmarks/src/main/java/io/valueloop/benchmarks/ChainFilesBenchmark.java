package io.valueloop.benchmarks;

import io.valueloop.io.ChainFiles;
import io.valueloop.io.ModelFileException;
import io.valueloop.model.ValueChain;
import java.io.IOException;
import java.io.StringReader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing and reading a chain as CSV tables with {@link ChainFiles}: the {@link ModelBuildBenchmark.Size#SMALL}
 * S2B2C2S2B chain (10^5 actors, about 10^6 flows), in memory, so that the figures are the library's parsing,
 * formatting and validation and not the disk. A read includes the chain's validation ({@code build()}).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@State(Scope.Benchmark)
public class ChainFilesBenchmark {
  private ValueChain chain;
  private String actors;
  private String flows;

  /** Builds the chain and its two tables once. */
  @Setup
  public void setUp() throws IOException {
    chain = ModelBuildBenchmark.Size.SMALL.template().build();
    StringBuilder actorsOut = new StringBuilder();
    StringBuilder flowsOut = new StringBuilder();
    ChainFiles.write(chain, actorsOut, flowsOut);
    actors = actorsOut.toString();
    flows = flowsOut.toString();
  }

  /** Writes both tables into memory; returns their total length so that the work is not dead code. */
  @Benchmark
  public int write() throws IOException {
    StringBuilder actorsOut = new StringBuilder(actors.length());
    StringBuilder flowsOut = new StringBuilder(flows.length());
    ChainFiles.write(chain, actorsOut, flowsOut);
    return actorsOut.length() + flowsOut.length();
  }

  /** Reads both tables and validates the chain. */
  @Benchmark
  public ValueChain read() throws IOException, ModelFileException {
    return ChainFiles.read(new StringReader(actors), "actors.csv", new StringReader(flows), "flows.csv");
  }
}
