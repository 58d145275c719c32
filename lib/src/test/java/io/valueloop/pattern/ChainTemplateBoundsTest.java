package io.valueloop.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.valueloop.model.Role;
import org.junit.jupiter.api.Test;

/** Issue 9 points 7 and 9: template settings keep to a chain's bounds; templates that cannot fit fail fast. */
class ChainTemplateBoundsTest {

  @Test
  void withAmounts_beyondTheBoundOfAChain_areRejectedByTheSetter() {
    ChainTemplate template = ChainTemplate.of(BusinessModelCode.S2B2C);

    assertThatThrownBy(() -> template.withDemand(1e308))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("demand must be at most 1e12 but was 1.0E308 (template S2B2C)");
    assertThatThrownBy(() -> template.withSaasFee(2e12)).hasMessageStartingWith("saasFee must be at most 1e12");
    assertThatThrownBy(() -> template.withHoldingCost(2e12)).hasMessageStartingWith("holdingCost must be at most");
    assertThat(template.withDemand(1e12).withBasePrice(1e12 / 1.25 / 1.25).build().actorCount()).isPositive();
  }

  @Test
  void build_consumerSegmentsBeyondTheHeap_failFastSayingHowMuchMemoryItWouldNeed() {
    long start = System.nanoTime();

    // 2·10^8 segments: about 4·10^10 bytes at the low estimate, more than a test JVM's heap; nothing is allocated.
    assertThatThrownBy(() -> ChainTemplate.of(BusinessModelCode.S2B2C).withCount(Role.C, 200_000_000).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("heap needed to build the chain must be at most the heap free, ")
        .hasMessageContaining("Runtime.maxMemory()")
        .hasMessageContaining("for 200000024 actors at 120 bytes and at least 400000066 flows at 40 bytes"
            + " (template S2B2C; give the JVM more heap with -Xmx or build fewer actors)");
    assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
  }

  @Test
  void checkMemory_comparesTheEstimateWithTheFreeHeapInLongArithmetic() {
    // 10^7 segments of S2B2C: 10^7 actors, at least 4·10^7 flows: 1.2 GB + 1.6 GB.
    long actors = 10_000_024;
    long flows = 40_000_000;
    long needed = actors * ChainGenerator.BYTES_PER_ACTOR + flows * ChainGenerator.BYTES_PER_FLOW;

    assertThatCode(() -> ChainGenerator.checkMemory(actors, flows, needed + 1_000, 1_000, "t"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> ChainGenerator.checkMemory(actors, flows, needed + 1_000, 1_001, "t"))
        .hasMessage("heap needed to build the chain must be at most the heap free, 2.8 GB (of a maximum of 2.8 GB,"
            + " Runtime.maxMemory()), but was about 2.8 GB for 10000024 actors at 120 bytes and at least 40000000"
            + " flows at 40 bytes (t; give the JVM more heap with -Xmx or build fewer actors)");
    assertThatThrownBy(() -> ChainGenerator.checkMemory(Integer.MAX_VALUE, Integer.MAX_VALUE, 4L << 30, 0, "t"))
        .hasMessageContaining("but was about 343.6 GB");
  }
}
