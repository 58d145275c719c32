package io.valueloop.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.valueloop.examples.BullwhipLesson.Band;
import io.valueloop.examples.BullwhipLesson.Stage;
import io.valueloop.model.Role;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bullwhip lesson's numbers against Chen, Drezner, Ryan and Simchi-Levi (2000), Management Science 46(3), with
 * L = 2 at every stage and p = 5. 20,000 measured ticks put the relative standard error of a ratio near 1 %, so the
 * tolerance is 5 %.
 */
class BullwhipLessonTest {
  private static final double TOLERANCE = 0.05;
  private static BullwhipLesson.Result result;

  @BeforeAll
  static void runLesson() {
    result = BullwhipLesson.run();
  }

  @Test
  void run_listsTheStagesDownstreamFirst() {
    assertThat(result.stages()).extracting(Stage::role).containsExactly(Role.B, Role.S, Role.M);
    assertThat(result.stages()).extracting(Stage::cumulativeLeadTime).containsExactly(2, 4, 6);
  }

  @Test
  void run_sharingCutsTheBullwhipAtEveryUpstreamStage() {
    List<Stage> upstream = result.stages().subList(1, 3);

    assertThat(upstream).allSatisfy(stage -> assertThat(stage.withSharing()).isLessThan(stage.withoutSharing()));
    // The factory's order variance falls by more than half: 13.52 to 6.28 in theory (see below).
    Stage factory = result.stages().get(2);
    assertThat(factory.withSharing()).isLessThan(0.5 * factory.withoutSharing());
  }

  @Test
  void run_shopSeesTheSameOrdersEitherWay() {
    Stage shop = result.stages().get(0);

    // No data reaches the shop: its signal is its customers' orders in both runs, drawn from the same seed.
    assertThat(shop.withSharing()).isEqualTo(shop.withoutSharing());
    assertThat(shop.withSharing()).isCloseTo(2.12, within(TOLERANCE * 2.12));
  }

  @Test
  void run_withSharingAttainsChensCentralizedBound() {
    // The data reaches S and M at once, so stage k orders D_t + (L_1 + ... + L_k)(F_t - F_{t-1}), the bound.
    assertThat(result.stages()).allSatisfy(stage -> assertThat(stage.withSharing())
        .isCloseTo(stage.centralizedBound(), within(TOLERANCE * stage.centralizedBound())));
  }

  @Test
  void run_withoutSharingStaysAboveChensDecentralizedBound() {
    Stage platform = result.stages().get(1);
    Stage factory = result.stages().get(2);

    assertThat(platform.withoutSharing()).isGreaterThan(platform.decentralizedBound());
    assertThat(factory.withoutSharing()).isGreaterThan(factory.decentralizedBound());
    // Exactly: the shop orders 1.4 D_t - 0.4 D_{t-5}; each stage applies the same filter to its customer's orders,
    // so S orders (1.4 - 0.4 B^5)^2 D = 1.96 D_t - 1.12 D_{t-5} + 0.16 D_{t-10}, ratio 5.1216, and M
    // (1.4 - 0.4 B^5)^3 D, ratio 2.744^2 + 2.352^2 + 0.672^2 + 0.064^2 = 13.5172.
    assertThat(platform.withoutSharing()).isCloseTo(5.1216, within(TOLERANCE * 5.1216));
    assertThat(factory.withoutSharing()).isCloseTo(13.5172, within(TOLERANCE * 13.5172));
  }

  @Test
  void bounds_matchChensFormulas() {
    // 1 + 2L/p + 2L^2/p^2 with L = 2, 4, 6 and p = 5.
    assertThat(BullwhipLesson.centralizedBound(2, 5)).isCloseTo(2.12, within(1e-12));
    assertThat(BullwhipLesson.centralizedBound(4, 5)).isCloseTo(3.88, within(1e-12));
    assertThat(BullwhipLesson.centralizedBound(6, 5)).isCloseTo(6.28, within(1e-12));
    assertThat(BullwhipLesson.centralizedBound(0, 5)).isEqualTo(1.0);
    // 2.12^2 and 2.12^3.
    assertThat(BullwhipLesson.decentralizedBound(new int[] {2, 2}, 5)).isCloseTo(4.4944, within(1e-12));
    assertThat(BullwhipLesson.decentralizedBound(new int[] {2, 2, 2}, 5)).isCloseTo(9.528128, within(1e-12));
    assertThat(result.stages()).extracting(Stage::centralizedBound).containsExactly(
        BullwhipLesson.centralizedBound(2, 5), BullwhipLesson.centralizedBound(4, 5),
        BullwhipLesson.centralizedBound(6, 5));
    assertThat(result.stages()).extracting(Stage::decentralizedBound).containsExactly(
        BullwhipLesson.decentralizedBound(new int[] {2}, 5), BullwhipLesson.decentralizedBound(new int[] {2, 2}, 5),
        BullwhipLesson.decentralizedBound(new int[] {2, 2, 2}, 5));
  }

  @Test
  void bounds_rejectBadArguments() {
    assertThatThrownBy(() -> BullwhipLesson.centralizedBound(-1, 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("total lead time must be non-negative but was -1");
    assertThatThrownBy(() -> BullwhipLesson.decentralizedBound(new int[] {2}, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("moving-average window must be positive but was 0");
  }

  @Test
  void run_bandsSpreadAsTheBullwhipRatiosSay() {
    assertThat(result.bands()).extracting(Band::label).containsExactly(
        "consumers", "shop", "platform off", "platform on", "factory off", "factory on");
    assertThat(result.bands()).allSatisfy(band ->
        assertThat(band.mean()).isCloseTo(BullwhipLesson.MEAN_DEMAND, within(1.0)));
    // The demand's standard deviation is 10; each stage's is that times the square root of its ratio.
    double demandSd = result.bands().get(0).standardDeviation();
    assertThat(demandSd).isCloseTo(BullwhipLesson.DEMAND_SD, within(0.2));
    Stage factory = result.stages().get(2);
    assertThat(result.bands().get(4).standardDeviation())
        .isCloseTo(demandSd * Math.sqrt(factory.withoutSharing()), within(1e-6 * demandSd));
    assertThat(result.bands().get(5).standardDeviation())
        .isCloseTo(demandSd * Math.sqrt(factory.withSharing()), within(1e-6 * demandSd));
    assertThat(result.bands().get(4).low()).isCloseTo(100 - 2 * 10 * Math.sqrt(13.5172), within(5.0));
  }
}
