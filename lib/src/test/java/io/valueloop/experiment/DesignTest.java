package io.valueloop.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DesignTest {
  @Test
  void fullFactorial_twoFactors_visitsEveryCombinationLastFastest() {
    Design design = Design.fullFactorial(List.of(Factor.levels("a", 1, 2), Factor.levels("b", 10, 20, 30)));

    assertThat(design.points()).extracting(DesignPoint::label).containsExactly("a=1.0, b=10.0", "a=1.0, b=20.0",
        "a=1.0, b=30.0", "a=2.0, b=10.0", "a=2.0, b=20.0", "a=2.0, b=30.0");
    assertThat(design.points().get(4).value("b")).isEqualTo(20.0);
  }

  @Test
  void latinHypercube_eachFactorUsesEveryStratumOnce() {
    int n = 50;
    Design design = Design.latinHypercube(List.of(Factor.range("x", 0, 1), Factor.range("y", -10, 10)), n, 7);

    for (String factor : List.of("x", "y")) {
      Factor f = design.factors().stream().filter(g -> g.name().equals(factor)).findFirst().orElseThrow();
      int[] strata = design.points().stream()
          .mapToInt(p -> (int) Math.floor((p.value(factor) - f.min()) / (f.max() - f.min()) * n))
          .sorted().toArray();
      int[] expected = new int[n];
      Arrays.setAll(expected, i -> i);
      assertThat(strata).containsExactly(expected);
    }
  }

  @Test
  void latinHypercube_sameSeedSamePoints_otherSeedOtherPoints() {
    List<Factor> factors = List.of(Factor.range("x", 0, 1), Factor.levels("z", 0, 1, 2));

    assertThat(Design.latinHypercube(factors, 9, 3).points()).isEqualTo(Design.latinHypercube(factors, 9, 3).points());
    assertThat(Design.latinHypercube(factors, 9, 3).points()).isNotEqualTo(Design.latinHypercube(factors, 9, 4)
        .points());
  }

  @Test
  void latinHypercube_levelsFactor_takesEachLevelEquallyOften() {
    Design design = Design.latinHypercube(List.of(Factor.levels("z", 0, 1, 2)), 9, 11);

    assertThat(design.points().stream().mapToDouble(p -> p.value("z")).sorted().toArray())
        .containsExactly(0, 0, 0, 1, 1, 1, 2, 2, 2);
  }

  @Test
  void designs_rejectBadFactorsAndCounts() {
    assertThatThrownBy(() -> Design.fullFactorial(List.of(Factor.range("x", 0, 1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("factor must have levels");
    assertThatThrownBy(() -> Design.fullFactorial(List.of(Factor.levels("x", 1), Factor.levels("x", 2))))
        .hasMessageContaining("'x' appeared twice");
    assertThatThrownBy(() -> Design.latinHypercube(List.of(Factor.range("x", 0, 1)), 0, 1))
        .hasMessageContaining("must be in [1, 1000000] but was 0");
    assertThatThrownBy(() -> Factor.range("x", 2, 1)).hasMessageContaining("min <= max");
    assertThatThrownBy(() -> Factor.levels("x")).hasMessageContaining("levels must be non-empty");
    assertThatThrownBy(() -> Design.fullFactorial(List.of())).hasMessageContaining("factors must be non-empty");
  }

  @Test
  void point_unknownFactor_isRejected() {
    DesignPoint point = Design.fullFactorial(List.of(Factor.levels("a", 1))).points().get(0);

    assertThatThrownBy(() -> point.value("b")).hasMessage("factor must be one of [a] but was 'b' (design point 0)");
  }
}
