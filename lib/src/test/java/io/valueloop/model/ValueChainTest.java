package io.valueloop.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueChainTest {

  @Test
  void trade_addsGoodsAndReciprocalMoney() {
    ValueChain chain = ValueChain.builder()
        .actor("s", Role.S)
        .actor("b", Role.B)
        .trade("s", "b", GoodsTerms.of(5, 1, 0))
        .build();

    assertThat(chain.flows()).containsExactly(
        new Flow("s", "b", GoodsTerms.of(5, 1, 0)),
        new Flow("b", "s", MoneyTerms.PAYMENT));
  }
}
