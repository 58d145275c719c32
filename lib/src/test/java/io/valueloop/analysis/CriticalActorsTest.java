package io.valueloop.analysis;

import static io.valueloop.analysis.Chains.GOODS;
import static io.valueloop.analysis.Chains.consumer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class CriticalActorsTest {
  private static final Offset<Double> EXACT = within(1e-12);
  private static final Offset<Double> ITERATED = within(1e-6);

  @Test
  void of_diamondHasNoArticulationPointAndSplitsThroughputByShare() {
    // Undirected, s-b1-c-b2-s is a 4-cycle: removing any one actor leaves the other three connected.
    // c's 100 units go 0.3 via b1 and 0.7 via b2, and all of them via s.
    CriticalActors result = CriticalActors.of(Chains.diamond());

    assertThat(result.articulationPoints()).isEmpty();
    assertThat(result.totalDemand()).isEqualTo(100.0);
    assertThat(result.throughput()).containsExactly(
        entry("s", 100.0), entry("b1", 30.0), entry("b2", 70.0), entry("c", 100.0));
    assertThat(result.throughputShare().get("s")).isCloseTo(1.0, EXACT);
    assertThat(result.throughputShare().get("b1")).isCloseTo(0.3, EXACT);
    assertThat(result.throughputShare().get("b2")).isCloseTo(0.7, EXACT);
    assertThat(result.throughputShare().get("c")).isCloseTo(1.0, EXACT);
  }

  @Test
  void of_diamondBehindOneSupplierMakesThatSupplierAnArticulationPoint() {
    // m's only link to the rest runs through s, so removing s cuts m off; the diamond itself still has none.
    ValueChain chain = ValueChain.builder()
        .actor("m", Role.M)
        .actor("s", Role.S)
        .actor("b1", Role.B)
        .actor("b2", Role.B)
        .actor(consumer("c", 100))
        .trade("m", "s", GOODS)
        .trade("s", "b1", GOODS)
        .trade("s", "b2", GOODS)
        .trade("b1", "c", GOODS.withShare(0.3))
        .trade("b2", "c", GOODS.withShare(0.7))
        .build();

    CriticalActors result = CriticalActors.of(chain);

    assertThat(result.articulationPoints()).containsExactly("s");
    assertThat(result.throughput().get("m")).isCloseTo(100.0, EXACT);
  }

  @Test
  void of_lineMakesEveryInnerActorAnArticulationPoint() {
    // m - s - b - c: removing s or b splits the line; every unit passes every actor.
    CriticalActors result = CriticalActors.of(Chains.line());

    assertThat(result.articulationPoints()).containsExactly("s", "b");
    assertThat(result.throughputShare()).containsExactly(
        entry("m", 1.0), entry("s", 1.0), entry("b", 1.0), entry("c", 1.0));
  }

  @Test
  void of_twoSegmentsTracesEachSegmentsDemandUpstream() {
    // c1 = 60, c2 = 40; b1 = 60 + 0.5 * 40 = 80; b2 = 0.5 * 40 = 20; s = 80 + 20 = 100 (D = 100).
    // Removing b1 leaves c1 alone, so b1 is an articulation point; s is not (b1-c2-b2 still join).
    CriticalActors result = CriticalActors.of(Chains.twoSegments());

    assertThat(result.articulationPoints()).containsExactly("b1");
    assertThat(result.throughputShare()).containsExactly(
        entry("s", 1.0), entry("b1", 0.8), entry("b2", 0.2), entry("c1", 0.6), entry("c2", 0.4));
  }

  @Test
  void of_ownUseLeavesTheOtherSupplierCarryingTheWholeInput() {
    // b sources its input S 0.2 from itself and 0.8 from s; the own-use units are sourced like the rest, so in
    // the end all of c's 50 units come through s (50, not 0.8 * 50 = 40).
    ValueChain chain = ValueChain.builder()
        .actor("s", Role.S)
        .actor("b", Role.B)
        .actor(consumer("c", 50))
        .trade("s", "b", GOODS.withShare(0.8))
        .goods("b", "b", GOODS.withShare(0.2).withInput("S"))
        .trade("b", "c", GOODS)
        .build();

    CriticalActors result = CriticalActors.of(chain);

    assertThat(result.throughput().get("s")).isCloseTo(50.0, EXACT);
    assertThat(result.throughput().get("b")).isCloseTo(50.0, EXACT);
  }

  @Test
  void of_goodsLoopCountsEachPassAndConverges() {
    // b1 and b2 each source their input "parts" half from s and half from each other; c (100) buys from b1.
    // t_b1 = 100 + 0.5 t_b2 and t_b2 = 0.5 t_b1, so t_b1 = 400/3, t_b2 = 200/3; t_s = 0.5 t_b1 + 0.5 t_b2 = 100.
    ValueChain chain = ValueChain.builder()
        .actor("s", Role.S)
        .actor("b1", Role.B)
        .actor("b2", Role.B)
        .actor(consumer("c", 100))
        .trade("s", "b1", GOODS.withShare(0.5).withInput("parts"))
        .trade("s", "b2", GOODS.withShare(0.5).withInput("parts"))
        .trade("b2", "b1", GOODS.withShare(0.5).withInput("parts"))
        .trade("b1", "b2", GOODS.withShare(0.5).withInput("parts"))
        .trade("b1", "c", GOODS)
        .build();

    CriticalActors result = CriticalActors.of(chain);

    assertThat(result.throughput().get("b1")).isCloseTo(400.0 / 3, ITERATED);
    assertThat(result.throughput().get("b2")).isCloseTo(200.0 / 3, ITERATED);
    assertThat(result.throughput().get("s")).isCloseTo(100.0, ITERATED);
    assertThat(result.articulationPoints()).containsExactly("b1");
  }

  @Test
  void of_goodsLoopKeepingItsWholeStreamIsRejected() {
    // b1 sources all its input from b2 and b2 all from b1: t_b1 = 100 + t_b2 = 100 + t_b1 has no solution.
    ValueChain chain = Chains.wholeStreamLoop();

    assertThatThrownBy(() -> CriticalActors.of(chain))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("throughput tracing around a goods loop must be convergent")
        .hasMessageEndingWith("(loop through b1, b2)");
  }

  @Test
  void of_noConsumerDemandGivesZeroShares() {
    ValueChain chain = ValueChain.builder()
        .actor("s", Role.S)
        .actor("b", Role.B)
        .trade("s", "b", GOODS)
        .build();

    CriticalActors result = CriticalActors.of(chain);

    assertThat(result.totalDemand()).isZero();
    assertThat(result.throughputShare()).containsExactly(entry("s", 0.0), entry("b", 0.0));
  }

  @Test
  void of_rejectsNullChain() {
    assertThatThrownBy(() -> CriticalActors.of((ValueChain) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("chain");
  }

  @Test
  void of_loopNearlyKeepingItsStreamIsSolvedToTheTolerance() {
    // b1 and b2 each source input "parts" 0.99 from each other and 0.01 from s; c (100) buys from b1.
    // t_b1 = 100 + 0.99 t_b2, t_b2 = 0.99 t_b1, so t_b1 = 100 / (1 - 0.9801) = 5025.1256281407..., t_b2 = 0.99 t_b1.
    ValueChain chain = ValueChain.builder()
        .actor("s", Role.S)
        .actor("b1", Role.B)
        .actor("b2", Role.B)
        .actor(consumer("c", 100))
        .trade("s", "b1", GOODS.withShare(0.01).withInput("parts"))
        .trade("s", "b2", GOODS.withShare(0.01).withInput("parts"))
        .trade("b2", "b1", GOODS.withShare(0.99).withInput("parts"))
        .trade("b1", "b2", GOODS.withShare(0.99).withInput("parts"))
        .trade("b1", "c", GOODS)
        .build();
    double b1 = 100 / (1 - 0.9801);

    CriticalActors result = CriticalActors.of(chain);

    assertThat(result.throughput().get("b1")).isCloseTo(b1, within(1e-9 * b1));
    assertThat(result.throughput().get("b2")).isCloseTo(0.99 * b1, within(1e-9 * b1));
  }

  @Test
  void of_largeLoopIsSweptToTheTolerance() {
    // A ring of 300 businesses (more than are solved directly): r(i+1) supplies r(i) with share a and r0 supplies
    // r299, each sourcing the rest from s; c (100) buys from r0. Then t_r(i) = a^i t_r0 and
    // t_r0 = 100 + a · t_r299 = 100 + a^300 t_r0; with a^300 = 0.98, t_r0 = 100 / 0.02 = 5000.
    int k = 300;
    double a = Math.pow(0.98, 1.0 / k);
    ValueChain.Builder builder = ValueChain.builder().actor("s", Role.S).actor(consumer("c", 100));
    for (int i = 0; i < k; i++) {
      builder.actor("r" + i, Role.B);
    }
    for (int i = 0; i < k; i++) {
      builder.trade("r" + ((i + 1) % k), "r" + i, GOODS.withShare(a).withInput("parts"));
      builder.trade("s", "r" + i, GOODS.withShare(1 - a).withInput("parts"));
    }
    builder.trade("r0", "c", GOODS);

    CriticalActors result = CriticalActors.of(builder.build());

    assertThat(result.throughput().get("r0")).isCloseTo(5000.0, within(1e-9 * 5000));
    assertThat(result.throughput().get("r150")).isCloseTo(5000.0 * Math.pow(a, 150), within(1e-9 * 5000));
  }

  @Test
  void of_deepLineNeedsNoRecursion() {
    // m0 -> m1 -> ... -> m9998 -> c: every inner actor is an articulation point and carries c's 10 units.
    int n = 10_000;
    ValueChain chain = Chains.deepLine(n);

    CriticalActors result = CriticalActors.of(chain);

    assertThat(result.articulationPoints()).hasSize(n - 2).doesNotContain("m0", "c");
    assertThat(result.throughput().get("m0")).isEqualTo(10.0);
  }
}
