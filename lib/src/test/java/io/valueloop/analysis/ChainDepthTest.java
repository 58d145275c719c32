package io.valueloop.analysis;

import static io.valueloop.analysis.Chains.GOODS;
import static io.valueloop.analysis.Chains.consumer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import org.junit.jupiter.api.Test;

class ChainDepthTest {

  @Test
  void of_lineIsAsDeepAsItsFlows() {
    // m → s → b → c: three flows; tiers count flows down to the consumer.
    ChainDepth result = ChainDepth.of(Chains.line());

    assertThat(result.depth()).isEqualTo(3);
    assertThat(result.longestPath()).containsExactly("m", "s", "b", "c");
    assertThat(result.tiers()).containsExactly(entry("m", 3), entry("s", 2), entry("b", 1), entry("c", 0));
  }

  @Test
  void of_shortcutKeepsTheLongestTier() {
    // m also sells to b directly (b's input M), but m's longest path still runs through s: tier 3.
    ValueChain chain = ValueChain.builder()
        .actor("m", Role.M)
        .actor("s", Role.S)
        .actor("b", Role.B)
        .actor(consumer("c", 100))
        .trade("m", "b", GOODS)
        .trade("m", "s", GOODS)
        .trade("s", "b", GOODS)
        .trade("b", "c", GOODS)
        .build();

    ChainDepth result = ChainDepth.of(chain);

    assertThat(result.depth()).isEqualTo(3);
    assertThat(result.tiers()).containsEntry("m", 3);
    assertThat(result.longestPath()).containsExactly("m", "s", "b", "c");
  }

  @Test
  void of_actorsThatReachNoConsumerHaveNoTier() {
    // b2 buys from s but sells to no one; the logistics provider carries no goods.
    ValueChain chain = ValueChain.builder()
        .actor("s", Role.S)
        .actor("b1", Role.B)
        .actor("b2", Role.B)
        .actor("l", Role.L)
        .actor(consumer("c", 100))
        .trade("s", "b1", GOODS)
        .trade("s", "b2", GOODS)
        .trade("b1", "c", GOODS)
        .data("c", "l", 0)
        .build();

    ChainDepth result = ChainDepth.of(chain);

    assertThat(result.tiers()).containsExactly(entry("s", 2), entry("b1", 1), entry("c", 0));
    assertThat(result.depth()).isEqualTo(2);
  }

  @Test
  void of_diamondPicksTheFirstOfEqualPaths() {
    ChainDepth result = ChainDepth.of(Chains.diamond());

    assertThat(result.depth()).isEqualTo(2);
    assertThat(result.longestPath()).containsExactly("s", "b1", "c");
  }

  @Test
  void of_noGoodsToConsumersHasDepthZero() {
    ValueChain chain = ValueChain.builder()
        .actor("s", Role.S)
        .actor("b", Role.B)
        .actor(consumer("c", 5))
        .trade("s", "b", GOODS)
        .build();

    ChainDepth result = ChainDepth.of(chain);

    assertThat(result.depth()).isZero();
    assertThat(result.longestPath()).isEmpty();
    assertThat(result.tiers()).containsExactly(entry("c", 0));
  }

  @Test
  void of_rejectsGoodsLoop() {
    ValueChain chain = Chains.wholeStreamLoop();

    assertThatThrownBy(() -> ChainDepth.of(chain))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("goods network must be acyclic for chain depth but was cyclic (loop through b1, b2)");
  }

  @Test
  void of_ignoresOwnUse() {
    // A goods self-flow is own use, not a step down the chain.
    ValueChain chain = ValueChain.builder()
        .actor("b", Role.B)
        .actor(consumer("c", 1))
        .goods("b", "b", GOODS)
        .trade("b", "c", GOODS)
        .build();

    assertThat(ChainDepth.of(chain).depth()).isEqualTo(1);
  }

  @Test
  void of_deepLineNeedsNoRecursion() {
    // m0 -> m1 -> ... -> m9998 -> c: 9,999 flows.
    ChainDepth result = ChainDepth.of(Chains.deepLine(10_000));

    assertThat(result.depth()).isEqualTo(9_999);
    assertThat(result.longestPath()).hasSize(10_000).startsWith("m0").endsWith("c");
    assertThat(result.tiers().get("m0")).isEqualTo(9_999);
  }
}
