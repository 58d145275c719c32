package io.valueloop.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LeontiefInverseTest {

  @Test
  void of_millerBlair_matchesPublishedInverseAndOutput() {
    LeontiefInverse inverse = LeontiefInverse.of(CompiledChain.compile(MillerBlair.chain(600, 1500)));
    int one = inverse.chain().indexOf("1").getAsInt();
    int two = inverse.chain().indexOf("2").getAsInt();

    // Miller & Blair (2009) §2.3: (I − A)⁻¹ = [[1.254125, .330033], [.264026, 1.122112]] (six decimals shown).
    assertThat(inverse.size()).isEqualTo(2);
    assertThat(inverse.entry(one, one)).isCloseTo(1.254125, within(1e-6));
    assertThat(inverse.entry(one, two)).isCloseTo(0.330033, within(1e-6));
    assertThat(inverse.entry(two, one)).isCloseTo(0.264026, within(1e-6));
    assertThat(inverse.entry(two, two)).isCloseTo(1.122112, within(1e-6));
    // Output multipliers are the column sums: 1.518151 and 1.452145.
    assertThat(inverse.outputMultiplier(one)).isCloseTo(1.518151, within(1e-6));
    assertThat(inverse.outputMultipliers()).containsOnlyKeys("1", "2");
    assertThat(inverse.outputMultipliers().get("2")).isCloseTo(1.452145, within(1e-6));
    // New final demand (600, 1500) gives x = (1247.5248, 1841.5842).
    double[] demand = new double[2];
    demand[one] = 600;
    demand[two] = 1500;
    double[] x = inverse.output(demand);
    assertThat(x[one]).isCloseTo(1247.5248, within(1e-4));
    assertThat(x[two]).isCloseTo(1841.5842, within(1e-4));
  }

  @Test
  void invert_randomMatrices_giveIdentityProduct() {
    SplittableRandom random = new SplittableRandom(3);
    for (int trial = 0; trial < 20; trial++) {
      int n = 1 + random.nextInt(12);
      double[][] m = new double[n][n];
      for (double[] row : m) {
        for (int j = 0; j < n; j++) {
          row[j] = random.nextDouble() * 2 - 1;
        }
      }
      double[][] copy = new double[n][];
      for (int i = 0; i < n; i++) {
        copy[i] = m[i].clone();
      }

      double[][] inverse = LeontiefInverse.invert(m);
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          double sum = 0;
          for (int k = 0; k < n; k++) {
            sum += copy[i][k] * inverse[k][j];
          }
          assertThat(sum).as("trial %d (%d, %d)", trial, i, j).isCloseTo(i == j ? 1 : 0, within(1e-8));
        }
      }
    }
  }

  @Test
  void of_unproductiveChain_throws() {
    ValueChain chain = ValueChain.builder()
        .actor("m", Role.M)
        .goods("m", "m", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build().withInputCoefficient(1.2))
        .build();

    assertThatThrownBy(() -> LeontiefInverse.of(CompiledChain.compile(chain)))
        .isInstanceOf(UnproductiveChainException.class)
        .hasMessageContaining("(loop m -> m)");
  }

  @Test
  void of_tooManyActors_throws() {
    ValueChain.Builder builder = ValueChain.builder();
    for (int i = 0; i <= LeontiefInverse.MAX_ACTORS; i++) {
      builder.actor("m" + i, Role.M);
    }
    CompiledChain chain = CompiledChain.compile(builder.build());

    assertThatThrownBy(() -> LeontiefInverse.of(chain))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actor count must be at most 2000 for a dense Leontief inverse but was 2001"
            + " (use SteadyStateSolver for large chains)");
  }

  @Test
  void output_rejectsWrongDemand() {
    LeontiefInverse inverse = LeontiefInverse.of(CompiledChain.compile(MillerBlair.chain(1, 1)));

    assertThatThrownBy(() -> inverse.output(new double[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("finalDemand length must be the actor count 2 but was 3");
    assertThatThrownBy(() -> inverse.output(new double[] {1, Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("final demand must be finite but was NaN (actor ");
    assertThatThrownBy(() -> inverse.entry(2, 0)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
