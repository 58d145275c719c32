package io.valueloop.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.valueloop.model.FeeBase;
import io.valueloop.model.FlowKind;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.MoneyTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ServiceTerms;
import io.valueloop.model.ValueChain;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodeRecognizerTest {

  private static final GoodsTerms GOODS = GoodsTerms.builder().price(10).leadTime(1).orderDelay(1).build();

  @Test
  void recognize_closedLoopTemplateRealisesItsCodeAndItsParts() {
    ValueChain chain = ChainTemplate.of(BusinessModelCode.S2B2C2S2B).withCount(Role.B, 50).withCount(Role.C, 500)
        .withSeed(1L).build();

    Recognition recognition = CodeRecognizer.recognize(chain);

    assertThat(recognition.codes()).containsExactly(BusinessModelCode.S2B, BusinessModelCode.S2B2C,
        BusinessModelCode.S2B2C2S2B, BusinessModelCode.B2C);
    List<String> loop = recognition.witness(BusinessModelCode.S2B2C2S2B).orElseThrow();
    assertWitness(chain, BusinessModelCode.S2B2C2S2B, loop);
    assertThat(loop.get(3)).isEqualTo(loop.get(0));
    assertThat(loop.get(4)).isEqualTo(loop.get(1));
    assertThat(chain.flow(loop.get(2), loop.get(3), FlowKind.DATA)).isPresent();
  }

  @Test
  void recognize_openS2b2cTemplateIsNotTheClosedLoop() {
    ValueChain chain = ChainTemplate.of(BusinessModelCode.S2B2C).build();

    Recognition recognition = CodeRecognizer.recognize(chain);

    assertThat(recognition.codes())
        .containsExactly(BusinessModelCode.S2B, BusinessModelCode.S2B2C, BusinessModelCode.B2C);
    assertThat(recognition.realizes(BusinessModelCode.S2B2C2S2B)).isFalse();
    assertThat(CodeRecognizer.realizes(chain, BusinessModelCode.S2B2C2S2B)).isEmpty();
  }

  @Test
  void recognize_marketplaceIsOnlyB2c() {
    ValueChain chain = ChainTemplate.marketplace(20, 300).build();

    Recognition recognition = CodeRecognizer.recognize(chain);

    assertThat(recognition.codes()).containsExactly(BusinessModelCode.B2C);
    assertThat(CodeRecognizer.realizes(chain, BusinessModelCode.S2B2C2S2B)).isEmpty();
    assertThat(CodeRecognizer.realizes(chain, BusinessModelCode.parse("P2B2C")))
        .hasValueSatisfying(path -> assertWitness(chain, BusinessModelCode.parse("P2B2C"), path));
  }

  @Test
  void recognize_traditionalDistributionIsB2bAndB2c() {
    ValueChain chain = ChainTemplate.traditionalDistribution(2, 4, 30, 200).build();

    Recognition recognition = CodeRecognizer.recognize(chain);

    assertThat(recognition.codes()).containsExactly(BusinessModelCode.B2C, BusinessModelCode.B2B2C);
    List<String> path = recognition.witness(BusinessModelCode.B2B2C).orElseThrow();
    assertWitness(chain, BusinessModelCode.B2B2C, path);
    assertThat(path.get(0)).startsWith("wholesaler-");
    assertThat(path.get(1)).startsWith("retailer-");
  }

  @Test
  void recognize_c2mTemplateIsOnlyC2m() {
    ValueChain chain = ChainTemplate.of(BusinessModelCode.C2M).build();

    Recognition recognition = CodeRecognizer.recognize(chain);

    assertThat(recognition.codes()).containsExactly(BusinessModelCode.C2M);
    assertWitness(chain, BusinessModelCode.C2M, recognition.witness(BusinessModelCode.C2M).orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"S2B", "S2B2C", "S2B2C2S2B", "B2C", "B2B2C", "C2M", "C2B", "B2C2B", "M2B2B2C",
      "S2B2C2S2B2C"})
  void realizes_everyTemplateRealisesItsOwnCode(String text) {
    BusinessModelCode code = BusinessModelCode.parse(text);
    ValueChain chain = ChainTemplate.of(code).withSeed(11L).build();

    List<String> path = CodeRecognizer.realizes(chain, code).orElseThrow();

    assertWitness(chain, code, path);
    assertThat(CodeRecognizer.recognize(chain, List.of(code)).witnesses()).containsOnlyKeys(code);
  }

  @Test
  void realizes_closedLoopNeedsDataBackToTheSamePlatform() {
    ValueChain.Builder builder = ValueChain.builder()
        .actor("s1", Role.S).actor("s2", Role.S).actor("b", Role.B).actor("b2", Role.B).actor("c", Role.C)
        .trade("s1", "b", GOODS)
        .trade("b", "c", GOODS)
        .trade("s2", "b2", GOODS)
        .data("c", "s2", 1);
    ValueChain chain = builder.build();

    assertThat(CodeRecognizer.realizes(chain, BusinessModelCode.S2B2C)).contains(List.of("s1", "b", "c"));
    assertThat(CodeRecognizer.realizes(chain, BusinessModelCode.S2B2C2S2B)).isEmpty();
  }

  @Test
  void realizes_closedLoopNeedsDataFromAConsumerOnTheWalk() {
    // s gets data, but from c2, whom its business b does not serve; c1, whom b serves, sends none.
    ValueChain chain = ValueChain.builder()
        .actor("s", Role.S).actor("b", Role.B).actor("b2", Role.B).actor("c1", Role.C).actor("c2", Role.C)
        .trade("s", "b", GOODS)
        .trade("b", "c1", GOODS)
        .trade("b2", "c2", GOODS)
        .data("c2", "s", 1)
        .build();

    assertThat(CodeRecognizer.realizes(chain, BusinessModelCode.S2B2C)).contains(List.of("s", "b", "c1"));
    assertThat(CodeRecognizer.realizes(chain, BusinessModelCode.S2B2C2S2B)).isEmpty();
  }

  @Test
  void realizes_closedLoopFindsThePlatformThatGetsTheData() {
    ValueChain chain = ValueChain.builder()
        .actor("s1", Role.S).actor("s2", Role.S).actor("b1", Role.B).actor("b2", Role.B).actor("c", Role.C)
        .trade("s1", "b1", GOODS)
        .service("s2", "b2", ServiceTerms.fee(10))
        .trade("b1", "c", GOODS.withShare(0.5))
        .trade("b2", "c", GOODS.withShare(0.5))
        .data("c", "s2", 0)
        .build();

    assertThat(CodeRecognizer.realizes(chain, BusinessModelCode.S2B2C2S2B))
        .contains(List.of("s2", "b2", "c", "s2", "b2"));
  }

  @Test
  void realizes_moneyDoesNotCarryAStep() {
    ValueChain chain = ValueChain.builder()
        .actor("b", Role.B).actor("c", Role.C)
        .trade("b", "c", GOODS)
        .build();
    BusinessModelCode c2b = BusinessModelCode.parse("C2B");

    assertThat(chain.flow("c", "b", FlowKind.MONEY)).hasValueSatisfying(
        flow -> assertThat(flow.terms()).isEqualTo(MoneyTerms.PAYMENT));
    assertThat(CodeRecognizer.realizes(chain, c2b)).isEmpty();
    assertThat(CodeRecognizer.realizes(chain, BusinessModelCode.B2C)).contains(List.of("b", "c"));
  }

  @Test
  void realizes_dataCarriesOnlyStepsFromConsumers() {
    ValueChain chain = ValueChain.builder()
        .actor("s", Role.S).actor("b", Role.B).actor("c", Role.C)
        .data("s", "b", 0)
        .data("c", "b", 2)
        .build();

    assertThat(CodeRecognizer.realizes(chain, BusinessModelCode.S2B)).isEmpty();
    assertThat(CodeRecognizer.realizes(chain, BusinessModelCode.parse("C2B"))).contains(List.of("c", "b"));
  }

  @Test
  void realizes_serviceCarriesASupplyStep() {
    ValueChain chain = ValueChain.builder()
        .actor("s", Role.S).actor("b", Role.B)
        .service("s", "b", ServiceTerms.takeRate(0.05, FeeBase.REVENUE))
        .build();

    assertThat(CodeRecognizer.realizes(chain, BusinessModelCode.S2B)).contains(List.of("s", "b"));
  }

  @Test
  void realizes_consecutiveActorsMustDiffer() {
    ValueChain selfSupply = ValueChain.builder()
        .actor("b", Role.B).actor("c", Role.C)
        .goods("b", "b", GOODS.withInputCoefficient(0.1))
        .trade("b", "c", GOODS)
        .build();
    ValueChain twoTiers = ValueChain.builder()
        .actor("w", Role.B).actor("r", Role.B).actor("c", Role.C)
        .trade("w", "r", GOODS)
        .trade("r", "c", GOODS)
        .build();

    assertThat(CodeRecognizer.realizes(selfSupply, BusinessModelCode.B2B2C)).isEmpty();
    assertThat(CodeRecognizer.realizes(twoTiers, BusinessModelCode.B2B2C)).contains(List.of("w", "r", "c"));
  }

  @Test
  void realizes_searchesPastDeadEnds() {
    // b1 is reached first from s but sells to nobody; the witness must go through b2.
    ValueChain chain = ValueChain.builder()
        .actor("s", Role.S).actor("b1", Role.B).actor("b2", Role.B).actor("c", Role.C)
        .trade("s", "b1", GOODS)
        .trade("s", "b2", GOODS)
        .trade("b2", "c", GOODS)
        .build();

    assertThat(CodeRecognizer.realizes(chain, BusinessModelCode.S2B2C)).contains(List.of("s", "b2", "c"));
  }

  @Test
  void recognize_keepsCandidateOrderAndTestsRepeatsOnce() {
    ValueChain chain = ChainTemplate.of(BusinessModelCode.S2B2C).build();

    Recognition recognition = CodeRecognizer.recognize(chain, List.of(BusinessModelCode.B2C,
        BusinessModelCode.C2M, BusinessModelCode.S2B, BusinessModelCode.B2C));

    assertThat(recognition.codes()).containsExactly(BusinessModelCode.B2C, BusinessModelCode.S2B);
    assertThat(recognition.witness(BusinessModelCode.C2M)).isEmpty();
  }

  @Test
  void recognize_worksOnALargeChain() {
    ValueChain chain = ChainTemplate.of(BusinessModelCode.S2B2C2S2B).withCount(Role.S, 3).withCount(Role.B, 2_000)
        .withCount(Role.C, 100_000).withMaxSuppliers(4).build();

    Recognition recognition = CodeRecognizer.recognize(chain);

    assertThat(chain.flowCount()).isGreaterThan(500_000);
    assertThat(recognition.codes()).containsExactly(BusinessModelCode.S2B, BusinessModelCode.S2B2C,
        BusinessModelCode.S2B2C2S2B, BusinessModelCode.B2C);
    for (Map.Entry<BusinessModelCode, List<String>> entry : recognition.witnesses().entrySet()) {
      assertWitness(chain, entry.getKey(), entry.getValue());
    }
  }

  @Test
  void realizes_c2cIsAnOpenStepBetweenTwoSegments() {
    // Period 1 would read C2C as a loop c -> c, which needs a self-flow that validation forbids.
    ValueChain chain = ValueChain.builder()
        .actor("c1", Role.C).actor("c2", Role.C).actor("c3", Role.C)
        .data("c1", "c2", 0)
        .data("c2", "c3", 0)
        .build();

    assertThat(CodeRecognizer.realizes(chain, BusinessModelCode.parse("C2C"))).contains(List.of("c1", "c2"));
    assertThat(CodeRecognizer.realizes(chain, BusinessModelCode.parse("C2C2C")))
        .contains(List.of("c1", "c2", "c3"));
  }

  @Test
  void realizes_closedLoopIsNotARingOfPlatforms() {
    // s1 -> b1 -> c1 sends data to s2, and s2 -> b2 -> c2 to s1: a cycle through both platforms, but no consumer's
    // data returns to the platform its own walk started from.
    ValueChain ring = ValueChain.builder()
        .actor("s1", Role.S).actor("s2", Role.S).actor("b1", Role.B).actor("b2", Role.B)
        .actor("c1", Role.C).actor("c2", Role.C)
        .trade("s1", "b1", GOODS)
        .trade("b1", "c1", GOODS)
        .trade("s2", "b2", GOODS)
        .trade("b2", "c2", GOODS)
        .data("c1", "s2", 1)
        .data("c2", "s1", 1)
        .build();
    ValueChain closed = ValueChain.builder()
        .actor("s1", Role.S).actor("s2", Role.S).actor("b1", Role.B).actor("b2", Role.B)
        .actor("c1", Role.C).actor("c2", Role.C)
        .trade("s1", "b1", GOODS)
        .trade("b1", "c1", GOODS)
        .trade("s2", "b2", GOODS)
        .trade("b2", "c2", GOODS)
        .data("c1", "s2", 1)
        .data("c2", "s1", 1)
        .data("c2", "s2", 1)
        .build();

    assertThat(CodeRecognizer.realizes(ring, BusinessModelCode.S2B2C)).contains(List.of("s1", "b1", "c1"));
    assertThat(CodeRecognizer.realizes(ring, BusinessModelCode.S2B2C2S2B)).isEmpty();
    assertThat(CodeRecognizer.realizes(closed, BusinessModelCode.S2B2C2S2B))
        .contains(List.of("s2", "b2", "c2", "s2", "b2"));
  }

  @Test
  void realizes_closedLoopIsPromptWhenManyPlatformsAlmostCloseIt() {
    // Two halves of 2,000 platforms, 10 hub businesses and 40,000 segments each: every platform reaches its half's
    // 40,000 segments, whose data goes to the other half. One component holds every state, and no loop closes.
    ValueChain chain = twoHalves(false);

    Optional<List<String>> witness = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> CodeRecognizer.realizes(chain, BusinessModelCode.S2B2C2S2B));

    assertThat(chain.actorCount()).isEqualTo(84_020);
    assertThat(witness).isEmpty();
  }

  @Test
  void realizes_closedLoopFindsTheOneClosingPlatformAmongThousands() {
    // As above, plus data from ca5 back to sa1999 in its own half: the 2,000th of 4,000 anchors, in batch 32 of 63.
    ValueChain chain = twoHalves(true);

    Optional<List<String>> witness = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> CodeRecognizer.realizes(chain, BusinessModelCode.S2B2C2S2B));

    assertThat(witness).contains(List.of("sa1999", "ba0", "ca5", "sa1999", "ba0"));
  }

  private static ValueChain twoHalves(boolean closeOne) {
    int platforms = 2_000;
    int hubs = 10;
    int segments = 40_000;
    ServiceTerms saas = ServiceTerms.fee(1);
    ValueChain.Builder builder = ValueChain.builder();
    for (String half : List.of("a", "z")) {
      for (int i = 0; i < platforms; i++) {
        builder.actor("s" + half + i, Role.S);
      }
      for (int h = 0; h < hubs; h++) {
        builder.actor("b" + half + h, Role.B);
      }
      for (int i = 0; i < segments; i++) {
        builder.actor("c" + half + i, Role.C);
      }
    }
    for (String half : List.of("a", "z")) {
      String other = half.equals("a") ? "z" : "a";
      for (int h = 0; h < hubs; h++) {
        for (int i = 0; i < platforms; i++) {
          builder.service("s" + half + i, "b" + half + h, saas);
        }
        for (int i = 0; i < segments; i++) {
          builder.service("b" + half + h, "c" + half + i, saas);
        }
      }
      for (int i = 0; i < segments; i++) {
        builder.data("c" + half + i, "s" + other + (i % platforms), 1);
      }
    }
    if (closeOne) {
      builder.data("ca5", "sa1999", 1);
    }
    return builder.build();
  }

  @Test
  void realizes_agreesWithExhaustiveSearchOnRandomSmallChains() {
    List<BusinessModelCode> codes = Stream.of("S2B2C2S2B", "B2C2B", "B2C2B2C", "M2B2C2M2B", "S2B2C", "B2B2C", "C2C",
        "C2M", "S2B2C2B").map(BusinessModelCode::parse).toList();
    Role[] roles = {Role.S, Role.M, Role.B, Role.C};
    SplittableRandom random = new SplittableRandom(7L);
    int realised = 0;
    for (int trial = 0; trial < 2_000; trial++) {
      int n = 2 + random.nextInt(8);
      ValueChain.Builder builder = ValueChain.builder();
      Role[] role = new Role[n];
      for (int a = 0; a < n; a++) {
        role[a] = roles[random.nextInt(roles.length)];
        builder.actor("a" + a, role[a]);
      }
      boolean[][] step = new boolean[n][n];
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < n; b++) {
          if (a != b && random.nextInt(3) == 0) {
            step[a][b] = true;
            if (role[a] == Role.C) {
              builder.data("a" + a, "a" + b, 0);
            } else {
              builder.service("a" + a, "a" + b, ServiceTerms.fee(1));
            }
          } else if (a != b && role[a] != Role.C && random.nextInt(4) == 0) {
            builder.data("a" + a, "a" + b, 0);
          }
        }
      }
      ValueChain chain = builder.build();
      for (BusinessModelCode code : codes) {
        Optional<List<String>> witness = CodeRecognizer.realizes(chain, code);
        boolean expected = exhaustive(code, role, step, new int[code.length()], 0);

        assertThat(witness.isPresent()).as("%s on %s", code, chain).isEqualTo(expected);
        witness.ifPresent(path -> assertWitness(chain, code, path));
        realised += expected ? 1 : 0;
      }
    }
    assertThat(realised).isGreaterThan(100);
  }

  /** Tries every walk; a closed code's walk must also return along a step to its first actor. */
  private static boolean exhaustive(BusinessModelCode code, Role[] role, boolean[][] step, int[] walk, int i) {
    int period = CodeRecognizer.loopPeriod(code);
    int length = period == 0 ? code.length() : period;
    if (i == length) {
      return period == 0 || step[walk[period - 1]][walk[0]];
    }
    for (int a = 0; a < role.length; a++) {
      if (role[a] == code.roles().get(i) && (i == 0 || step[walk[i - 1]][a])) {
        walk[i] = a;
        if (exhaustive(code, role, step, walk, i + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void loopPeriod_isTheLengthUpToTheFirstConsumerForRepeatingCodes() {
    assertThat(CodeRecognizer.loopPeriod(BusinessModelCode.S2B2C2S2B)).isEqualTo(3);
    assertThat(CodeRecognizer.loopPeriod(BusinessModelCode.parse("B2C2B"))).isEqualTo(2);
    assertThat(CodeRecognizer.loopPeriod(BusinessModelCode.parse("B2C2B2C"))).isEqualTo(2);
    assertThat(CodeRecognizer.loopPeriod(BusinessModelCode.S2B2C)).isZero();
    assertThat(CodeRecognizer.loopPeriod(BusinessModelCode.C2M)).isZero();
    assertThat(CodeRecognizer.loopPeriod(BusinessModelCode.parse("S2B2C2B"))).isZero();
    assertThat(CodeRecognizer.loopPeriod(BusinessModelCode.S2B)).isZero();
    assertThat(CodeRecognizer.loopPeriod(BusinessModelCode.parse("C2C"))).isZero();
    assertThat(CodeRecognizer.loopPeriod(BusinessModelCode.parse("C2C2C"))).isZero();
  }

  @Test
  void recognition_rejectsWitnessOfWrongLength() {
    assertThatThrownBy(() -> new Recognition(Map.of(BusinessModelCode.B2C, List.of("b"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("witness length must be the code's length 2 but was 1 (B2C: [b])");
  }

  @Test
  void recognize_rejectsNulls() {
    assertThatThrownBy(() -> CodeRecognizer.recognize(null)).isInstanceOf(NullPointerException.class);
    ValueChain chain = ValueChain.builder().actor("b", Role.B).build();
    assertThatThrownBy(() -> CodeRecognizer.realizes(chain, null)).isInstanceOf(NullPointerException.class);
  }

  /** Checks roles, distinct consecutive actors and a carrying flow of an allowed kind for every step. */
  private static void assertWitness(ValueChain chain, BusinessModelCode code, List<String> path) {
    assertThat(path).hasSize(code.length());
    for (int i = 0; i < path.size(); i++) {
      assertThat(chain.actor(path.get(i)).orElseThrow().role()).isEqualTo(code.roles().get(i));
    }
    for (int i = 0; i + 1 < path.size(); i++) {
      String from = path.get(i);
      String to = path.get(i + 1);
      assertThat(from).isNotEqualTo(to);
      if (code.roles().get(i) == Role.C) {
        assertThat(chain.flow(from, to, FlowKind.DATA)).isPresent();
      } else {
        assertThat(chain.flow(from, to, FlowKind.GOODS).isPresent()
            || chain.flow(from, to, FlowKind.SERVICE).isPresent()).as("step %s -> %s", from, to).isTrue();
      }
    }
  }
}
