package io.valueloop.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.valueloop.testing.RandomChains;
import org.junit.jupiter.api.Test;

class LevelSolverTest {

  private static double[] solve(CompiledChain chain, boolean upstreamFirst, int threads) {
    Adjacency adjacency = upstreamFirst ? chain.goods().in() : chain.goods().out();
    double[] values = new double[adjacency.size()];
    for (int p = 0; p < values.length; p++) {
      values[p] = chain.coefficient(adjacency.flow(p));
    }
    // A grain of 0 splits every level, the hardest case for bit identity and for component boundaries.
    LevelSolver solver = new LevelSolver(chain, upstreamFirst, adjacency.offsets, adjacency.neighbors, values,
        SteadyStateSolver.DEFAULT_MAX_ITERATIONS, threads, 0);
    double[] x = new double[chain.actorCount()];
    try (WorkerTeam team = new WorkerTeam(threads)) {
      solver.solve(chain.demand(), x, team);
    }
    return x;
  }

  @Test
  void solve_everyLevelSplit_givesBitIdenticalResultsForAnyThreadCount() {
    for (long seed = 0; seed < 10; seed++) {
      CompiledChain chain = CompiledChain.compile(RandomChains.chain(seed, 300, true));
      for (boolean upstreamFirst : new boolean[] {false, true}) {
        double[] one = solve(chain, upstreamFirst, 1);
        for (int threads : new int[] {2, 3, 4}) {
          double[] many = solve(chain, upstreamFirst, threads);
          for (int i = 0; i < one.length; i++) {
            assertThat(Double.doubleToRawLongBits(many[i]))
                .as("seed %d upstream %s threads %d actor %d", seed, upstreamFirst, threads, i)
                .isEqualTo(Double.doubleToRawLongBits(one[i]));
          }
        }
      }
    }
  }

  @Test
  void solve_downstreamFirst_equalsPublicSolver() {
    CompiledChain chain = CompiledChain.compile(RandomChains.chain(3, 200, true));

    double[] x = solve(chain, false, 2);
    SteadyState state = SteadyStateSolver.defaults().solve(chain);
    for (int i = 0; i < x.length; i++) {
      assertThat(x[i]).isEqualTo(state.output(i));
    }
  }

  @Test
  void solve_loopsNearlyUnproductive_directStartSolvesBothOrientationsOnAnyThreads() {
    for (long seed = 0; seed < 6; seed++) {
      CompiledChain chain = CompiledChain.compile(LoopChains.chain(seed, 0.9999));
      for (boolean upstreamFirst : new boolean[] {false, true}) {
        double[] one = solve(chain, upstreamFirst, 1);
        assertThat(residual(chain, upstreamFirst, one)).as("seed %d upstream %s", seed, upstreamFirst)
            .isLessThanOrEqualTo(1e-9);
        double[] two = solve(chain, upstreamFirst, 3);
        for (int i = 0; i < one.length; i++) {
          assertThat(Double.doubleToRawLongBits(two[i])).as("seed %d upstream %s actor %d", seed, upstreamFirst, i)
              .isEqualTo(Double.doubleToRawLongBits(one[i]));
        }
      }
    }
  }

  /** Returns {@code ‖x − d − W x‖∞ / ‖x‖∞} for the matrix {@link #solve} builds. */
  private static double residual(CompiledChain chain, boolean upstreamFirst, double[] x) {
    Adjacency adjacency = upstreamFirst ? chain.goods().in() : chain.goods().out();
    double[] d = chain.demand();
    double residual = 0;
    double largest = 0;
    for (int i = 0; i < x.length; i++) {
      double r = x[i] - d[i];
      for (int p = adjacency.start(i); p < adjacency.end(i); p++) {
        r -= chain.coefficient(adjacency.flow(p)) * x[adjacency.neighbor(p)];
      }
      residual = Math.max(residual, Math.abs(r));
      largest = Math.max(largest, Math.abs(x[i]));
    }
    return residual / largest;
  }
}
