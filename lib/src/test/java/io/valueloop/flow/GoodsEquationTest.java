package io.valueloop.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import io.valueloop.testing.RandomChains;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class GoodsEquationTest {

  @Test
  void solve_millerBlair_matchesPublishedOutput() {
    CompiledChain chain = CompiledChain.compile(MillerBlair.chain(600, 1500));

    double[] x = GoodsEquation.leontief(chain).solve(chain.demand());

    // Miller & Blair (2009) §2.3: final demand (600, 1500) gives x = (1247.5248, 1841.5842).
    assertThat(x[chain.indexOf("1").getAsInt()]).isCloseTo(1247.5248, within(1e-4));
    assertThat(x[chain.indexOf("2").getAsInt()]).isCloseTo(1841.5842, within(1e-4));
  }

  @Test
  void solve_randomChains_equalsSteadyStateOutput() {
    for (long seed = 0; seed < 10; seed++) {
      CompiledChain chain = CompiledChain.compile(RandomChains.chain(seed, 200, seed % 2 == 0));

      double[] x = GoodsEquation.leontief(chain).solve(chain.demand());

      SteadyState state = SteadyStateSolver.defaults().solve(chain);
      for (int i = 0; i < x.length; i++) {
        assertThat(x[i]).as("seed %d actor %d", seed, i).isEqualTo(state.output(i));
      }
    }
  }

  @Test
  void upstreamColumn_randomChainsWithLoops_equalsLeontiefInverseColumn() {
    for (long seed = 0; seed < 10; seed++) {
      CompiledChain chain = CompiledChain.compile(RandomChains.chain(seed, 60, true));
      GoodsEquation equation = GoodsEquation.leontief(chain);
      LeontiefInverse inverse = LeontiefInverse.of(chain);
      int n = chain.actorCount();
      double[] x = new double[n];
      int[] support = new int[n];
      for (int j = 0; j < n; j++) {
        int size = equation.upstreamColumn(j, x, support);

        assertThat(Arrays.copyOf(support, size)).as("seed %d column %d", seed, j).isSorted().contains(j);
        for (int i = 0; i < n; i++) {
          assertThat(x[i]).as("seed %d entry (%d, %d)", seed, i, j)
              .isCloseTo(inverse.entry(i, j), within(1e-9 * Math.max(1, inverse.entry(i, j))));
        }
        for (int k = 0; k < size; k++) {
          x[support[k]] = 0;
        }
      }
    }
  }

  @Test
  void solve_nearlyUnproductiveLoop_convergesFromADirectStart() {
    // a and b need 0.9999 of each other's product: spectral radius 0.9999, so x = d / (1 − 0.9999²) ≈ 5000.25 d.
    ValueChain model = ValueChain.builder()
        .actor(Actor.builder().id("a").role(Role.M).demand(1).build())
        .actor("b", Role.M)
        .goods("a", "b", GoodsTerms.builder().price(1).leadTime(1).orderDelay(1).build().withInput("a").withInputCoefficient(0.9999))
        .goods("b", "a", GoodsTerms.builder().price(1).leadTime(1).orderDelay(1).build().withInput("b").withInputCoefficient(0.9999))
        .build();
    CompiledChain chain = CompiledChain.compile(model);

    double[] x = GoodsEquation.leontief(chain).solve(chain.demand());

    double expected = 1 / (1 - 0.9999 * 0.9999);
    assertThat(x[chain.indexOf("a").getAsInt()]).isCloseTo(expected, within(1e-9 * expected));
    assertThat(x[chain.indexOf("b").getAsInt()]).isCloseTo(0.9999 * expected, within(1e-9 * expected));
  }

  @Test
  void of_weightsOfAnotherQuantity_namesItWhenALoopIsUnproductive() {
    // Weight 1 on every flow of the two sectors: each row sums to 2, the spectral radius.
    CompiledChain chain = CompiledChain.compile(MillerBlair.chain(1, 1));
    double[] weights = new double[chain.goods().count()];
    Arrays.fill(weights, 1.0);

    assertThatThrownBy(() -> GoodsEquation.of(chain, weights, "throughput tracing"))
        .isInstanceOf(UnproductiveChainException.class)
        .hasMessageStartingWith("throughput tracing around a goods loop must be convergent (spectral radius below 1)"
            + " but was at least 2.0")
        .hasMessageEndingWith("(loop through 1, 2)");
    assertThatThrownBy(() -> GoodsEquation.of(chain, weights))
        .isInstanceOf(UnproductiveChainException.class)
        .hasMessageStartingWith("spectral radius of a goods loop must be below 1 but was at least 2.0")
        .hasMessageContaining("(loop 1 -> 2 -> 1");
  }

  @Test
  void of_weightsCopied_laterChangesDoNotMatter() {
    CompiledChain chain = CompiledChain.compile(MillerBlair.chain(600, 1500));
    double[] weights = new double[chain.goods().count()];
    for (int g = 0; g < weights.length; g++) {
      weights[g] = chain.coefficient(g);
    }

    GoodsEquation equation = GoodsEquation.of(chain, weights);
    Arrays.fill(weights, 5.0);

    assertThat(equation.solve(chain.demand())).containsExactly(GoodsEquation.leontief(chain).solve(chain.demand()));
  }

  @Test
  void of_badWeights_throwNamingTheFlow() {
    CompiledChain chain = CompiledChain.compile(MillerBlair.chain(1, 1));
    double[] negative = new double[chain.goods().count()];
    negative[1] = -0.5;
    double[] notANumber = new double[chain.goods().count()];
    notANumber[0] = Double.NaN;

    assertThatThrownBy(() -> GoodsEquation.of(chain, new double[1]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weights length must be the goods flow count 4 but was 1");
    assertThatThrownBy(() -> GoodsEquation.of(chain, negative))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("weight must be finite and non-negative but was -0.5 (GOODS ");
    assertThatThrownBy(() -> GoodsEquation.of(chain, notANumber))
        .hasMessageStartingWith("weight must be finite and non-negative but was NaN (GOODS ");
  }

  @Test
  void solve_badConstant_throws() {
    CompiledChain chain = CompiledChain.compile(MillerBlair.chain(1, 1));
    GoodsEquation equation = GoodsEquation.leontief(chain);

    assertThatThrownBy(() -> equation.solve(new double[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("b length must be the actor count 2 but was 3");
    assertThatThrownBy(() -> equation.solve(new double[] {1, Double.POSITIVE_INFINITY}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("b must be finite but was Infinity (actor ");
  }

  @Test
  void solve_concurrentSolvesOfOneEquation_giveTheSameBits() throws Exception {
    CompiledChain chain = CompiledChain.compile(RandomChains.chain(5, 400, true));
    GoodsEquation equation = GoodsEquation.leontief(chain);
    double[] expected = equation.solve(chain.demand());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<double[]>> results = new ArrayList<>();
      for (int k = 0; k < 16; k++) {
        results.add(pool.submit(() -> equation.solve(chain.demand())));
      }
      for (Future<double[]> result : results) {
        assertThat(result.get()).containsExactly(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
