package io.valueloop.model;

import static io.valueloop.model.ModelFixtures.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule of {@link ValueChain.Builder#build()}, each with its exact message. */
class ValueChainValidationTest {

  private static final String FINITE = "finite and non-negative";
  private static final String UNLIMITED = "non-negative (or infinite for unlimited)";

  /** A valid trade s -> b with the given goods terms, ready for one more flow or actor. */
  private static ValueChain.Builder tradeWith(GoodsTerms terms) {
    return ValueChain.builder().actor("s", Role.S).actor("b", Role.B).trade("s", "b", terms);
  }


  @Test
  void build_acceptsTheClosedLoop() {
    assertThat(problemsOf(ModelFixtures.closedLoopBuilder())).isEmpty();
  }

  @Test
  void build_rejectsAnEmptyChain() {
    assertThat(problemsOf(ValueChain.builder())).containsExactly(
        "actor count must be positive but was 0 (a value chain needs at least one actor)");
  }

  @Test
  void build_acceptsActorsWithoutFlows() {
    assertThat(ValueChain.builder().actor("s", Role.S).actor("p", Role.P).build().actorCount()).isEqualTo(2);
  }


  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void build_rejectsBlankActorIdAndTheNameThatDefaultsToIt(String id) {
    assertThat(problemsOf(ValueChain.builder().actor("s", Role.S).actor(id, Role.B))).containsExactly(
        "actor id must be non-blank but was '" + id + "' (actor #1)",
        "actor name must be non-blank but was '" + id + "' (actor #1)");
  }

  @Test
  void build_rejectsBlankIdWithANameOnlyOnce() {
    Actor actor = Actor.builder().id("").name("Anonymous shop").role(Role.B).build();

    assertThat(problemsOf(ValueChain.builder().actor(actor)))
        .containsExactly("actor id must be non-blank but was '' (actor #0)");
  }

  @Test
  void build_rejectsDuplicateActorIds() {
    ValueChain.Builder builder = ValueChain.builder()
        .actor("a", Role.S)
        .actor("b", Role.B)
        .actor("a", Role.B)
        .actor("a", Role.C);

    assertThat(problemsOf(builder)).containsExactly(
        "actor id must be unique but was 'a' (actors #0 and #2)",
        "actor id must be unique but was 'a' (actors #0 and #3)");
  }

  @Test
  void build_rejectsDuplicateIdsEvenWhenTheActorsAreEqual() {
    assertThat(problemsOf(ValueChain.builder().actor("a", Role.S).actor("a", Role.S)))
        .containsExactly("actor id must be unique but was 'a' (actors #0 and #1)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void build_rejectsBlankActorName(String name) {
    Actor actor = Actor.builder().id("shop").name(name).role(Role.B).build();

    assertThat(problemsOf(ValueChain.builder().actor(actor)))
        .containsExactly("actor name must be non-blank but was '" + name + "' (actor shop)");
  }

  /** Actor parameters: name, setter, a rejected value, its printed form, the rule. */
  static Stream<Arguments> badActorParameters() {
    List<Arguments> cases = new ArrayList<>();
    List<String> finite = List.of("unitCost", "holdingCost", "backlogCost", "initialInventory", "demand");
    double[] badFinite = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -1, -Double.MIN_VALUE};
    for (String parameter : finite) {
      for (double value : badFinite) {
        cases.add(Arguments.of(parameter, value, FINITE));
      }
    }
    for (double value : new double[] {Double.NaN, Double.NEGATIVE_INFINITY, -1}) {
      cases.add(Arguments.of("capacity", value, UNLIMITED));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("badActorParameters")
  void build_rejectsBadActorParameter(String parameter, double value, String rule) {
    Actor actor = withParameter(Actor.builder().id("a").role(Role.M), parameter, value).build();

    assertThat(problemsOf(ValueChain.builder().actor(actor)))
        .containsExactly(parameter + " must be " + rule + " but was " + value + " (actor a)");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"capacity", "unitCost", "holdingCost", "backlogCost", "initialInventory", "demand"})
  void build_acceptsZeroActorParameter(String parameter) {
    Actor actor = withParameter(Actor.builder().id("a").role(Role.M), parameter, 0).build();

    assertThat(problemsOf(ValueChain.builder().actor(actor))).isEmpty();
  }

  @Test
  void build_acceptsUnlimitedCapacity() {
    Actor actor = Actor.builder().id("a").role(Role.M).capacity(Double.POSITIVE_INFINITY).build();

    assertThat(problemsOf(ValueChain.builder().actor(actor))).isEmpty();
  }

  @Test
  void build_reportsEveryBadParameterOfOneActorInOrder() {
    Actor actor = Actor.builder().id("a").role(Role.B)
        .capacity(-2).unitCost(-1).holdingCost(Double.NaN).backlogCost(Double.POSITIVE_INFINITY)
        .initialInventory(-3).demand(-4).build();

    assertThat(problemsOf(ValueChain.builder().actor(actor))).containsExactly(
        "capacity must be " + UNLIMITED + " but was -2.0 (actor a)",
        "unitCost must be " + FINITE + " but was -1.0 (actor a)",
        "holdingCost must be " + FINITE + " but was NaN (actor a)",
        "backlogCost must be " + FINITE + " but was Infinity (actor a)",
        "initialInventory must be " + FINITE + " but was -3.0 (actor a)",
        "demand must be " + FINITE + " but was -4.0 (actor a)");
  }

  @Test
  void build_namesABlankActorByIndexInItsParameterProblems() {
    Actor actor = Actor.builder().id(" ").name("Nameless").role(Role.B).demand(-1).build();

    assertThat(problemsOf(ValueChain.builder().actor(actor))).containsExactly(
        "actor id must be non-blank but was ' ' (actor #0)",
        "demand must be " + FINITE + " but was -1.0 (actor #0)");
  }

  private static Actor.Builder withParameter(Actor.Builder builder, String parameter, double value) {
    switch (parameter) {
      case "capacity":
        return builder.capacity(value);
      case "unitCost":
        return builder.unitCost(value);
      case "holdingCost":
        return builder.holdingCost(value);
      case "backlogCost":
        return builder.backlogCost(value);
      case "initialInventory":
        return builder.initialInventory(value);
      case "demand":
        return builder.demand(value);
      default:
        throw new IllegalArgumentException(parameter);
    }
  }


  @Test
  void build_rejectsUnknownFlowSource() {
    assertThat(problemsOf(ValueChain.builder().actor("s", Role.S).data("x", "s", 0)))
        .containsExactly("flow source must be a known actor id but was 'x' (DATA x->s)");
  }

  @Test
  void build_rejectsUnknownFlowTarget() {
    assertThat(problemsOf(ValueChain.builder().actor("s", Role.S).service("s", "y", ServiceTerms.fee(1))))
        .containsExactly("flow target must be a known actor id but was 'y' (SERVICE s->y)");
  }

  @Test
  void build_rejectsBothUnknownEnds() {
    assertThat(problemsOf(ValueChain.builder().actor("s", Role.S).goods("x", "y", GoodsTerms.defaults())))
        .containsExactly(
            "flow source must be a known actor id but was 'x' (GOODS x->y)",
            "flow target must be a known actor id but was 'y' (GOODS x->y)");
  }

  @Test
  void build_rejectsFlowsInAChainWithoutActors() {
    assertThat(problemsOf(ValueChain.builder().data("x", "y", 1))).containsExactly(
        "flow source must be a known actor id but was 'x' (DATA x->y)",
        "flow target must be a known actor id but was 'y' (DATA x->y)");
  }

  @Test
  void build_idsAreCaseSensitive() {
    assertThat(problemsOf(ValueChain.builder().actor("s", Role.S).actor("c", Role.C).data("c", "S", 0)))
        .containsExactly("flow target must be a known actor id but was 'S' (DATA c->S)");
  }


  @ParameterizedTest
  @EnumSource(value = FlowKind.class, names = {"DATA", "SERVICE"})
  void build_rejectsADuplicateFlowOfAKind(FlowKind kind) {
    FlowTerms terms = kind == FlowKind.DATA ? DataTerms.of(1) : ServiceTerms.fee(1);
    ValueChain.Builder builder = ValueChain.builder().actor("s", Role.S).actor("b", Role.B)
        .flow("s", "b", terms)
        .flow("s", "b", terms);

    assertThat(problemsOf(builder))
        .containsExactly(kind + " flow must be unique between two actors but was repeated (" + kind + " s->b)");
  }

  @Test
  void build_reportsAFlowRepeatedThreeTimesOnce() {
    ValueChain.Builder builder = ValueChain.builder().actor("s", Role.S).actor("b", Role.B)
        .data("s", "b", 1)
        .data("s", "b", 2)
        .data("s", "b", 3);

    assertThat(problemsOf(builder))
        .containsExactly("DATA flow must be unique between two actors but was repeated (DATA s->b)");
  }

  @Test
  void build_rejectsARepeatedTradeAsDuplicateGoodsAndMoney() {
    ValueChain.Builder builder = tradeWith(GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build().withShare(0.5))
        .trade("s", "b", GoodsTerms.builder().price(2).leadTime(1).orderDelay(0).build().withShare(0.5));

    assertThat(problemsOf(builder)).containsExactly(
        "GOODS flow must be unique between two actors but was repeated (GOODS s->b)",
        "MONEY flow must be unique between two actors but was repeated (MONEY b->s)");
  }

  @Test
  void build_reportsEachRepeatedPairSeparately() {
    ValueChain.Builder builder = ValueChain.builder().actor("s", Role.S).actor("b", Role.B).actor("c", Role.C)
        .data("c", "s", 0)
        .data("c", "b", 0)
        .data("c", "s", 1)
        .data("c", "b", 1);

    assertThat(problemsOf(builder)).containsExactlyInAnyOrder(
        "DATA flow must be unique between two actors but was repeated (DATA c->s)",
        "DATA flow must be unique between two actors but was repeated (DATA c->b)");
  }

  @Test
  void build_acceptsFlowsOfEveryKindBetweenTheSameTwoActors() {
    ValueChain.Builder builder = ValueChain.builder().actor("s", Role.S).actor("b", Role.B)
        .trade("s", "b", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build())
        .data("s", "b", 0)
        .data("b", "s", 0)
        .service("s", "b", ServiceTerms.fee(1))
        .service("b", "s", ServiceTerms.fee(1));

    assertThat(problemsOf(builder)).isEmpty();
  }


  /** Every (kind, source role, target role) between two different actors. */
  static Stream<Arguments> roleCombinations() {
    List<Arguments> cases = new ArrayList<>();
    for (FlowKind kind : FlowKind.values()) {
      for (Role source : Role.values()) {
        for (Role target : Role.values()) {
          cases.add(Arguments.of(kind, source, target));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}->{2}")
  @MethodSource("roleCombinations")
  void build_enforcesFlowKindAllows(FlowKind kind, Role source, Role target) {
    ValueChain.Builder builder = ValueChain.builder().actor("x", source).actor("y", target)
        .flow("x", "y", termsOf(kind));
    String roleProblem = kind + " flow roles must be allowed by FlowKind." + kind
        + " but was " + source + "->" + target + " (" + kind + " x->y)";

    List<String> problems = problemsOf(builder);

    if (kind.allows(source, target)) {
      assertThat(problems).doesNotContain(roleProblem);
    } else {
      assertThat(problems).contains(roleProblem);
    }
    if (kind != FlowKind.MONEY) {
      // Without a goods flow back, a money flow is also unpaired; every other kind stands alone.
      assertThat(problems).containsExactlyElementsOf(kind.allows(source, target) ? List.of() : List.of(roleProblem));
    }
  }

  @Test
  void build_rejectsGoodsFromAConsumer() {
    ValueChain.Builder builder = ValueChain.builder().actor("c", Role.C).actor("b", Role.B)
        .goods("c", "b", GoodsTerms.defaults());

    assertThat(problemsOf(builder))
        .containsExactly("GOODS flow roles must be allowed by FlowKind.GOODS but was C->B (GOODS c->b)");
  }

  @Test
  void build_rejectsMoneyToAConsumer() {
    ValueChain.Builder builder = ValueChain.builder().actor("b", Role.B).actor("c", Role.C)
        .trade("c", "b", GoodsTerms.defaults());

    assertThat(problemsOf(builder)).containsExactly(
        "GOODS flow roles must be allowed by FlowKind.GOODS but was C->B (GOODS c->b)",
        "MONEY flow roles must be allowed by FlowKind.MONEY but was B->C (MONEY b->c)");
  }

  private static FlowTerms termsOf(FlowKind kind) {
    switch (kind) {
      case GOODS:
        return GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build();
      case MONEY:
        return MoneyTerms.PAYMENT;
      case DATA:
        return DataTerms.of(1);
      case SERVICE:
        return ServiceTerms.fee(1);
      default:
        throw new IllegalArgumentException(kind.toString());
    }
  }


  @ParameterizedTest
  @EnumSource(value = FlowKind.class, names = {"DATA", "SERVICE"})
  void build_rejectsSelfFlowOfNonGoodsKind(FlowKind kind) {
    ValueChain.Builder builder = ValueChain.builder().actor("s", Role.S).flow("s", "s", termsOf(kind));

    assertThat(problemsOf(builder))
        .containsExactly(kind + " flow ends must be two different actors but was the same actor (" + kind + " s->s)");
  }

  @Test
  void build_rejectsMoneySelfFlowEvenWithGoodsSelfFlow() {
    ValueChain.Builder builder = ValueChain.builder().actor("m", Role.M).trade("m", "m", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build());

    assertThat(problemsOf(builder))
        .containsExactly("MONEY flow ends must be two different actors but was the same actor (MONEY m->m)");
  }

  @Test
  void build_acceptsGoodsSelfFlowWithDelay() {
    ValueChain.Builder builder = ValueChain.builder().actor("m", Role.M)
        .goods("m", "m", GoodsTerms.builder().price(0).leadTime(1).orderDelay(0).build().withInputCoefficient(0.1));

    assertThat(problemsOf(builder)).isEmpty();
  }


  @Test
  void details_nameTheActorOrFlowAtFault() {
    ValueChain.Builder builder = ValueChain.builder()
        .actor(Actor.builder().id("s").role(Role.S).demand(-1).build())
        .actor("b", Role.B)
        .trade("s", "b", GoodsTerms.builder().price(-2).leadTime(1).orderDelay(0).build())
        .goods("s", "b", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build().withShare(0.5).withInput("extra"));

    assertThatThrownBy(builder::build).isInstanceOfSatisfying(ChainValidationException.class, e -> {
      assertThat(e.details()).extracting(ChainValidationException.Problem::message)
          .containsExactlyElementsOf(e.problems());
      assertThat(e.details()).extracting(ChainValidationException.Problem::what)
          .containsExactly("demand", "price", "GOODS flow", "");
      assertThat(e.details().get(0).actor()).hasValue(0);
      assertThat(e.details().get(0).flow()).isEmpty();
      assertThat(e.details().get(1).flow()).hasValue(0);
      assertThat(e.details().get(1).actor()).isEmpty();
      assertThat(e.details().get(3).actor()).hasValue(1);
    });
  }

  /** Goods terms with one bad value, the message parameter, the printed value and the rule. */
  static Stream<Arguments> badGoodsTerms() {
    GoodsTerms ok = GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build();
    return Stream.of(
        Arguments.of(ok.withPrice(-1), "price", "-1.0", FINITE),
        Arguments.of(ok.withPrice(Double.NaN), "price", "NaN", FINITE),
        Arguments.of(ok.withPrice(Double.POSITIVE_INFINITY), "price", "Infinity", FINITE),
        Arguments.of(ok.withLeadTime(-1), "leadTime", "-1", "non-negative"),
        Arguments.of(ok.withLeadTime(Integer.MIN_VALUE), "leadTime", "-2147483648", "non-negative"),
        Arguments.of(ok.withOrderDelay(-2), "orderDelay", "-2", "non-negative"),
        Arguments.of(ok.withOrderDelay(Integer.MAX_VALUE), "orderDelay + leadTime", "2147483648",
            "at most 2147483647 ticks"),
        Arguments.of(ok.withCapacity(-1), "capacity", "-1.0", UNLIMITED),
        Arguments.of(ok.withCapacity(Double.NaN), "capacity", "NaN", UNLIMITED),
        Arguments.of(ok.withCapacity(Double.NEGATIVE_INFINITY), "capacity", "-Infinity", UNLIMITED),
        Arguments.of(ok.withInputCoefficient(-0.5), "inputCoefficient", "-0.5", FINITE),
        Arguments.of(ok.withInputCoefficient(Double.NaN), "inputCoefficient", "NaN", FINITE),
        Arguments.of(ok.withInputCoefficient(Double.POSITIVE_INFINITY), "inputCoefficient", "Infinity", FINITE));
  }

  @ParameterizedTest(name = "{1} = {2}")
  @MethodSource("badGoodsTerms")
  void build_rejectsBadGoodsTerms(GoodsTerms terms, String parameter, String value, String rule) {
    assertThat(problemsOf(tradeWith(terms)))
        .containsExactly(parameter + " must be " + rule + " but was " + value + " (GOODS s->b)");
  }

  @Test
  void build_acceptsBoundaryGoodsTerms() {
    GoodsTerms terms = new GoodsTerms(0, 0, 0, 0, 1, 0, "");

    assertThat(problemsOf(tradeWith(terms))).isEmpty();
    assertThat(problemsOf(tradeWith(terms.withCapacity(Double.POSITIVE_INFINITY)))).isEmpty();
    assertThat(problemsOf(tradeWith(terms.withLeadTime(Integer.MAX_VALUE)))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -0.25, 1.5, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY})
  void build_rejectsShareOutsideUnitInterval(double share) {
    // The share also breaks the sum of the buyer's input, which is reported after the terms.
    assertThat(problemsOf(tradeWith(GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build().withShare(share)))).containsExactly(
        "share must be in (0, 1] but was " + share + " (GOODS s->b)",
        "shares of input 'S' of buyer b must add to 1 but was " + share + " (from s)");
  }

  @Test
  void build_rejectsNaNShareOnce() {
    assertThat(problemsOf(tradeWith(GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build().withShare(Double.NaN))))
        .containsExactly("share must be in (0, 1] but was NaN (GOODS s->b)");
  }

  @Test
  void build_acceptsTinyShareCompletedByAnotherSeller() {
    ValueChain.Builder builder = ValueChain.builder().actor("s1", Role.S).actor("s2", Role.S).actor("b", Role.B)
        .trade("s1", "b", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build().withShare(1e-12))
        .trade("s2", "b", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build().withShare(1 - 1e-12));

    assertThat(problemsOf(builder)).isEmpty();
  }


  @Test
  void build_rejectsNegativeDataDelay() {
    ValueChain.Builder builder = ValueChain.builder().actor("c", Role.C).actor("s", Role.S).data("c", "s", -1);

    assertThat(problemsOf(builder)).containsExactly("delay must be non-negative but was -1 (DATA c->s)");
  }

  @Test
  void build_acceptsZeroDataDelay() {
    assertThat(problemsOf(ValueChain.builder().actor("c", Role.C).actor("s", Role.S).data("c", "s", 0))).isEmpty();
  }

  /** Service terms with one bad value, the message parameter, the printed value and the rule. */
  static Stream<Arguments> badServiceTerms() {
    return Stream.of(
        Arguments.of(ServiceTerms.fee(-1), "fee", "-1.0", FINITE),
        Arguments.of(ServiceTerms.fee(Double.NaN), "fee", "NaN", FINITE),
        Arguments.of(ServiceTerms.fee(Double.POSITIVE_INFINITY), "fee", "Infinity", FINITE),
        Arguments.of(ServiceTerms.takeRate(-0.01, FeeBase.REVENUE), "takeRate", "-0.01", "in [0, 1]"),
        Arguments.of(ServiceTerms.takeRate(1.01, FeeBase.PURCHASES), "takeRate", "1.01", "in [0, 1]"),
        Arguments.of(ServiceTerms.takeRate(Double.NaN, FeeBase.CONSUMER_REVENUE), "takeRate", "NaN", "in [0, 1]"));
  }

  @ParameterizedTest(name = "{1} = {2}")
  @MethodSource("badServiceTerms")
  void build_rejectsBadServiceTerms(ServiceTerms terms, String parameter, String value, String rule) {
    ValueChain.Builder builder = ValueChain.builder().actor("p", Role.P).actor("b", Role.B)
        .service("p", "b", terms);

    assertThat(problemsOf(builder))
        .containsExactly(parameter + " must be " + rule + " but was " + value + " (SERVICE p->b)");
  }

  @Test
  void build_rejectsFeeAndTakeRateTogether() {
    ValueChain.Builder builder = ValueChain.builder().actor("p", Role.P).actor("b", Role.B)
        .service("p", "b", new ServiceTerms(-5, 2, FeeBase.REVENUE));

    assertThat(problemsOf(builder)).containsExactly(
        "fee must be " + FINITE + " but was -5.0 (SERVICE p->b)",
        "takeRate must be in [0, 1] but was 2.0 (SERVICE p->b)");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, 0.5, 1.0})
  void build_acceptsTakeRateInUnitInterval(double takeRate) {
    ValueChain.Builder builder = ValueChain.builder().actor("p", Role.P).actor("b", Role.B)
        .service("p", "b", new ServiceTerms(0, takeRate, FeeBase.CONSUMER_REVENUE));

    assertThat(problemsOf(builder)).isEmpty();
  }


  @Test
  void build_rejectsUnpairedMoney() {
    ValueChain.Builder builder = ValueChain.builder().actor("s", Role.S).actor("b", Role.B)
        .flow("b", "s", MoneyTerms.PAYMENT);

    assertThat(problemsOf(builder))
        .containsExactly("money flow must be a payment for a goods flow s->b but was unpaired (MONEY b->s)");
  }

  @Test
  void build_rejectsMoneyInTheDirectionOfTheGoods() {
    ValueChain.Builder builder = ValueChain.builder().actor("s", Role.S).actor("b", Role.B)
        .goods("s", "b", GoodsTerms.defaults())
        .flow("s", "b", MoneyTerms.PAYMENT);

    assertThat(problemsOf(builder))
        .containsExactly("money flow must be a payment for a goods flow b->s but was unpaired (MONEY s->b)");
  }

  @Test
  void build_doesNotPairMoneyWithDataOrService() {
    ValueChain.Builder builder = ValueChain.builder().actor("s", Role.S).actor("b", Role.B)
        .data("s", "b", 0)
        .service("s", "b", ServiceTerms.fee(1))
        .flow("b", "s", MoneyTerms.PAYMENT);

    assertThat(problemsOf(builder))
        .containsExactly("money flow must be a payment for a goods flow s->b but was unpaired (MONEY b->s)");
  }

  @Test
  void build_acceptsGoodsWithoutPayment() {
    assertThat(problemsOf(ValueChain.builder().actor("s", Role.S).actor("b", Role.B)
        .goods("s", "b", GoodsTerms.defaults()))).isEmpty();
  }

  @Test
  void build_pairsMoneyAddedBeforeItsGoods() {
    ValueChain.Builder builder = ValueChain.builder()
        .flow("b", "s", MoneyTerms.PAYMENT)
        .actor("s", Role.S)
        .goods("s", "b", GoodsTerms.defaults())
        .actor("b", Role.B);

    assertThat(problemsOf(builder)).isEmpty();
  }


  @Test
  void build_rejectsDefaultInputSharesNotSummingToOne() {
    ValueChain.Builder builder = ValueChain.builder()
        .actor("b1", Role.B).actor("b2", Role.B).actor("c", Role.C)
        .trade("b1", "c", GoodsTerms.builder().price(8).leadTime(0).orderDelay(0).build().withShare(0.5))
        .trade("b2", "c", GoodsTerms.builder().price(9).leadTime(0).orderDelay(0).build().withShare(0.4));

    assertThat(problemsOf(builder))
        .containsExactly("shares of input 'B' of buyer c must add to 1 but was 0.9 (from b1, b2)");
  }

  @Test
  void build_rejectsTwoSoleSuppliersOfTheSameRole() {
    ValueChain.Builder builder = ValueChain.builder()
        .actor("b1", Role.B).actor("b2", Role.B).actor("c", Role.C)
        .trade("b2", "c", GoodsTerms.defaults())
        .trade("b1", "c", GoodsTerms.defaults());

    assertThat(problemsOf(builder))
        .containsExactly("shares of input 'B' of buyer c must add to 1 but was 2.0 (from b2, b1)");
  }

  @Test
  void build_splitsDefaultInputsByTheSellersRole() {
    // c buys all its 'S' input from s and all its 'B' input from b: two inputs, each complete.
    ValueChain.Builder builder = ValueChain.builder()
        .actor("s", Role.S).actor("b", Role.B).actor("c", Role.C)
        .trade("s", "c", GoodsTerms.defaults())
        .trade("b", "c", GoodsTerms.defaults());

    assertThat(problemsOf(builder)).isEmpty();
  }

  @Test
  void build_acceptsSharesSummingToOneWithinTolerance() {
    double third = 1.0 / 3;
    ValueChain.Builder builder = ValueChain.builder()
        .actor("b1", Role.B).actor("b2", Role.B).actor("b3", Role.B).actor("c", Role.C)
        .goods("b1", "c", GoodsTerms.defaults().withShare(third))
        .goods("b2", "c", GoodsTerms.defaults().withShare(third))
        .goods("b3", "c", GoodsTerms.defaults().withShare(third + 5e-10));

    assertThat(problemsOf(builder)).isEmpty();
  }

  @Test
  void build_rejectsSharesJustOutsideTolerance() {
    ValueChain.Builder builder = ValueChain.builder()
        .actor("b1", Role.B).actor("b2", Role.B).actor("c", Role.C)
        .goods("b1", "c", GoodsTerms.defaults().withShare(0.5))
        .goods("b2", "c", GoodsTerms.defaults().withShare(0.500001));

    assertThat(problemsOf(builder)).containsExactly(
        "shares of input 'B' of buyer c must add to 1 but was " + (0.5 + 0.500001) + " (from b1, b2)");
  }

  @Test
  void build_sumsExplicitInputsSeparately() {
    ValueChain.Builder builder = ValueChain.builder()
        .actor("m1", Role.M).actor("m2", Role.M).actor("m3", Role.M).actor("b", Role.B)
        .goods("m1", "b", GoodsTerms.defaults().withInput("flour").withShare(0.6))
        .goods("m2", "b", GoodsTerms.defaults().withInput("flour").withShare(0.4))
        .goods("m3", "b", GoodsTerms.defaults().withInput("sugar").withShare(0.5));

    assertThat(problemsOf(builder))
        .containsExactly("shares of input 'sugar' of buyer b must add to 1 but was 0.5 (from m3)");
  }

  @Test
  void build_reportsEachIncompleteInputOfABuyer() {
    ValueChain.Builder builder = ValueChain.builder()
        .actor("m1", Role.M).actor("m2", Role.M).actor("b", Role.B)
        .goods("m1", "b", GoodsTerms.defaults().withInput("flour").withShare(0.6))
        .goods("m2", "b", GoodsTerms.defaults().withInput("sugar").withShare(0.25));

    assertThat(problemsOf(builder)).containsExactly(
        "shares of input 'flour' of buyer b must add to 1 but was 0.6 (from m1)",
        "shares of input 'sugar' of buyer b must add to 1 but was 0.25 (from m2)");
  }

  @Test
  void build_explicitInputNamedLikeTheRoleLetterJoinsTheDefaultInput() {
    ValueChain.Builder builder = ValueChain.builder()
        .actor("m1", Role.M).actor("m2", Role.M).actor("b", Role.B)
        .goods("m1", "b", GoodsTerms.defaults().withShare(0.5))
        .goods("m2", "b", GoodsTerms.defaults().withInput("M").withShare(0.5));

    assertThat(problemsOf(builder)).isEmpty();
  }

  @Test
  void build_explicitInputNamesDoNotMixWithTheDefault() {
    ValueChain.Builder builder = ValueChain.builder()
        .actor("m1", Role.M).actor("m2", Role.M).actor("b", Role.B)
        .goods("m1", "b", GoodsTerms.defaults().withShare(0.5))
        .goods("m2", "b", GoodsTerms.defaults().withInput("steel").withShare(0.5));

    assertThat(problemsOf(builder)).containsExactly(
        "shares of input 'M' of buyer b must add to 1 but was 0.5 (from m1)",
        "shares of input 'steel' of buyer b must add to 1 but was 0.5 (from m2)");
  }

  @Test
  void build_checksSharesPerBuyer() {
    // The same seller may be the sole supplier of two buyers, each share 1.
    ValueChain.Builder builder = ValueChain.builder()
        .actor("s", Role.S).actor("b1", Role.B).actor("b2", Role.B)
        .trade("s", "b1", GoodsTerms.defaults())
        .trade("s", "b2", GoodsTerms.defaults().withShare(0.5));

    assertThat(problemsOf(builder))
        .containsExactly("shares of input 'S' of buyer b2 must add to 1 but was 0.5 (from s)");
  }


  @Test
  void build_rejectsZeroDelayGoodsSelfFlow() {
    ValueChain.Builder builder = ValueChain.builder().actor("m", Role.M)
        .goods("m", "m", GoodsTerms.defaults().withInputCoefficient(0.1));

    assertThat(problemsOf(builder))
        .containsExactly("goods cycle total delay must be positive but was 0 (self-flow of m)");
  }

  @Test
  void build_rejectsZeroDelayTwoActorCycle() {
    ValueChain.Builder builder = ValueChain.builder().actor("s", Role.S).actor("b", Role.B)
        .goods("s", "b", GoodsTerms.defaults())
        .goods("b", "s", GoodsTerms.defaults());

    assertThat(problemsOf(builder))
        .containsExactly("goods cycle total delay must be positive but was 0 (cycle through s, b)");
  }

  @Test
  void build_rejectsZeroDelayThreeActorCycle() {
    ValueChain.Builder builder = ValueChain.builder()
        .actor("m1", Role.M).actor("m2", Role.M).actor("m3", Role.M).actor("b", Role.B)
        .trade("m1", "m2", GoodsTerms.builder().price(1).leadTime(0).orderDelay(0).build())
        .trade("m2", "m3", GoodsTerms.builder().price(1).leadTime(0).orderDelay(0).build())
        .trade("m3", "m1", GoodsTerms.builder().price(1).leadTime(0).orderDelay(0).build())
        .trade("m3", "b", GoodsTerms.builder().price(1).leadTime(0).orderDelay(0).build());

    assertThat(problemsOf(builder))
        .containsExactly("goods cycle total delay must be positive but was 0 (cycle through m1, m2, m3)");
  }

  @Test
  void build_namesTheCycleInActorOrder() {
    // Actor b comes first and reaches the cycle m1 -> m2 -> m1 at m2; the cycle still lists m1 before m2.
    ValueChain.Builder builder = ValueChain.builder()
        .actor("b", Role.B).actor("m1", Role.M).actor("m2", Role.M)
        .goods("b", "m2", GoodsTerms.defaults().withInput("parts"))
        .goods("m1", "m2", GoodsTerms.defaults())
        .goods("m2", "m1", GoodsTerms.defaults());

    assertThat(problemsOf(builder))
        .containsExactly("goods cycle total delay must be positive but was 0 (cycle through m1, m2)");
  }

  @ParameterizedTest(name = "leadTime {0}, orderDelay {1}")
  @CsvSource({"1, 0", "0, 1", "2, 3"})
  void build_acceptsCycleWithPositiveDelay(int leadTime, int orderDelay) {
    ValueChain.Builder builder = ValueChain.builder()
        .actor("m1", Role.M).actor("m2", Role.M).actor("m3", Role.M)
        .trade("m1", "m2", GoodsTerms.builder().price(1).leadTime(0).orderDelay(0).build())
        .trade("m2", "m3", GoodsTerms.builder().price(1).leadTime(0).orderDelay(0).build())
        .trade("m3", "m1", GoodsTerms.builder().price(1).leadTime(leadTime).orderDelay(orderDelay).build());

    assertThat(problemsOf(builder)).isEmpty();
  }

  @Test
  void build_ignoresDataAndMoneyFlowsWhenLookingForCycles() {
    // Goods s -> b and data b -> s with zero delays: the loop is closed by information, not by goods.
    ValueChain.Builder builder = ValueChain.builder().actor("s", Role.S).actor("b", Role.B)
        .trade("s", "b", GoodsTerms.defaults())
        .data("b", "s", 0)
        .service("b", "s", ServiceTerms.fee(0));

    assertThat(problemsOf(builder)).isEmpty();
  }

  @Test
  void build_reportsEachZeroDelayCycle() {
    ValueChain.Builder builder = ValueChain.builder()
        .actor("a1", Role.M).actor("a2", Role.M).actor("b1", Role.B).actor("b2", Role.B).actor("m", Role.M)
        .goods("a1", "a2", GoodsTerms.defaults())
        .goods("a2", "a1", GoodsTerms.defaults())
        .goods("b1", "b2", GoodsTerms.defaults())
        .goods("b2", "b1", GoodsTerms.defaults())
        .goods("m", "m", GoodsTerms.defaults());

    assertThat(problemsOf(builder)).containsExactly(
        "goods cycle total delay must be positive but was 0 (cycle through a1, a2)",
        "goods cycle total delay must be positive but was 0 (cycle through b1, b2)",
        "goods cycle total delay must be positive but was 0 (self-flow of m)");
  }

  @Test
  void build_reportsZeroDelayCycleInsideALargerDelayedCycle() {
    // m1 -> m2 -> m1 has zero delay; m2 -> m3 -> m1 closes a second, delayed cycle through the same actors.
    ValueChain.Builder builder = ValueChain.builder()
        .actor("m1", Role.M).actor("m2", Role.M).actor("m3", Role.M)
        .goods("m1", "m2", GoodsTerms.defaults())
        .goods("m2", "m1", GoodsTerms.defaults().withInput("a"))
        .goods("m2", "m3", GoodsTerms.defaults())
        .goods("m3", "m1", GoodsTerms.builder().price(0).leadTime(1).orderDelay(0).build().withInput("b"));

    assertThat(problemsOf(builder))
        .containsExactly("goods cycle total delay must be positive but was 0 (cycle through m1, m2)");
  }

  @Test
  void build_abbreviatesLongCycles() {
    ValueChain.Builder builder = ValueChain.builder();
    int n = 12;
    for (int i = 0; i < n; i++) {
      builder.actor("m" + i, Role.M);
    }
    for (int i = 0; i < n; i++) {
      builder.goods("m" + i, "m" + ((i + 1) % n), GoodsTerms.defaults());
    }

    assertThat(problemsOf(builder)).containsExactly("goods cycle total delay must be positive but was 0"
        + " (cycle through m0, m1, m2, m3, m4, m5, m6, m7, m8, m9, ... (12 actors))");
  }

  @Test
  void build_findsCycleInALongPathWithoutRecursion() {
    // A zero-delay ring of 100 000 actors: a recursive search would overflow the stack.
    int n = 100_000;
    ValueChain.Builder builder = ValueChain.builder().expectedSize(n, n);
    for (int i = 0; i < n; i++) {
      builder.actor("m" + i, Role.M);
    }
    for (int i = 0; i < n; i++) {
      builder.goods("m" + i, "m" + ((i + 1) % n), GoodsTerms.defaults());
    }

    assertThat(problemsOf(builder)).containsExactly("goods cycle total delay must be positive but was 0"
        + " (cycle through m0, m1, m2, m3, m4, m5, m6, m7, m8, m9, ... (100000 actors))");
  }


  @Test
  void build_reportsEveryProblemTogetherInOrder() {
    ValueChain.Builder builder = ValueChain.builder()
        .actor(Actor.builder().id("s").name(" ").role(Role.S).build())
        .actor(Actor.builder().id("b").role(Role.B).holdingCost(-1).build())
        .actor("c", Role.C)
        .trade("s", "b", GoodsTerms.builder().price(-2).leadTime(1).orderDelay(0).build())
        .goods("c", "b", GoodsTerms.builder().price(1).leadTime(1).orderDelay(0).build().withInput("returns"))
        .data("c", "s", -3)
        .data("c", "s", 1)
        .flow("c", "s", MoneyTerms.PAYMENT)
        .goods("b", "c", GoodsTerms.defaults().withShare(0.5))
        .goods("b", "b", GoodsTerms.defaults().withInput("own"));

    ChainValidationException e = assertThrowsValidation(builder);

    List<String> expected = List.of(
        "actor name must be non-blank but was ' ' (actor s)",
        "holdingCost must be finite and non-negative but was -1.0 (actor b)",
        "price must be finite and non-negative but was -2.0 (GOODS s->b)",
        "GOODS flow roles must be allowed by FlowKind.GOODS but was C->B (GOODS c->b)",
        "delay must be non-negative but was -3 (DATA c->s)",
        "DATA flow must be unique between two actors but was repeated (DATA c->s)",
        "money flow must be a payment for a goods flow s->c but was unpaired (MONEY c->s)",
        "shares of input 'B' of buyer c must add to 1 but was 0.5 (from b)",
        "goods cycle total delay must be positive but was 0 (self-flow of b)");
    assertThat(e.problems()).containsExactlyElementsOf(expected);
    assertThat(e.problemCount()).isEqualTo(expected.size());
    assertThat(e).hasMessage("invalid value chain: 9 problems" + System.lineSeparator() + "  - "
        + String.join(System.lineSeparator() + "  - ", expected));
  }

  @Test
  void build_reportsActorAndTermsProblemsAlongsideUnknownEnds() {
    ValueChain.Builder builder = ValueChain.builder()
        .actor(Actor.builder().id("s").role(Role.S).demand(Double.NaN).build())
        .goods("s", "ghost", GoodsTerms.defaults().withLeadTime(-1))
        .flow("s", "s", MoneyTerms.PAYMENT);

    assertThat(problemsOf(builder)).containsExactly(
        "demand must be finite and non-negative but was NaN (actor s)",
        "flow target must be a known actor id but was 'ghost' (GOODS s->ghost)",
        "leadTime must be non-negative but was -1 (GOODS s->ghost)",
        "MONEY flow ends must be two different actors but was the same actor (MONEY s->s)");
  }

  @Test
  void exception_messageForOneProblemIsSingular() {
    ChainValidationException e = assertThrowsValidation(ValueChain.builder().actor("a", Role.S).data("a", "x", 0));

    assertThat(e).hasMessage("invalid value chain: 1 problem" + System.lineSeparator()
        + "  - flow target must be a known actor id but was 'x' (DATA a->x)");
    assertThat(e.problemCount()).isEqualTo(1);
  }

  @Test
  void exception_isAnIllegalArgumentExceptionWithUnmodifiableProblems() {
    ChainValidationException e = assertThrowsValidation(ValueChain.builder().actor("", Role.S));

    assertThat(e).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> e.problems().add("more")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void exception_messageShowsTheFirstFiftyProblems() {
    ValueChain.Builder builder = ValueChain.builder();
    for (int i = 0; i < 60; i++) {
      builder.actor(Actor.builder().id("a" + i).role(Role.B).demand(-1).build());
    }

    ChainValidationException e = assertThrowsValidation(builder);

    String[] lines = e.getMessage().split(System.lineSeparator());
    assertThat(lines).hasSize(52);
    assertThat(lines[0]).isEqualTo("invalid value chain: 60 problems");
    assertThat(lines[1]).isEqualTo("  - demand must be finite and non-negative but was -1.0 (actor a0)");
    assertThat(lines[50]).isEqualTo("  - demand must be finite and non-negative but was -1.0 (actor a49)");
    assertThat(lines[51]).isEqualTo("  ... and 10 more");
    assertThat(e.problems()).hasSize(60);
  }

  @Test
  void exception_keepsTenThousandProblemsAndCountsTheRest() {
    ValueChain.Builder builder = ValueChain.builder();
    for (int i = 0; i < 5001; i++) {
      builder.actor(Actor.builder().id("a" + i).role(Role.B).unitCost(-1).demand(-1).build());
    }

    ChainValidationException e = assertThrowsValidation(builder);

    assertThat(e.problemCount()).isEqualTo(10_002);
    assertThat(e.problems()).hasSize(10_000);
    assertThat(e.problems().get(9_999)).isEqualTo("demand must be finite and non-negative but was -1.0 (actor a4999)");
    assertThat(e.getMessage()).startsWith("invalid value chain: 10002 problems").endsWith("  ... and 9952 more");
  }

  private static ChainValidationException assertThrowsValidation(ValueChain.Builder builder) {
    ChainValidationException e = catchThrowableOfType(ChainValidationException.class, builder::build);
    assertThat(e).as("the exception of build()").isNotNull();
    return e;
  }


  @Test
  void build_validatesAgainAfterTheBuilderChanges() {
    ValueChain.Builder builder = ValueChain.builder().actor("s", Role.S).actor("b", Role.B)
        .flow("b", "s", MoneyTerms.PAYMENT);

    assertThat(problemsOf(builder)).hasSize(1);
    builder.goods("s", "b", GoodsTerms.defaults());
    assertThat(problemsOf(builder)).isEmpty();
  }
}
