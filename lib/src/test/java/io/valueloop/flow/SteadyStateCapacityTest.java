package io.valueloop.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The steady state honours actor and goods-flow capacities by the proportional cut of {@link CapacityCut}. */
class SteadyStateCapacityTest {
  private static final double TIGHT = 1e-9;

  private static SteadyState solve(ValueChain chain) {
    return SteadyStateSolver.defaults().solve(CompiledChain.compile(chain));
  }

  private static GoodsTerms price(double price) {
    return GoodsTerms.builder().price(price).leadTime(1).build();
  }

  /** m → s → b → c at prices 4, 6, 10; consumers want 100 per tick; capacities of s and of s→b as given. */
  private static ValueChain s2b2c(double platformCapacity, double flowCapacity) {
    return ValueChain.builder()
        .actor(Actor.builder().id("m").role(Role.M).unitCost(2).build())
        .actor(Actor.builder().id("s").role(Role.S).capacity(platformCapacity).build())
        .actor(Actor.builder().id("b").role(Role.B).build())
        .actor(Actor.builder().id("c").role(Role.C).demand(100).build())
        .trade("m", "s", price(4))
        .trade("s", "b", price(6).withCapacity(flowCapacity))
        .trade("b", "c", price(10))
        .build();
  }

  @Test
  void solve_platformCapacityZero_capturesNothingAndReportsTheDemandUnserved() {
    SteadyState state = solve(s2b2c(0, Double.POSITIVE_INFINITY));

    assertThat(state.output("s")).isZero();
    assertThat(state.statement("s").revenue()).isZero();
    assertThat(state.statement("s").profit()).isZero();
    assertThat(state.consumerSpend()).isZero();
    assertThat(state.valueCapture()).isEmpty();
    assertThat(state.unservedDemand("c")).isEqualTo(100);
    assertThat(state.unservedDemand()).isEqualTo(100);
    assertThat(state.unservedDemands()).containsExactly(Map.entry("c", 100.0));
  }

  @Test
  void solve_platformCapacityHalfTheDemand_servesHalfAndKeepsTheShares() {
    SteadyState free = solve(s2b2c(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY));
    SteadyState state = solve(s2b2c(50, Double.POSITIVE_INFINITY));

    assertThat(state.output("s")).isCloseTo(50, within(TIGHT));
    assertThat(state.output("m")).isCloseTo(50, within(TIGHT));
    assertThat(state.output("c")).isCloseTo(50, within(TIGHT));
    assertThat(state.unservedDemand("c")).isCloseTo(50, within(TIGHT));
    assertThat(state.consumerSpend()).isCloseTo(500, within(TIGHT));
    // A proportional cut scales every flow alike, so every share of the consumers' money is unchanged.
    assertThat(state.valueCapture().orElseThrow().share("s"))
        .isCloseTo(free.valueCapture().orElseThrow().share("s"), within(TIGHT));
  }

  @Test
  void solve_goodsFlowCapacityBinds_cutsTheDemandItCarries() {
    SteadyState state = solve(s2b2c(Double.POSITIVE_INFINITY, 30));

    assertThat(state.output("b")).isCloseTo(30, within(TIGHT));
    assertThat(state.unservedDemand("c")).isCloseTo(70, within(TIGHT));
  }

  @Test
  void solve_capacitiesThatDoNotBind_giveTheSameStateAsNoCapacities() {
    SteadyState free = solve(s2b2c(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY));
    SteadyState state = solve(s2b2c(100, 100));

    for (int i = 0; i < free.chain().actorCount(); i++) {
      assertThat(state.output(i)).isEqualTo(free.output(i));
      assertThat(state.statement(i)).isEqualTo(free.statement(i));
      assertThat(state.unservedDemand(i)).isZero();
    }
    assertThat(state.unservedDemands()).isEmpty();
  }

  /** s supplies b1 only, m2 supplies b2; c1 buys from b1 and c2 from b2, 100 each. */
  private static ValueChain twoPaths(double platformCapacity, double c1ShareFromB1) {
    ValueChain.Builder builder = ValueChain.builder()
        .actor(Actor.builder().id("s").role(Role.S).capacity(platformCapacity).build())
        .actor(Actor.builder().id("m2").role(Role.M).build())
        .actor(Actor.builder().id("b1").role(Role.B).build())
        .actor(Actor.builder().id("b2").role(Role.B).build())
        .actor(Actor.builder().id("c1").role(Role.C).demand(100).build())
        .actor(Actor.builder().id("c2").role(Role.C).demand(100).build())
        .trade("s", "b1", price(6))
        .trade("m2", "b2", price(6))
        .trade("b1", "c1", price(10).withShare(c1ShareFromB1));
    if (c1ShareFromB1 < 1) {
      builder.trade("b2", "c1", price(10).withShare(1 - c1ShareFromB1));
    }
    return builder.trade("b2", "c2", price(10)).build();
  }

  @Test
  void solve_bottleneckOnOnePath_cutsOnlyTheSegmentsBehindIt() {
    SteadyState state = solve(twoPaths(25, 1));

    assertThat(state.output("s")).isCloseTo(25, within(TIGHT));
    assertThat(state.unservedDemand("c1")).isCloseTo(75, within(TIGHT));
    assertThat(state.unservedDemand("c2")).isZero();
    assertThat(state.output("b2")).isCloseTo(100, within(TIGHT));
  }

  @Test
  void solve_segmentBuyingPartlyThroughTheBottleneck_isCutAsAWholeWithFixedShares() {
    SteadyState state = solve(twoPaths(25, 0.5));

    // c1 would take 50 through s; s carries 25, so c1 is served half of its demand, from both shops alike.
    assertThat(state.output("s")).isCloseTo(25, within(TIGHT));
    assertThat(state.unservedDemand("c1")).isCloseTo(50, within(TIGHT));
    assertThat(state.output("b2")).isCloseTo(125, within(TIGHT));
    assertThat(state.unservedDemand("c2")).isZero();
  }

  @Test
  void solve_sharedBottleneck_cutsEverySegmentItServesInProportion() {
    ValueChain chain = ValueChain.builder()
        .actor(Actor.builder().id("s").role(Role.S).capacity(60).build())
        .actor(Actor.builder().id("b1").role(Role.B).build())
        .actor(Actor.builder().id("b2").role(Role.B).build())
        .actor(Actor.builder().id("c1").role(Role.C).demand(100).build())
        .actor(Actor.builder().id("c2").role(Role.C).demand(20).build())
        .trade("s", "b1", price(6))
        .trade("s", "b2", price(6))
        .trade("b1", "c1", price(10))
        .trade("b2", "c2", price(10))
        .build();

    SteadyState state = solve(chain);

    assertThat(state.output("s")).isCloseTo(60, within(TIGHT));
    assertThat(state.servedDemand(state.index("c1"))).isCloseTo(50, within(TIGHT));
    assertThat(state.servedDemand(state.index("c2"))).isCloseTo(10, within(TIGHT));
    assertThat(state.unservedDemand()).isCloseTo(60, within(TIGHT));
  }

  @Test
  void solve_consumerCapacity_boundsItsSalesNotItsOwnDemand() {
    ValueChain chain = ValueChain.builder()
        .actor(Actor.builder().id("b").role(Role.B).build())
        .actor(Actor.builder().id("c").role(Role.C).capacity(0).demand(100).build())
        .trade("b", "c", price(10))
        .build();

    SteadyState state = solve(chain);

    assertThat(state.output("c")).isEqualTo(100);
    assertThat(state.unservedDemand()).isZero();
  }

  @Test
  void solve_tighterBottleneckUpstreamOfALooserOne_usesTheTighterRatio() {
    ValueChain chain = ValueChain.builder()
        .actor(Actor.builder().id("m").role(Role.M).capacity(10).build())
        .actor(Actor.builder().id("s").role(Role.S).capacity(40).build())
        .actor(Actor.builder().id("b").role(Role.B).build())
        .actor(Actor.builder().id("c").role(Role.C).demand(100).build())
        .trade("m", "s", price(4))
        .trade("s", "b", price(6))
        .trade("b", "c", price(10))
        .build();

    SteadyState state = solve(chain);

    assertThat(state.output("m")).isCloseTo(10, within(TIGHT));
    assertThat(state.output("s")).isCloseTo(10, within(TIGHT));
    assertThat(state.unservedDemand("c")).isCloseTo(90, within(TIGHT));
  }
}
