package io.valueloop.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.valueloop.model.Actor;
import io.valueloop.model.Flow;
import io.valueloop.model.FlowKind;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import org.junit.jupiter.api.Test;

class SerialChainTest {
  private static final GoodsTerms UP = GoodsTerms.builder().price(1).leadTime(2).orderDelay(0).build();
  private static final GoodsTerms MID = GoodsTerms.builder().price(2).leadTime(2).orderDelay(0).build();
  private static final GoodsTerms DOWN = GoodsTerms.builder().price(3).leadTime(1).orderDelay(0).build();

  @Test
  void build_isTheHandWrittenSerialChain() {
    ValueChain byHand = ValueChain.builder()
        .actor("c", Role.C).actor("b", Role.B).actor("s", Role.S).actor("m", Role.M)
        .trade("m", "s", UP).trade("s", "b", MID).trade("b", "c", DOWN)
        .data("c", "s", 0)
        .build();

    assertThat(SerialChain.of(UP, MID, DOWN).consumerFirst().dataToS(0).build()).isEqualTo(byHand);
  }

  @Test
  void build_addsActorsUpstreamFirstWithoutDataByDefault() {
    ValueChain chain = SerialChain.of(UP, MID, DOWN)
        .withActors(Actor.of("m", Role.M), Actor.of("s", Role.S), Actor.of("b", Role.B),
            Actor.builder().id("c").role(Role.C).demand(5).build())
        .build();

    assertThat(chain.actors()).extracting(Actor::id).containsExactly("m", "s", "b", "c");
    assertThat(chain.actor("c").orElseThrow().demand()).isEqualTo(5);
    assertThat(chain.flows(FlowKind.GOODS)).extracting(Flow::source).containsExactly("m", "s", "b");
    assertThat(chain.flows(FlowKind.DATA)).isEmpty();
  }
}
