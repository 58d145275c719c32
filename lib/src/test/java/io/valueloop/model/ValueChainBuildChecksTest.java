package io.valueloop.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/**
 * Pins the problems that {@link ValueChain.Builder#build()} reports in the cases its fast paths skip or shortcut:
 * payments looked up from either end, shares summed without grouping, shared terms checked once, and flow ends
 * reused from the previous flow.
 */
class ValueChainBuildChecksTest {

  private static final GoodsTerms GOODS = GoodsTerms.builder().price(2).leadTime(1).orderDelay(0).build();

  @Test
  void build_acceptsPaymentsFoundFromEitherEnd() {
    ValueChain.Builder builder = ValueChain.builder().actor("hub", Role.S).actor("b", Role.B);
    // The hub has more flows than b: its payment from b is found among b's few incoming flows.
    for (int i = 0; i < 5; i++) {
      builder.actor("m" + i, Role.M).trade("m" + i, "hub", GOODS.withShare(0.2));
    }
    ValueChain chain = builder.trade("hub", "b", GOODS).build();

    assertThat(chain.flowCount()).isEqualTo(12);
  }

  @Test
  void build_reportsUnpairedPaymentsWhicheverEndIsSmaller() {
    ValueChain.Builder builder = ValueChain.builder().actor("hub", Role.S).actor("b", Role.B).actor("c", Role.C);
    for (int i = 0; i < 5; i++) {
      builder.actor("b" + i, Role.B).trade("hub", "b" + i, GOODS);
    }
    builder.flow("b", "hub", MoneyTerms.PAYMENT)
        .trade("b", "c", GOODS)
        .flow("hub", "b", MoneyTerms.PAYMENT);

    ChainValidationException error = catchThrowableOfType(ChainValidationException.class, builder::build);

    assertThat(error.problems()).containsExactly(
        "money flow must be a payment for a goods flow hub->b but was unpaired (MONEY b->hub)",
        "money flow must be a payment for a goods flow b->hub but was unpaired (MONEY hub->b)");
  }

  @Test
  void build_reportsWrongShareSumsOfOneOrSeveralInputs() {
    ValueChain.Builder builder = ValueChain.builder()
        .actor("s1", Role.S).actor("s2", Role.S).actor("m", Role.M).actor("b", Role.B).actor("c", Role.C)
        .trade("s1", "b", GOODS.withShare(0.5))
        .trade("s2", "b", GOODS.withShare(0.25))
        .trade("s1", "c", GOODS.withShare(0.5))
        .trade("m", "c", GOODS.withShare(0.7).withInput("S"))
        .trade("b", "c", GOODS.withShare(0.5));

    ChainValidationException error = catchThrowableOfType(ChainValidationException.class, builder::build);

    assertThat(error.problems()).containsExactly(
        "shares of input 'S' of buyer b must add to 1 but was 0.75 (from s1, s2)",
        "shares of input 'S' of buyer c must add to 1 but was 1.2 (from s1, m)",
        "shares of input 'B' of buyer c must add to 1 but was 0.5 (from b)");
  }

  @Test
  void build_reportsInvalidSharedTermsOnEveryFlow() {
    GoodsTerms negative = GOODS.withPrice(-1);
    ValueChain.Builder builder = ValueChain.builder()
        .actor("s", Role.S).actor("b1", Role.B).actor("b2", Role.B)
        .trade("s", "b1", negative)
        .trade("s", "b2", negative);

    ChainValidationException error = catchThrowableOfType(ChainValidationException.class, builder::build);

    assertThat(error.problems()).containsExactly(
        "price must be finite and non-negative but was -1.0 (GOODS s->b1)",
        "price must be finite and non-negative but was -1.0 (GOODS s->b2)");
  }

  @Test
  void build_reportsUnknownEndsOfConsecutiveFlows() {
    ValueChain.Builder builder = ValueChain.builder()
        .actor("b", Role.B)
        .trade("b", "ghost", GOODS)
        .data("ghost", "b", 1)
        .data("b", "ghost", 1);

    ChainValidationException error = catchThrowableOfType(ChainValidationException.class, builder::build);

    assertThat(error.problems()).containsExactly(
        "flow target must be a known actor id but was 'ghost' (GOODS b->ghost)",
        "flow source must be a known actor id but was 'ghost' (MONEY ghost->b)",
        "flow source must be a known actor id but was 'ghost' (DATA ghost->b)",
        "flow target must be a known actor id but was 'ghost' (DATA b->ghost)");
  }

  @Test
  void build_reportsRolesOfFlowsWhoseEndsRepeat() {
    ValueChain.Builder builder = ValueChain.builder()
        .actor("c", Role.C).actor("p", Role.P)
        .goods("c", "p", GOODS)
        .service("c", "p", ServiceTerms.fee(1));

    ChainValidationException error = catchThrowableOfType(ChainValidationException.class, builder::build);

    assertThat(error.problems()).containsExactly(
        "GOODS flow roles must be allowed by FlowKind.GOODS but was C->P (GOODS c->p)",
        "SERVICE flow roles must be allowed by FlowKind.SERVICE but was C->P (SERVICE c->p)");
  }

  @Test
  void build_reportsZeroDelayCyclesButNotSingleActors() {
    GoodsTerms instant = GoodsTerms.builder().price(1).leadTime(0).orderDelay(0).build();
    ValueChain.Builder builder = ValueChain.builder()
        .actor("a", Role.B).actor("b", Role.B).actor("m", Role.M)
        .goods("a", "b", instant)
        .goods("b", "a", instant)
        .goods("m", "m", instant.withInputCoefficient(0.1))
        .goods("m", "a", instant.withInput("M2"));

    ChainValidationException error = catchThrowableOfType(ChainValidationException.class, builder::build);

    assertThat(error.problems()).containsExactly(
        "goods cycle total delay must be positive but was 0 (cycle through a, b)",
        "goods cycle total delay must be positive but was 0 (self-flow of m)");
  }
}
