package io.valueloop.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.valueloop.flow.CompiledChain;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The benchmark's sweeps compute the same vector, so that their times compare the same work. */
class PropagationBenchmarkTest {
  private static final double TOLERANCE = 1e-9;

  private static final PropagationBenchmark BENCHMARK = new PropagationBenchmark();
  private static PropagationBenchmark.Chain chain;
  private static double[] expected;

  @BeforeAll
  static void setUp() {
    chain = new PropagationBenchmark.Chain();
    chain.actors = 10_000;
    chain.setUp();
    expected = BENCHMARK.sweep(chain).clone();
  }

  @Test
  void sweep_isDemandPlusCoefficientWeightedBuyerOutputs() {
    CompiledChain compiled = chain.compiled;
    double[] y = new double[compiled.actorCount()];
    for (int actor = 0; actor < y.length; actor++) {
      y[actor] = compiled.actor(actor).demand();
    }
    for (int g = 0; g < compiled.goods().count(); g++) {
      y[compiled.goods().source(g)] += compiled.coefficient(g) * chain.x[compiled.goods().target(g)];
    }
    assertClose(expected, y);
  }

  @Test
  void sweepParallel_matchesSweepBitForBit() {
    PropagationBenchmark.Parallel parallel = new PropagationBenchmark.Parallel();
    parallel.setUp(chain);
    try {
      assertThat(BENCHMARK.sweepParallel(chain, parallel)).containsExactly(expected);
    } finally {
      parallel.tearDown();
    }
  }

  @Test
  void naiveJGraphTSweep_matchesSweep() {
    PropagationBenchmark.Naive naive = new PropagationBenchmark.Naive();
    naive.setUp(chain);
    assertClose(expected, byCompiledIndex(BENCHMARK.naiveJGraphTSweep(naive)));
  }

  @Test
  void weightedJGraphTSweep_matchesSweep() {
    PropagationBenchmark.Weighted weighted = new PropagationBenchmark.Weighted();
    weighted.setUp(chain);
    assertClose(expected, byCompiledIndex(BENCHMARK.weightedJGraphTSweep(weighted)));
  }

  private static double[] byCompiledIndex(Map<String, Double> y) {
    assertThat(y).hasSize(chain.compiled.actorCount());
    double[] values = new double[y.size()];
    for (int actor = 0; actor < values.length; actor++) {
      values[actor] = y.get(chain.compiled.id(actor));
    }
    return values;
  }

  private static void assertClose(double[] expected, double[] actual) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.length; i++) {
      assertThat(actual[i]).as("actor %d", i).isCloseTo(expected[i], within(TOLERANCE * Math.max(1, expected[i])));
    }
  }
}
