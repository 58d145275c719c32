package io.valueloop.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.valueloop.flow.CompiledChain;
import io.valueloop.flow.SteadyState;
import io.valueloop.flow.SteadyStateSolver;
import io.valueloop.model.Actor;
import io.valueloop.model.DataTerms;
import io.valueloop.model.FeeBase;
import io.valueloop.model.Flow;
import io.valueloop.model.FlowKind;
import io.valueloop.model.FlowTerms;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ServiceTerms;
import io.valueloop.model.ValueChain;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChainTemplateTest {

  private static ChainTemplate closedLoop() {
    return ChainTemplate.of(BusinessModelCode.S2B2C2S2B)
        .withCount(Role.M, 3)
        .withCount(Role.S, 1)
        .withCount(Role.B, 200)
        .withCount(Role.C, 2_000)
        .withSeed(42L);
  }

  @Test
  void build_hasTheCountPerRole() {
    ValueChain chain = closedLoop().build();

    assertThat(chain.actors(Role.M)).hasSize(3);
    assertThat(chain.actors(Role.S)).hasSize(1);
    assertThat(chain.actors(Role.B)).hasSize(200);
    assertThat(chain.actors(Role.C)).hasSize(2_000);
    assertThat(chain.actorCount()).isEqualTo(2_204);
  }

  @Test
  void build_smallChainHasTheFlowsWorkedOutByHand() {
    // Two manufacturers outnumber the one platform, so both sell to it; each of the three businesses has one
    // platform to buy from (share 1) and gets its SaaS service: 2 + 3 trades of two flows, plus 3 services.
    ValueChain chain = ChainTemplate.of(BusinessModelCode.S2B).withCount(Role.M, 2).withCount(Role.B, 3).build();

    assertThat(chain.flowCount()).isEqualTo(13);
    assertThat(chain.flows(FlowKind.GOODS)).extracting(Flow::source, Flow::target).containsExactly(
        tuple("M-1", "S-1"), tuple("M-2", "S-1"), tuple("S-1", "B-1"), tuple("S-1", "B-2"), tuple("S-1", "B-3"));
    GoodsTerms first = goods(chain, "M-1", "S-1");
    GoodsTerms second = goods(chain, "M-2", "S-1");
    assertThat(first.share() + second.share()).isCloseTo(1.0, within(1e-12));
    assertThat(goods(chain, "S-1", "B-2")).isEqualTo(GoodsTerms.builder().price(12.5).leadTime(2).orderDelay(1).build());
    assertThat(chain.flow("S-1", "B-3", FlowKind.SERVICE).orElseThrow().terms())
        .isEqualTo(new ServiceTerms(20.0, 0.03, FeeBase.REVENUE));
    assertThat(chain.actor("B-1").orElseThrow().demand()).isEqualTo(10.0);
  }

  @Test
  void build_sameSeedGivesEqualChains() {
    ValueChain one = closedLoop().build();
    ValueChain two = closedLoop().build();

    assertThat(one).isNotSameAs(two).isEqualTo(two).hasSameHashCodeAs(two);
    assertThat(one.flows()).isEqualTo(two.flows());
  }

  @Test
  void build_differentSeedGivesDifferentChain() {
    ValueChain one = closedLoop().build();
    ValueChain other = closedLoop().withSeed(43L).build();

    assertThat(other).isNotEqualTo(one);
    assertThat(other.actorCount()).isEqualTo(one.actorCount());
  }

  @Test
  void build_closedLoopSendsEveryConsumersDataToThePlatform() {
    ValueChain chain = closedLoop().withDataDelay(3).build();

    List<Flow> data = chain.flows(FlowKind.DATA);
    assertThat(data).hasSize(2_000);
    assertThat(data).allSatisfy(flow -> {
      assertThat(chain.actor(flow.source()).orElseThrow().role()).isEqualTo(Role.C);
      assertThat(flow.target()).isEqualTo("S-1");
      assertThat(flow.terms()).isEqualTo(DataTerms.of(3));
    });
  }

  @Test
  void build_closedLoopWithTwoPlatformsSendsDataOnlyToPlatformsUpstream() {
    ValueChain chain = closedLoop().withCount(Role.S, 2).withCount(Role.B, 4).withCount(Role.C, 50).withMaxSuppliers(1).build();

    // With one supplier per buyer, each consumer's data goes to exactly the platform of its one business.
    for (Actor consumer : chain.actors(Role.C)) {
      String business = sellers(chain, consumer.id()).get(0);
      String platform = sellers(chain, business).get(0);
      List<String> dataTargets = chain.flows(FlowKind.DATA).stream()
          .filter(flow -> flow.source().equals(consumer.id())).map(Flow::target).collect(Collectors.toList());
      assertThat(dataTargets).containsExactly(platform);
    }
  }

  @Test
  void build_openS2b2cHasNoData() {
    ValueChain chain = ChainTemplate.of(BusinessModelCode.S2B2C).build();

    assertThat(chain.flows(FlowKind.DATA)).isEmpty();
    assertThat(chain.actors(Role.B)).hasSize(ChainTemplate.DEFAULT_BUSINESSES);
    assertThat(chain.actors(Role.C)).hasSize(ChainTemplate.DEFAULT_CONSUMER_SEGMENTS);
    assertThat(chain.actors(Role.M)).hasSize(ChainTemplate.DEFAULT_MANUFACTURERS);
  }

  @Test
  void build_pricesRiseDownstreamByTheMarkup() {
    ValueChain chain = closedLoop().withBasePrice(8.0).withMarkup(0.5).build();

    assertThat(prices(chain, Role.M)).containsExactly(8.0);
    assertThat(prices(chain, Role.S)).containsExactly(12.0);
    assertThat(prices(chain, Role.B)).containsExactly(18.0);
  }

  @Test
  void build_setsCostsDemandAndDelays() {
    ValueChain chain = closedLoop().withProductionCost(4.0).withHandlingCost(0.25).withHoldingCost(0.1).withBacklogCost(2.0)
        .withDemand(7.5).withLeadTime(3).withOrderDelay(0).build();

    Actor manufacturer = chain.actor("M-1").orElseThrow();
    assertThat(manufacturer.unitCost()).isEqualTo(4.0);
    assertThat(manufacturer.holdingCost()).isEqualTo(0.1);
    assertThat(manufacturer.backlogCost()).isEqualTo(2.0);
    assertThat(chain.actor("S-1").orElseThrow().unitCost()).isEqualTo(0.25);
    assertThat(chain.actor("B-7").orElseThrow().unitCost()).isEqualTo(0.25);
    assertThat(chain.actors(Role.C)).allSatisfy(c -> {
      assertThat(c.demand()).isEqualTo(7.5);
      assertThat(c.unitCost()).isZero();
      assertThat(c.holdingCost()).isZero();
    });
    assertThat(chain.actors(Role.B)).allSatisfy(b -> assertThat(b.demand()).isZero());
    assertThat(chain.flows(FlowKind.GOODS)).allSatisfy(flow -> {
      GoodsTerms terms = (GoodsTerms) flow.terms();
      assertThat(terms.leadTime()).isEqualTo(3);
      assertThat(terms.orderDelay()).isZero();
    });
  }

  @Test
  void build_sharesOfEachBuyerAddToOne() {
    ValueChain chain = closedLoop().withMaxSuppliers(5).build();

    Map<String, Double> sums = new HashMap<>();
    Map<String, Integer> suppliers = new HashMap<>();
    for (Flow flow : chain.flows(FlowKind.GOODS)) {
      sums.merge(flow.target(), ((GoodsTerms) flow.terms()).share(), Double::sum);
      suppliers.merge(flow.target(), 1, Integer::sum);
    }
    assertThat(sums).hasSize(1 + 200 + 2_000);
    assertThat(sums.values()).allSatisfy(sum -> assertThat(sum).isCloseTo(1.0, within(1e-12)));
    assertThat(suppliers.get("S-1")).isEqualTo(3);
    List<Integer> perConsumer = chain.actors(Role.C).stream().map(c -> suppliers.get(c.id()))
        .collect(Collectors.toList());
    assertThat(perConsumer).allSatisfy(n -> assertThat(n).isBetween(1, 5));
    // Uniform on 1..5: mean 3, standard error about 1.41 / sqrt(2000) = 0.03.
    assertThat(perConsumer.stream().mapToInt(Integer::intValue).average().orElseThrow())
        .isCloseTo(3.0, within(0.15));
    assertThat(chain.actors(Role.B)).allSatisfy(b -> assertThat(buyers(chain, b.id())).isNotEmpty());
  }

  @Test
  void build_sharesFewTermsInstances() {
    ValueChain chain = closedLoop().withMaxSuppliers(4).build();

    Set<FlowTerms> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int f = 0; f < chain.flowCount(); f++) {
      distinct.add(chain.terms(f));
    }
    // Shares are w / total with w in 1..4 and total at most 16, per tier link, plus one payment, service and data.
    assertThat(chain.flowCount()).isGreaterThan(10_000);
    assertThat(distinct.size()).isLessThan(150);
  }

  @Test
  void build_marksTheOnlineShareOfBusinesses() {
    ValueChain chain = closedLoop().withOnlineShare(0.3).build();

    Map<String, Long> channels = chain.actors(Role.B).stream()
        .collect(Collectors.groupingBy(b -> b.attributes().get("channel"), Collectors.counting()));
    assertThat(channels).containsOnly(Map.entry("online", 60L), Map.entry("offline", 140L));
  }

  @Test
  void build_platformServesEveryBusinessItSupplies() {
    ValueChain chain = closedLoop().withSaasFee(5.0).withPlatformTakeRate(0.1).build();

    List<Flow> services = chain.flows(FlowKind.SERVICE);
    assertThat(services).hasSize(200);
    assertThat(services).allSatisfy(flow -> {
      assertThat(flow.source()).isEqualTo("S-1");
      assertThat(flow.terms()).isEqualTo(new ServiceTerms(5.0, 0.1, FeeBase.REVENUE));
      assertThat(chain.flow("S-1", flow.target(), FlowKind.GOODS)).isPresent();
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"S2B", "S2B2C", "S2B2C2S2B", "B2C", "B2B2C", "C2M", "C2S", "C2B", "B2C2B",
      "M2B2B2C", "M2S2B2C", "S2B2C2S2B2C", "B2B"})
  void build_everySupportedCodeGivesAValidChain(String text) {
    ValueChain chain = ChainTemplate.of(BusinessModelCode.parse(text)).withSeed(7L).build();

    assertThat(chain.actorCount()).isPositive();
    assertThat(chain.flows(FlowKind.GOODS)).isNotEmpty();
  }

  @Test
  void build_c2mSellsStraightToConsumersWhoSendDataBack() {
    ValueChain chain = ChainTemplate.of(BusinessModelCode.C2M).withCount(Role.M, 4).withCount(Role.C, 30).build();

    assertThat(chain.actors(Role.M)).hasSize(4);
    assertThat(chain.actors()).extracting(Actor::role).containsOnly(Role.M, Role.C);
    for (Actor consumer : chain.actors(Role.C)) {
      List<String> dataTargets = chain.flows(FlowKind.DATA).stream()
          .filter(flow -> flow.source().equals(consumer.id())).map(Flow::target).collect(Collectors.toList());
      assertThat(dataTargets).containsExactlyInAnyOrderElementsOf(sellers(chain, consumer.id()));
    }
  }

  @Test
  void withCount_atPositionSizesTiersOfOneRole() {
    ValueChain chain = ChainTemplate.of(BusinessModelCode.B2B2C).withCount(0, 5).withCount(1, 50).withCount(2, 400).build();

    assertThat(chain.actors(Role.B)).extracting(Actor::id).filteredOn(id -> id.startsWith("B1-")).hasSize(5);
    assertThat(chain.actors(Role.B)).extracting(Actor::id).filteredOn(id -> id.startsWith("B2-")).hasSize(50);
    assertThat(chain.actors(Role.C)).hasSize(400);
    assertThat(chain.actor("B1-1").orElseThrow().unitCost()).isEqualTo(ChainTemplate.DEFAULT_PRODUCTION_COST);
  }

  @Test
  void withCount_zeroManufacturersRemovesTheUpstreamTier() {
    ValueChain chain = ChainTemplate.of(BusinessModelCode.S2B2C).withCount(Role.M, 0).build();

    assertThat(chain.actors(Role.M)).isEmpty();
    assertThat(prices(chain, Role.S)).containsExactly(ChainTemplate.DEFAULT_BASE_PRICE);
    assertThat(chain.actor("S-1").orElseThrow().unitCost()).isEqualTo(ChainTemplate.DEFAULT_PRODUCTION_COST);
  }

  @Test
  void traditionalDistribution_hasWholesalersAndRetailersOffline() {
    ValueChain chain = ChainTemplate.traditionalDistribution(2, 5, 40, 300).withSeed(3L).build();

    assertThat(chain.actors(Role.M)).hasSize(2);
    assertThat(chain.actors(Role.B)).extracting(Actor::id).filteredOn(id -> id.startsWith("wholesaler-")).hasSize(5);
    assertThat(chain.actors(Role.B)).extracting(Actor::id).filteredOn(id -> id.startsWith("retailer-")).hasSize(40);
    assertThat(chain.actors(Role.C)).hasSize(300);
    assertThat(chain.actors(Role.B)).allSatisfy(b -> assertThat(b.attributes()).containsEntry("channel", "offline"));
    assertThat(chain.flows(FlowKind.DATA)).isEmpty();
    assertThat(chain.flows(FlowKind.SERVICE)).isEmpty();
    assertThat(goods(chain, sellers(chain, "retailer-1").get(0), "retailer-1").price()).isEqualTo(12.5);
  }

  @Test
  void marketplace_takesACommissionOnEveryBusinessesConsumerRevenue() {
    ValueChain chain = ChainTemplate.marketplace(30, 500).withCommission(0.2).build();

    assertThat(chain.actors(Role.P)).extracting(Actor::id).containsExactly("P-1");
    assertThat(chain.actors(Role.B)).hasSize(30)
        .allSatisfy(b -> assertThat(b.attributes()).containsEntry("channel", "online"));
    List<Flow> services = chain.flows(FlowKind.SERVICE);
    assertThat(services).hasSize(30).allSatisfy(flow -> {
      assertThat(flow.source()).isEqualTo("P-1");
      assertThat(flow.terms()).isEqualTo(ServiceTerms.takeRate(0.2, FeeBase.CONSUMER_REVENUE));
    });
    assertThat(chain.flows(FlowKind.GOODS)).allSatisfy(flow -> assertThat(flow.source()).startsWith("B-"));
  }

  @Test
  void withCount_ofMarketplacesSpreadsBusinessesOverThem() {
    ValueChain chain = ChainTemplate.marketplace(300, 600).withCount(Role.P, 3).build();

    Map<String, Long> perMarketplace = chain.flows(FlowKind.SERVICE).stream()
        .collect(Collectors.groupingBy(Flow::source, Collectors.counting()));
    assertThat(perMarketplace).containsOnlyKeys("P-1", "P-2", "P-3");
    // Uniform membership: 100 each, standard deviation about 8.
    assertThat(perMarketplace.values()).allSatisfy(n -> assertThat(n).isBetween(60L, 140L));
  }

  @Test
  void withX_leavesTheTemplateUnchanged() {
    ChainTemplate template = ChainTemplate.of(BusinessModelCode.B2C);
    ChainTemplate bigger = template.withCount(Role.C, 1_000);

    assertThat(template.build().actors(Role.C)).hasSize(ChainTemplate.DEFAULT_CONSUMER_SEGMENTS);
    assertThat(bigger.build().actors(Role.C)).hasSize(1_000);
    assertThat(bigger.code()).isEqualTo(BusinessModelCode.B2C);
    assertThat(bigger).hasToString("ChainTemplate{B2C, B=20, C=1000, seed=0}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"S2P2C", "C2M2C", "S2B2C2B", "C2C", "B2L", "C2P", "S2B2C2M"})
  void of_rejectsCodesWithoutATemplate(String text) {
    assertThatThrownBy(() -> ChainTemplate.of(BusinessModelCode.parse(text)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("template code must be")
        .hasMessageContaining("but was " + text);
  }

  @Test
  void withCount_rejectsRolesAndCountsOutOfRange() {
    ChainTemplate template = ChainTemplate.of(BusinessModelCode.S2B2C);

    assertThatThrownBy(() -> template.withCount(Role.L, 1))
        .hasMessage("role must be one of [M, S, B, C, P] but was L (template S2B2C)");
    assertThatThrownBy(() -> template.withCount(Role.B, 0))
        .hasMessage("count of B must be positive but was 0 (template S2B2C)");
    assertThatThrownBy(() -> template.withCount(Role.M, -1))
        .hasMessage("count of M must be non-negative but was -1 (template S2B2C)");
    assertThatThrownBy(() -> template.withCount(3, 1))
        .hasMessage("position must be in [0, 3) but was 3 (template S2B2C)");
    assertThatThrownBy(() -> ChainTemplate.of(BusinessModelCode.S2B).withCount(Role.P, 1))
        .hasMessageStartingWith("role must be one of [M, S, B] but was P (template S2B");
    assertThatThrownBy(() -> ChainTemplate.of(BusinessModelCode.B2C).withCount(Role.M, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void build_rejectsMoreActorsThanAnIntCanCountBeforeAllocating() {
    ChainTemplate template = ChainTemplate.of(BusinessModelCode.B2C).withCount(Role.C, Integer.MAX_VALUE);

    assertThatThrownBy(template::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actor count must be at most 2147483647 but was 2147483667 (template B2C)");
  }

  @Test
  void build_rejectsAFlowBoundAboveAnIntBeforeAllocating() {
    // 10^3 businesses, 1.5·10^9 segments, up to 3 sellers each: at most 4.5·10^9 trades of two flows.
    ChainTemplate template = ChainTemplate.of(BusinessModelCode.B2C).withCount(Role.B, 1_000)
        .withCount(Role.C, 1_500_000_000);

    assertThatThrownBy(template::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("flow count must be at most 2147483647 but was up to 9000000000 (template B2C)");
  }

  @Test
  void withX_rejectsInvalidParameters() {
    ChainTemplate template = ChainTemplate.of(BusinessModelCode.B2C);

    assertThatThrownBy(() -> template.withMarkup(Double.NaN))
        .hasMessage("markup must be finite and non-negative but was NaN (template B2C)");
    assertThatThrownBy(() -> template.withDemand(-1)).hasMessageStartingWith("demand must be finite and non-negative");
    assertThatThrownBy(() -> template.withBasePrice(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> template.withCommission(1.5))
        .hasMessage("commission must be in [0, 1] but was 1.5 (template B2C)");
    assertThatThrownBy(() -> template.withOnlineShare(-0.1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> template.withLeadTime(-1))
        .hasMessage("leadTime must be non-negative but was -1 (template B2C)");
    assertThatThrownBy(() -> template.withMaxSuppliers(0))
        .hasMessage("maxSuppliers must be positive but was 0 (template B2C)");
    assertThatThrownBy(() -> template.withDataDelay(-2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ChainTemplate.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void withX_everySettingReadsAsWithSoThatADroppedResultIsVisible() {
    List<String> settings = Arrays.stream(ChainTemplate.class.getMethods())
        .filter(method -> !Modifier.isStatic(method.getModifiers()))
        .filter(method -> method.getReturnType() == ChainTemplate.class)
        .map(Method::getName)
        .distinct()
        .collect(Collectors.toList());

    assertThat(settings).isNotEmpty().allMatch(name -> name.startsWith("with"), "starts with 'with'");
  }

  @Test
  void withMarkup_rejectsAMarkupThatMakesTheLastPriceExceedTheBound() {
    ChainTemplate template = ChainTemplate.of(BusinessModelCode.S2B2C);

    assertThatThrownBy(() -> template.withMarkup(1e308))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("price of the last selling tier, basePrice * (1 + markup)^2, must be at most 1e12 but was Infinity"
            + " (template S2B2C, basePrice 10.0, markup 1.0E308)");
    assertThatThrownBy(() -> template.withMarkup(1e6))
        .hasMessageStartingWith("price of the last selling tier, basePrice * (1 + markup)^2, must be at most 1e12");
    assertThatThrownBy(() -> template.withBasePrice(Double.MAX_VALUE))
        .hasMessage("basePrice must be at most 1e12 but was 1.7976931348623157E308 (template S2B2C)");
  }

  @Test
  void withCount_rejectsAnUpstreamTierThatMakesTheLastPriceExceedTheBound() {
    // Without manufacturers S sells at the base price; with them, one more markup step passes the bound.
    ChainTemplate template = ChainTemplate.of(BusinessModelCode.S2B2C).withCount(Role.M, 0)
        .withBasePrice(4e11).withMarkup(1);

    assertThat(template.build().actorCount()).isPositive();
    assertThatThrownBy(() -> template.withCount(Role.M, 1))
        .hasMessageStartingWith("price of the last selling tier, basePrice * (1 + markup)^2, must be at most 1e12");
  }

  @Test
  void withLeadTime_rejectsALeadTimeWhoseSumWithTheOrderDelayOverflows() {
    ChainTemplate template = ChainTemplate.of(BusinessModelCode.S2B2C);

    assertThatThrownBy(() -> template.withLeadTime(Integer.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("orderDelay + leadTime must be at most 2147483647 ticks but was 2147483648 (template S2B2C)");
    ChainTemplate longest = template.withOrderDelay(0).withLeadTime(Integer.MAX_VALUE);
    assertThat(longest.build().actorCount()).isPositive();
    assertThatThrownBy(() -> longest.withOrderDelay(1)).hasMessageStartingWith("orderDelay + leadTime");
  }

  @Test
  void withX_everyAcceptedCombinationOfExtremeValuesBuildsAValidChain() {
    double[] doubles = {0, 1e-300, 0.5, 1, 2, 1e10, 1e12, 1e12 + 1, 1e150, 1e300, Double.MAX_VALUE};
    int[] ints = {0, 1, 1_000, Integer.MAX_VALUE / 2, Integer.MAX_VALUE - 1, Integer.MAX_VALUE};
    SplittableRandom random = new SplittableRandom(9);
    List<String> codes = List.of("S2B2C", "S2B2C2S2B", "M2B2B2C", "C2M", "S2B");
    for (int trial = 0; trial < 300; trial++) {
      ChainTemplate template = ChainTemplate.of(BusinessModelCode.parse(codes.get(random.nextInt(codes.size()))))
          .withCount(0, 1 + random.nextInt(3));
      for (int step = 0; step < 12; step++) {
        double d = doubles[random.nextInt(doubles.length)];
        int i = ints[random.nextInt(ints.length)];
        ChainTemplate current = template;
        List<Supplier<ChainTemplate>> settings = List.of(
            () -> current.withDemand(d), () -> current.withBasePrice(d), () -> current.withMarkup(d),
            () -> current.withProductionCost(d), () -> current.withHandlingCost(d), () -> current.withHoldingCost(d),
            () -> current.withBacklogCost(d), () -> current.withSaasFee(d), () -> current.withLeadTime(i),
            () -> current.withOrderDelay(i), () -> current.withDataDelay(i), () -> current.withCount(Role.M, i % 3),
            () -> current.withPlatformTakeRate(d), () -> current.withCommission(d), () -> current.withOnlineShare(d),
            () -> current.withMaxSuppliers(i % 5), () -> current.withCount(Role.C, 1 + i % 50),
            () -> current.withCount(Role.P, i % 3), () -> current.withSeed(i));
        try {
          template = settings.get(random.nextInt(settings.size())).get();
        } catch (IllegalArgumentException rejected) {
          // A setter refused the value: the template is unchanged, which is the point.
        }
      }
      ChainTemplate built = template;
      assertThatCode(built::build).as("%s", built).doesNotThrowAnyException();
      // Every amount within the bounds of a chain keeps the steady state finite, whatever the combination.
      SteadyState state = SteadyStateSolver.defaults().solve(CompiledChain.compile(built.build()));
      assertThat(state.consumerSpend()).as("%s", built).isFinite();
    }
  }

  private static GoodsTerms goods(ValueChain chain, String seller, String buyer) {
    return (GoodsTerms) chain.flow(seller, buyer, FlowKind.GOODS).orElseThrow().terms();
  }

  private static List<Double> prices(ValueChain chain, Role sellerRole) {
    return chain.flows(FlowKind.GOODS).stream()
        .filter(flow -> chain.actor(flow.source()).orElseThrow().role() == sellerRole)
        .map(flow -> ((GoodsTerms) flow.terms()).price()).distinct().collect(Collectors.toList());
  }

  private static List<String> sellers(ValueChain chain, String buyer) {
    return chain.flows(FlowKind.GOODS).stream().filter(flow -> flow.target().equals(buyer)).map(Flow::source)
        .collect(Collectors.toList());
  }

  private static List<String> buyers(ValueChain chain, String seller) {
    return chain.flows(FlowKind.GOODS).stream().filter(flow -> flow.source().equals(seller)).map(Flow::target)
        .collect(Collectors.toList());
  }
}
