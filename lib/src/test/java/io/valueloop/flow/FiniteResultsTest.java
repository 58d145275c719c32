package io.valueloop.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.valueloop.analysis.Concentration;
import io.valueloop.model.Actor;
import io.valueloop.model.ChainValidationException;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Limits;
import io.valueloop.model.Role;
import io.valueloop.model.ServiceTerms;
import io.valueloop.model.ValueChain;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 point 3: finite but huge inputs are refused at validation with the bound they break, inputs at the bounds
 * give finite results, and a chain deep enough to overflow anyway stops with a message naming actor and quantity.
 */
class FiniteResultsTest {
  private static final double MAX = Limits.MAX_AMOUNT;

  private static ValueChain.Builder shop(double demand, double price, double coefficient) {
    return ValueChain.builder()
        .actor(Actor.builder().id("s").role(Role.S).build())
        .actor(Actor.builder().id("b").role(Role.B).build())
        .actor(Actor.builder().id("c").role(Role.C).demand(demand).build())
        .trade("s", "b", GoodsTerms.builder().price(price).leadTime(1).inputCoefficient(coefficient).build())
        .trade("b", "c", GoodsTerms.builder().price(price).leadTime(1).build());
  }

  @Test
  void build_hugeFiniteInputs_areRefusedNamingTheBoundAndTheActorOrFlow() {
    assertThatThrownBy(() -> shop(1e308, 1, 1).build())
        .isInstanceOf(ChainValidationException.class)
        .hasMessageContaining("demand must be at most 1e12 but was 1.0E308 (actor c)");
    assertThatThrownBy(() -> shop(1e10, 1e300, 1).build())
        .hasMessageContaining("price must be at most 1e12 but was 1.0E300 (GOODS s->b)")
        .hasMessageContaining("price must be at most 1e12 but was 1.0E300 (GOODS b->c)");
    assertThatThrownBy(() -> shop(1, 1, 1.79e308).build())
        .hasMessageContaining("inputCoefficient must be at most 1e6 but was 1.79E308 (GOODS s->b)");
    assertThatThrownBy(() -> shop(1, 1, 1)
        .actor(Actor.builder().id("m").role(Role.M).capacity(1e300).unitCost(1e13).holdingCost(1e13)
            .backlogCost(1e13).initialInventory(1e13).build())
        .service("s", "b", ServiceTerms.fee(1e13))
        .build())
        .isInstanceOfSatisfying(ChainValidationException.class, e -> assertThat(e.problems()).containsExactly(
            "capacity must be at most 1e12 (or infinite for unlimited) but was 1.0E300 (actor m)",
            "unitCost must be at most 1e12 but was 1.0E13 (actor m)",
            "holdingCost must be at most 1e12 but was 1.0E13 (actor m)",
            "backlogCost must be at most 1e12 but was 1.0E13 (actor m)",
            "initialInventory must be at most 1e12 but was 1.0E13 (actor m)",
            "fee must be at most 1e12 but was 1.0E13 (SERVICE s->b)"));
  }

  @Test
  void solve_everyAmountAtItsBound_givesFiniteSharesCostsAndConcentration() {
    ValueChain chain = ValueChain.builder()
        .actor(Actor.builder().id("m").role(Role.M).unitCost(MAX).build())
        .actor(Actor.builder().id("s").role(Role.S).unitCost(MAX).build())
        .actor(Actor.builder().id("b").role(Role.B).unitCost(MAX).build())
        .actor(Actor.builder().id("c").role(Role.C).demand(MAX).build())
        .trade("m", "s", GoodsTerms.builder().price(MAX).leadTime(1).inputCoefficient(Limits.MAX_INPUT_COEFFICIENT)
            .build())
        .trade("s", "b", GoodsTerms.builder().price(MAX).leadTime(1).inputCoefficient(Limits.MAX_INPUT_COEFFICIENT)
            .build())
        .trade("b", "c", GoodsTerms.builder().price(MAX).leadTime(1).build())
        .service("s", "b", ServiceTerms.fee(MAX))
        .build();
    CompiledChain compiled = CompiledChain.compile(chain);

    SteadyState state = SteadyStateSolver.defaults().solve(compiled);
    ValueCapture capture = state.valueCapture().orElseThrow();
    LeontiefInverse inverse = LeontiefInverse.of(compiled);
    Concentration concentration = Concentration.of(chain);

    for (int i = 0; i < compiled.actorCount(); i++) {
      assertThat(state.output(i)).isFinite();
      assertThat(state.statement(i).profit()).isFinite();
      assertThat(capture.share(i)).isFinite();
      assertThat(capture.costShare(i)).isFinite();
      assertThat(inverse.outputMultiplier(i)).isFinite();
    }
    assertThat(capture.shareByRole().values()).allSatisfy(share -> assertThat(share).isFinite());
    assertThat(concentration.roleIndex().values()).isNotEmpty().allSatisfy(index -> assertThat(index).isFinite());
  }

  /**
   * A serial chain of {@code tiers} manufacturers selling at {@code price}, each needing {@code 1e6} units of the one
   * above per unit, and consumers of demand 1e12 buying from the last at price 1.
   */
  private static CompiledChain deepChain(int tiers, double price) {
    ValueChain.Builder builder = ValueChain.builder();
    for (int t = 0; t < tiers; t++) {
      builder.actor(Actor.builder().id("m" + t).role(Role.M).build());
    }
    builder.actor(Actor.builder().id("c").role(Role.C).demand(MAX).build());
    for (int t = 0; t + 1 < tiers; t++) {
      builder.trade("m" + t, "m" + (t + 1), GoodsTerms.builder().price(price).leadTime(1)
          .inputCoefficient(Limits.MAX_INPUT_COEFFICIENT).build());
    }
    builder.trade("m" + (tiers - 1), "c", GoodsTerms.builder().price(1).leadTime(1).build());
    return CompiledChain.compile(builder.build());
  }

  @Test
  void solve_chainDeepEnoughToOverflow_stopsNamingTheActorAndTheQuantity() {
    assertThatThrownBy(() -> SteadyStateSolver.defaults().solve(deepChain(60, 1)))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageStartingWith("gross output must be finite (within the range of a double) but was Infinity (actor m");
  }

  @Test
  void solve_moneyOverflowingWhereOutputsDoNot_stopsNamingTheActorAndTheQuantity() {
    // Outputs reach about 1e12 · 1e6^49 = 1e306; money at price 1e12 overflows.
    CompiledChain chain = deepChain(50, MAX);

    assertThatThrownBy(() -> SteadyStateSolver.defaults().solve(chain))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageMatching("(revenue|purchases) must be finite \\(within the range of a double\\) but was Infinity"
            + " \\(actor m\\d+\\)");
  }

  @Test
  void leontiefInverse_chainDeepEnoughToOverflow_throwsTheDocumentedArithmeticException() {
    assertThatThrownBy(() -> LeontiefInverse.of(deepChain(60, 1)))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("must be finite (within the range of a double) but was")
        .hasMessageContaining("actor m");
  }

  @Test
  void leontiefInverse_deepChainWithLargeCoefficientsThatFits_matchesTheSteadyState() {
    // Entries of the inverse reach 1e234 and outputs 1e246: large but finite, and the two methods agree.
    CompiledChain chain = deepChain(40, 1);

    LeontiefInverse inverse = LeontiefInverse.of(chain);
    SteadyState state = SteadyStateSolver.defaults().solve(chain);

    double[] demand = new double[chain.actorCount()];
    demand[chain.indexOf("c").orElseThrow()] = MAX;
    double[] output = inverse.output(demand);
    for (int i = 0; i < chain.actorCount(); i++) {
      assertThat(output[i]).as(chain.id(i)).isFinite().isCloseTo(state.output(i), withinPercentage(1e-9));
    }
    assertThat(state.output("m0")).isCloseTo(1e12 * Math.pow(1e6, 39), withinPercentage(1e-9));
  }
}
