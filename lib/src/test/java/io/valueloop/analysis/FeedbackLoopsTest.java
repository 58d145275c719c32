package io.valueloop.analysis;

import static io.valueloop.analysis.Chains.GOODS;
import static io.valueloop.analysis.Chains.consumer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.valueloop.analysis.FeedbackLoops.Limits;
import io.valueloop.model.FlowKind;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import io.valueloop.pattern.BusinessModelCode;
import io.valueloop.pattern.ChainTemplate;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedbackLoopsTest {
  private static final Set<FlowKind> DATA = EnumSet.of(FlowKind.DATA);

  /** S2B2C2S2B: trades s → b → c and c's demand data back to s. */
  private static ValueChain closedLoop() {
    return ValueChain.builder()
        .actor("s", Role.S)
        .actor("b", Role.B)
        .actor(consumer("c", 10))
        .trade("s", "b", GOODS)
        .trade("b", "c", GOODS)
        .data("c", "s", 1)
        .build();
  }

  /** Four actors with a data flow from each to each other: the complete digraph on four vertices. */
  private static ValueChain completeData() {
    return completeData(List.of("a", "b", "c", "d"));
  }

  /** Actors with a data flow from each to each other: the complete digraph on them. */
  private static ValueChain completeData(List<String> ids) {
    ValueChain.Builder builder = ValueChain.builder();
    ids.forEach(id -> builder.actor(id, Role.B));
    for (String from : ids) {
      for (String to : ids) {
        if (!from.equals(to)) {
          builder.data(from, to, 0);
        }
      }
    }
    return builder.build();
  }

  @Test
  void of_closedLoopIsNoGoodsLoop() {
    FeedbackLoops result = FeedbackLoops.of(closedLoop(), FlowKind.GOODS);

    assertThat(result.kinds()).containsExactly(FlowKind.GOODS);
    assertThat(result.loops()).isEmpty();
    assertThat(result.count()).isZero();
    assertThat(result.truncated()).isFalse();
  }

  @Test
  void of_closedLoopIsALoopOfGoodsAndData() {
    FeedbackLoops result =
        FeedbackLoops.of(closedLoop(), EnumSet.of(FlowKind.GOODS, FlowKind.DATA), Limits.defaults());

    assertThat(result.loops()).containsExactly(List.of("s", "b", "c"));
    assertThat(result.count()).isEqualTo(1);
  }

  @Test
  void of_defaultKindsLeaveThePaymentsOut() {
    // Goods, data and service: only s-b-c-s; the trades' payments would add s-b-s and b-c-b.
    FeedbackLoops result = FeedbackLoops.of(closedLoop());

    assertThat(result.kinds()).containsExactly(FlowKind.GOODS, FlowKind.DATA, FlowKind.SERVICE);
    assertThat(result.loops()).containsExactly(List.of("s", "b", "c"));
    assertThat(result.count()).isEqualTo(1);
  }

  @Test
  void of_allKindsAddTheTradesAsLoops() {
    // Over all kinds each trade is a loop (goods one way, money back): s-b-s and b-c-b, plus s-b-c-s.
    FeedbackLoops result = FeedbackLoops.of(closedLoop(), EnumSet.allOf(FlowKind.class), Limits.defaults());

    assertThat(result.kinds()).containsExactlyElementsOf(EnumSet.allOf(FlowKind.class));
    assertThat(result.loops()).containsExactlyInAnyOrder(
        List.of("s", "b"), List.of("s", "b", "c"), List.of("b", "c"));
    assertThat(result.count()).isEqualTo(3);
  }

  @Test
  void of_completeDigraphHasAllItsCycles() {
    // On n = 4 vertices: C(4,2)·1! + C(4,3)·2! + C(4,4)·3! = 6 + 8 + 6 = 20 simple cycles.
    FeedbackLoops result = FeedbackLoops.of(completeData(), FlowKind.DATA);

    assertThat(result.count()).isEqualTo(20);
    assertThat(result.loops()).hasSize(20).doesNotHaveDuplicates();
    assertThat(result.truncated()).isFalse();
    assertThat(result.loops()).allSatisfy(loop -> assertThat(loop.get(0)).isEqualTo(
        loop.stream().min(String::compareTo).orElseThrow()));
  }

  @Test
  void of_lengthLimitKeepsShortLoops() {
    // Up to 2 flows: the 6 pairs; up to 3 flows: 6 + 8 = 14.
    FeedbackLoops two = FeedbackLoops.of(completeData(), DATA, Limits.defaults().withMaxLength(2));
    FeedbackLoops three = FeedbackLoops.of(completeData(), DATA, Limits.defaults().withMaxLength(3));

    assertThat(two.count()).isEqualTo(6);
    assertThat(two.loops()).allSatisfy(loop -> assertThat(loop).hasSize(2));
    assertThat(three.count()).isEqualTo(14);
    assertThat(three.loops()).allSatisfy(loop -> assertThat(loop).hasSizeBetween(2, 3));
    assertThat(two.truncated()).isFalse();
  }

  @Test
  void of_lengthLimitCountsEachLengthOnFiveActors() {
    // On n = 5 vertices there are C(5,k)·(k-1)! cycles of length k: 10, 20, 30 and 24 for k = 2..5.
    ValueChain chain = completeData(List.of("a", "b", "c", "d", "e"));

    assertThat(FeedbackLoops.of(chain, DATA, Limits.defaults().withMaxLength(3)).count()).isEqualTo(30);
    assertThat(FeedbackLoops.of(chain, DATA, Limits.defaults().withMaxLength(4)).count()).isEqualTo(60);
    assertThat(FeedbackLoops.of(chain, DATA, Limits.defaults().withMaxLength(5)).count()).isEqualTo(84);
  }

  @Test
  void of_countLimitTruncates() {
    FeedbackLoops result = FeedbackLoops.of(completeData(), DATA, Limits.defaults().withMaxCounted(10));

    assertThat(result.count()).isEqualTo(10);
    assertThat(result.loops()).hasSize(10);
    assertThat(result.truncated()).isTrue();
  }

  @Test
  void of_countLimitReachedExactlyIsNoTruncation() {
    FeedbackLoops result = FeedbackLoops.of(completeData(), DATA, Limits.defaults().withMaxCounted(20));

    assertThat(result.count()).isEqualTo(20);
    assertThat(result.truncated()).isFalse();
  }

  @Test
  void of_listLimitKeepsCounting() {
    FeedbackLoops result = FeedbackLoops.of(completeData(), DATA, Limits.defaults().withMaxListed(5));

    assertThat(result.loops()).hasSize(5);
    assertThat(result.count()).isEqualTo(20);
    assertThat(result.truncated()).isFalse();
  }

  @Test
  void of_ownUseIsALoopOfOneFlow() {
    ValueChain chain = ValueChain.builder()
        .actor("b", Role.B)
        .actor(consumer("c", 1))
        .goods("b", "b", GOODS)
        .trade("b", "c", GOODS)
        .build();

    FeedbackLoops result = FeedbackLoops.of(chain, EnumSet.of(FlowKind.GOODS), Limits.defaults().withMaxLength(1));

    assertThat(result.loops()).containsExactly(List.of("b"));
  }

  @Test
  void of_separateComponentsAreAllSearched() {
    // Two disjoint goods loops, each through two businesses with a one-tick lead time.
    ValueChain chain = ValueChain.builder()
        .actor("a1", Role.B)
        .actor("b1", Role.B)
        .actor("a2", Role.B)
        .actor("b2", Role.B)
        .goods("a1", "b1", GOODS)
        .goods("b1", "a1", GOODS)
        .goods("b2", "a2", GOODS)
        .goods("a2", "b2", GOODS)
        .build();

    FeedbackLoops result = FeedbackLoops.of(chain, FlowKind.GOODS);

    assertThat(result.loops()).containsExactly(List.of("a1", "b1"), List.of("a2", "b2"));
  }

  @Test
  void of_rejectsNoKinds() {
    assertThatThrownBy(() -> FeedbackLoops.of(closedLoop(), EnumSet.noneOf(FlowKind.class), Limits.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("kinds must be non-empty but was [] (feedback loops)");
  }

  @Test
  void limits_rejectBadBounds() {
    assertThatThrownBy(() -> Limits.defaults().withMaxListed(-1))
        .hasMessage("maxListed must be non-negative but was -1 (limits)");
    assertThatThrownBy(() -> Limits.defaults().withMaxCounted(0))
        .hasMessage("maxCounted must be positive but was 0 (limits)");
    assertThatThrownBy(() -> Limits.defaults().withMaxLength(0))
        .hasMessage("maxLength must be positive but was 0 (limits)");
  }

  @Test
  void of_deepGoodsLineHasNoLoopAndNeedsNoRecursion() {
    FeedbackLoops result = FeedbackLoops.of(Chains.deepLine(10_000), FlowKind.GOODS);

    assertThat(result.count()).isZero();
    assertThat(result.truncated()).isFalse();
  }

  @Test
  void of_stepBudgetBoundsTheWork() {
    // Over all kinds every trade of a 54-actor S2B2C chain is a 2-cycle: one component with millions of loops.
    ValueChain chain = ChainTemplate.of(BusinessModelCode.S2B2C).withCount(Role.B, 10).withCount(Role.C, 40).build();
    Limits limits = Limits.defaults().withMaxSteps(100_000);

    FeedbackLoops result = FeedbackLoops.of(chain, EnumSet.allOf(FlowKind.class), limits);

    assertThat(result.truncated()).isTrue();
    assertThat(result.count()).isPositive().isLessThan(100_000);
  }

  @Test
  void of_defaultsOnAHundredActorTemplateReturnPromptly() {
    // S2B2C: goods M -> S -> B -> C and services S -> B close no loop once payments are left out.
    ValueChain chain = ChainTemplate.of(BusinessModelCode.S2B2C).withCount(Role.B, 20).withCount(Role.C, 80).build();

    FeedbackLoops result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> FeedbackLoops.of(chain));

    assertThat(result.count()).isZero();
    assertThat(result.truncated()).isFalse();
  }

  @Test
  void limits_rejectNoSteps() {
    assertThatThrownBy(() -> Limits.defaults().withMaxSteps(0))
        .hasMessage("maxSteps must be positive but was 0 (limits)");
    assertThat(new Limits(1, 2, 3).maxSteps()).isEqualTo(Limits.DEFAULT_MAX_STEPS);
  }
}
