package io.valueloop.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.FlowKind;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import io.valueloop.pattern.BusinessModelCode;
import io.valueloop.pattern.ChainTemplate;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The analyses on a template chain of 100,000 actors: no recursion that overflows, and prompt answers. */
class LargeChainsTest {
  private static final Duration PROMPT = Duration.ofSeconds(30);
  private static ValueChain chain;
  private static CompiledChain compiled;

  @BeforeAll
  static void build() {
    // S2B2C2S2B: 3 M, 1 S, 5,000 B, 94,996 C; each consumer sends its demand data back to S.
    chain = ChainTemplate.of(BusinessModelCode.S2B2C2S2B)
        .withCount(Role.B, 5_000).withCount(Role.C, 94_996).build();
    compiled = CompiledChain.compile(chain);
  }

  @Test
  void chainDepth_isThreeFlowsFromManufacturerToConsumer() {
    ChainDepth result = assertTimeoutPreemptively(PROMPT, () -> ChainDepth.of(compiled));

    assertThat(chain.actorCount()).isEqualTo(100_000);
    assertThat(result.depth()).isEqualTo(3);
  }

  @Test
  void criticalActors_tracesAllDemandThroughTheOnePlatform() {
    CriticalActors result = assertTimeoutPreemptively(PROMPT, () -> CriticalActors.of(compiled));

    String platform = chain.actors(Role.S).get(0).id();
    assertThat(result.articulationPoints()).contains(platform);
    assertThat(result.throughputShare().get(platform)).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void feedbackLoops_findsEachClosingLoopPromptly() {
    // Every goods path S -> b -> c closes by c's data back to S; manufacturers are on no loop.
    FeedbackLoops result = assertTimeoutPreemptively(PROMPT, () -> FeedbackLoops.of(chain));

    long paths = 0;
    for (int f = 0; f < chain.flowCount(); f++) {
      boolean businessToConsumer = chain.actor(chain.source(f)).role() == Role.B
          && chain.actor(chain.target(f)).role() == Role.C;
      paths += businessToConsumer && chain.kind(f) == FlowKind.GOODS ? 1 : 0;
    }
    assertThat(result.truncated()).isFalse();
    assertThat(result.count()).isEqualTo(paths);
  }

  @Test
  void concentration_givesTheOnePlatformTheWholeMarket() {
    Concentration concentration = assertTimeoutPreemptively(PROMPT, () -> Concentration.of(compiled));

    assertThat(concentration.roleIndex().get(Role.S)).isEqualTo(1.0);
  }
}
