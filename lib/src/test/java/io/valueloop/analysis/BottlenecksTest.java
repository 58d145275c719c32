package io.valueloop.analysis;

import static io.valueloop.analysis.Chains.GOODS;
import static io.valueloop.analysis.Chains.actor;
import static io.valueloop.analysis.Chains.consumer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.valueloop.model.FeeBase;
import io.valueloop.model.Flow;
import io.valueloop.model.FlowKind;
import io.valueloop.model.Role;
import io.valueloop.model.ServiceTerms;
import io.valueloop.model.ValueChain;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class BottlenecksTest {
  private static final Offset<Double> TOLERANCE = within(1e-9);

  @Test
  void of_bindingFlowCapacitiesFormTheCut() {
    // s→b1 carries at most 20 and b2→c at most 50: 20 + 50 = 70 of c's 100 units. Shares do not bind a max flow.
    // Residual from the source: s, then b2 (s→b2 unlimited) but not b1 (s→b1 full), and not c (b2→c full).
    ValueChain chain = Chains.diamond(20, 50);

    Bottlenecks result = Bottlenecks.of(chain);

    assertThat(result.maxFlow()).isCloseTo(70.0, TOLERANCE);
    assertThat(result.totalDemand()).isEqualTo(100.0);
    assertThat(result.servedFraction()).isCloseTo(0.7, TOLERANCE);
    assertThat(result.cutFlows()).containsExactly(
        chain.flow("s", "b1", FlowKind.GOODS).orElseThrow(),
        chain.flow("b2", "c", FlowKind.GOODS).orElseThrow());
    assertThat(result.cutActors()).isEmpty();
    assertThat(result.cutConsumers()).isEmpty();
  }

  @Test
  void of_bindingActorCapacityShowsAsTheActor() {
    // m → s → b → c with s able to ship 40 of the 100 units demanded.
    Bottlenecks result = Bottlenecks.of(Chains.line(40, Double.POSITIVE_INFINITY));

    assertThat(result.maxFlow()).isCloseTo(40.0, TOLERANCE);
    assertThat(result.servedFraction()).isCloseTo(0.4, TOLERANCE);
    assertThat(result.cutActors()).containsExactly("s");
    assertThat(result.cutFlows()).isEmpty();
  }

  @Test
  void of_equalBottlenecksNameTheUpstreamOne() {
    // s and b both ship at most 40: two minimum cuts of 40; the one closest to the producers is reported.
    Bottlenecks result = Bottlenecks.of(Chains.line(40, 40));

    assertThat(result.maxFlow()).isCloseTo(40.0, TOLERANCE);
    assertThat(result.cutActors()).containsExactly("s");
  }

  @Test
  void of_ampleNetworkIsCutAtTheDemand() {
    Bottlenecks result = Bottlenecks.of(Chains.line());

    assertThat(result.maxFlow()).isCloseTo(100.0, TOLERANCE);
    assertThat(result.servedFraction()).isCloseTo(1.0, TOLERANCE);
    assertThat(result.cutConsumers()).containsExactly("c");
    assertThat(result.cutActors()).isEmpty();
    assertThat(result.cutFlows()).isEmpty();
  }

  @Test
  void of_segmentsLimitedDifferentlyShowTheirOwnLimits() {
    // c1 wants 30 from b1 (unlimited): served in full, its demand in the cut. c2 wants 70 from b2, which ships
    // at most 50: b2 in the cut. Max flow 30 + 50 = 80.
    ValueChain chain = ValueChain.builder()
        .actor("s", Role.S)
        .actor("b1", Role.B)
        .actor(actor("b2", Role.B, 50))
        .actor(consumer("c1", 30))
        .actor(consumer("c2", 70))
        .actor("p", Role.P)
        .trade("s", "b1", GOODS)
        .trade("s", "b2", GOODS)
        .trade("b1", "c1", GOODS)
        .trade("b2", "c2", GOODS)
        .service("p", "b2", ServiceTerms.takeRate(0.1, FeeBase.CONSUMER_REVENUE))
        .build();

    Bottlenecks result = Bottlenecks.of(chain);

    assertThat(result.maxFlow()).isCloseTo(80.0, TOLERANCE);
    assertThat(result.servedFraction()).isCloseTo(0.8, TOLERANCE);
    assertThat(result.cutActors()).containsExactly("b2");
    assertThat(result.cutConsumers()).containsExactly("c1");
  }

  @Test
  void of_largeDemandKeepsUnlimitedCapacitiesUnbinding() {
    // Demand 1e12 and a flow capacity of 4e11: the unlimited arcs (bounded at 2D + 1) must not bind.
    ValueChain chain = ValueChain.builder()
        .actor("s", Role.S)
        .actor("b", Role.B)
        .actor(consumer("c", 1e12))
        .trade("s", "b", GOODS.withCapacity(4e11))
        .trade("b", "c", GOODS)
        .build();

    Bottlenecks result = Bottlenecks.of(chain);

    assertThat(result.maxFlow()).isCloseTo(4e11, within(1e-9 * 1e12));
    assertThat(result.cutFlows()).extracting(Flow::source).containsExactly("s");
  }

  @Test
  void of_noDemandServesEverythingThereIs() {
    ValueChain chain = ValueChain.builder()
        .actor("s", Role.S)
        .actor("b", Role.B)
        .trade("s", "b", GOODS)
        .build();

    Bottlenecks result = Bottlenecks.of(chain);

    assertThat(result.maxFlow()).isZero();
    assertThat(result.servedFraction()).isEqualTo(1.0);
    assertThat(result.cutFlows()).isEmpty();
    assertThat(result.cutActors()).isEmpty();
    assertThat(result.cutConsumers()).isEmpty();
  }

  @Test
  void of_goodsLoopUpstreamIsFedFromTheSource() {
    // m1 and m2 supply each other (nobody supplies them) and m1 sells to c (100): the loop is a source
    // component, so both are producers and all 100 units can flow; the cut is c's demand.
    ValueChain chain = ValueChain.builder()
        .actor("m1", Role.M)
        .actor("m2", Role.M)
        .actor(consumer("c", 100))
        .trade("m1", "m2", GOODS)
        .trade("m2", "m1", GOODS)
        .trade("m1", "c", GOODS)
        .build();

    Bottlenecks result = Bottlenecks.of(chain);

    assertThat(result.maxFlow()).isCloseTo(100.0, TOLERANCE);
    assertThat(result.cutConsumers()).containsExactly("c");
    assertThat(result.cutFlows()).isEmpty();
  }

  @Test
  void of_goodsLoopBehindASupplierIsNoSource() {
    // s supplies the loop b1 <-> b2 through b1 with at most 30: the loop is fed from s, not from the source.
    ValueChain chain = ValueChain.builder()
        .actor("s", Role.S)
        .actor("b1", Role.B)
        .actor("b2", Role.B)
        .actor(consumer("c", 100))
        .trade("s", "b1", GOODS.withShare(0.5).withInput("parts").withCapacity(30))
        .trade("b2", "b1", GOODS.withShare(0.5).withInput("parts"))
        .trade("b1", "b2", GOODS)
        .trade("b2", "c", GOODS)
        .build();

    Bottlenecks result = Bottlenecks.of(chain);

    assertThat(result.maxFlow()).isCloseTo(30.0, TOLERANCE);
    assertThat(result.cutFlows()).containsExactly(chain.flow("s", "b1", FlowKind.GOODS).orElseThrow());
  }
}
