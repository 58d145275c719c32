package io.valueloop.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.valueloop.testing.RandomChains;
import org.junit.jupiter.api.Test;

class GhoshModelTest {

  @Test
  void of_millerBlairBaseYear_givesAllocationsAndPrimaryInputs() {
    SteadyState state = SteadyStateSolver.defaults().solve(CompiledChain.compile(MillerBlair.chain(350, 1700)));
    GhoshModel ghosh = GhoshModel.of(state);
    CompiledChain chain = state.chain();
    FlowTable goods = chain.goods();
    int one = chain.indexOf("1").getAsInt();
    int two = chain.indexOf("2").getAsInt();

    // Z = [[150, 500], [200, 100]], x = (1000, 2000): B = Z / x_i by row = [[.15, .5], [.1, .05]];
    // v = x − column sums of Z = (1000 − 350, 2000 − 600) = (650, 1400).
    for (int g = 0; g < goods.count(); g++) {
      String route = chain.id(goods.source(g)) + chain.id(goods.target(g));
      double expected = route.equals("11") ? 0.15 : route.equals("12") ? 0.5 : route.equals("21") ? 0.1 : 0.05;
      assertThat(ghosh.allocation(g)).as(route).isCloseTo(expected, within(1e-9));
    }
    assertThat(ghosh.primaryInput(one)).isCloseTo(650, within(1e-6));
    assertThat(ghosh.primaryInput(two)).isCloseTo(1400, within(1e-6));
    double[] base = ghosh.output(ghosh.primaryInputs());
    assertThat(base[one]).isCloseTo(1000, within(1e-6));
    assertThat(base[two]).isCloseTo(2000, within(1e-6));
  }

  @Test
  void output_newPrimaryInputs_matchesGhoshInverse() {
    SteadyState state = SteadyStateSolver.defaults().solve(CompiledChain.compile(MillerBlair.chain(350, 1700)));
    GhoshModel ghosh = GhoshModel.of(state);
    int one = state.chain().indexOf("1").getAsInt();
    int two = state.chain().indexOf("2").getAsInt();
    double[] v = new double[2];
    v[one] = 750;
    v[two] = 1400;

    // (I − B)⁻¹ = [[.95, .5], [.1, .85]] / 0.7575, so x' = v'(I − B)⁻¹ = (852.5, 1565) / 0.7575.
    double[] x = ghosh.output(v);
    assertThat(x[one]).isCloseTo(852.5 / 0.7575, within(1e-6));
    assertThat(x[two]).isCloseTo(1565 / 0.7575, within(1e-6));
  }

  @Test
  void output_randomChainsAtBasePrimaryInputs_reproducesOutputs() {
    for (long seed = 0; seed < 10; seed++) {
      SteadyState state = SteadyStateSolver.defaults()
          .solve(CompiledChain.compile(RandomChains.chain(seed, 120, seed % 2 == 0)));
      GhoshModel ghosh = GhoshModel.of(state);

      double[] x = ghosh.output(ghosh.primaryInputs());
      for (int i = 0; i < x.length; i++) {
        assertThat(x[i]).as("seed %d actor %d", seed, i)
            .isCloseTo(state.output(i), within(1e-8 * Math.max(1, state.output(i))));
      }
    }
  }

  @Test
  void output_rejectsWrongPrimaryInputs() {
    SteadyState state = SteadyStateSolver.defaults().solve(CompiledChain.compile(MillerBlair.chain(1, 1)));
    GhoshModel ghosh = GhoshModel.of(state);

    assertThatThrownBy(() -> ghosh.output(new double[1]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("primaryInputs length must be the actor count 2 but was 1");
    assertThatThrownBy(() -> ghosh.output(new double[] {Double.POSITIVE_INFINITY, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("primary input must be finite but was Infinity (actor ");
    assertThatThrownBy(() -> GhoshModel.of(null)).isInstanceOf(NullPointerException.class);
  }
}
