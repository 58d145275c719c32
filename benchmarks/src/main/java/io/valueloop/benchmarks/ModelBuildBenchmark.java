package io.valueloop.benchmarks;

import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import io.valueloop.pattern.BusinessModelCode;
import io.valueloop.pattern.ChainTemplate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time and allocation to generate and validate an S2B2C2S2B chain from a {@link ChainTemplate}: ten manufacturers,
 * one supply platform, businesses and consumer segments buying from one to eight sellers each, every segment
 * sending its demand data to the platform. {@link Size#LARGE} has 10^6 actors and about 10^7 flows (a trade counts
 * as two flows), {@link Size#SMALL} a tenth of that.
 *
 * <p>The fork's heap is capped at 1.5 GB, so a run that completes proves that a chain of that size, its builder
 * and its validation fit in it. Run with {@code -prof gc} for the bytes allocated per chain.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1536m"})
@State(Scope.Benchmark)
public class ModelBuildBenchmark {

  /** Chain sizes: actors, of which businesses; the rest beyond M and S are consumer segments. */
  public enum Size {
    /** 10^5 actors, about 10^6 flows. */
    SMALL(100_000, 2_000),
    /** 10^6 actors, about 10^7 flows. */
    LARGE(1_000_000, 20_000);

    private static final int MANUFACTURERS = 10;
    private static final int MAX_SUPPLIERS = 8;

    private final int actors;
    private final int businesses;

    Size(int actors, int businesses) {
      this.actors = actors;
      this.businesses = businesses;
    }

    ChainTemplate template() {
      return ChainTemplate.of(BusinessModelCode.S2B2C2S2B)
          .withCount(Role.M, MANUFACTURERS)
          .withCount(Role.S, 1)
          .withCount(Role.B, businesses)
          .withCount(Role.C, actors - MANUFACTURERS - 1 - businesses)
          .withMaxSuppliers(MAX_SUPPLIERS)
          .withSeed(42L);
    }
  }

  /** The chain size. */
  @Param
  public Size size;

  private ChainTemplate template;

  /** Prepares the template, which holds only its parameters. */
  @Setup
  public void setUp() {
    template = size.template();
  }

  /** Generates and validates the chain; returned so that it is not dead code. */
  @Benchmark
  public ValueChain buildFromTemplate() {
    return template.build();
  }
}
