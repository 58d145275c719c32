package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StockPoliciesTest {

  @Test
  void reorderLot_ordersNothingAboveTheReorderPoint() {
    OrderRule rule = Policies.reorderLot(10, 25).start(new ScriptedActorView("b"));

    assertThat(rule.order(new ScriptedActorView("b").position(10.5))).isZero();
  }

  @Test
  void reorderLot_ordersOneLotAtTheReorderPoint() {
    OrderRule rule = Policies.reorderLot(10, 25).start(new ScriptedActorView("b"));

    assertThat(rule.order(new ScriptedActorView("b").position(10))).isEqualTo(25);
    assertThat(rule.order(new ScriptedActorView("b").position(-14))).isEqualTo(25);
  }

  @Test
  void reorderLot_ordersTheSmallestMultipleThatLiftsThePositionAboveR() {
    OrderRule rule = Policies.reorderLot(10, 25).start(new ScriptedActorView("b"));

    // 10 - (-15) = 25 = one lot exactly, which lands on r, not above it: two lots.
    assertThat(rule.order(new ScriptedActorView("b").position(-15))).isEqualTo(50);
    assertThat(rule.order(new ScriptedActorView("b").stock(0, 70, 0))).isEqualTo(100);
  }

  @Test
  void reorderLot_rejectsANonPositiveLot() {
    assertThatThrownBy(() -> Policies.reorderLot(10, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lot size Q must be finite and positive but was 0.0");
  }

  @Test
  void periodicReview_ordersUpToSOnlyOnReviewTicks() {
    OrderRule rule = Policies.periodicReview(3, 1, 40).start(new ScriptedActorView("b"));
    ScriptedActorView view = new ScriptedActorView("b").position(25);

    double[] orders = new double[8];
    for (int t = 0; t < orders.length; t++) {
      orders[t] = rule.order(view.tick(t));
    }

    assertThat(orders).containsExactly(0, 15, 0, 0, 15, 0, 0, 15);
  }

  @Test
  void periodicReview_withPeriodOneIsBaseStock() {
    OrderRule periodic = Policies.periodicReview(1, 0, 30).start(new ScriptedActorView("b"));
    OrderRule baseStock = Policies.reorderPoint(30, 30).start(new ScriptedActorView("b"));

    for (int t = 0; t < 5; t++) {
      ScriptedActorView view = new ScriptedActorView("b").tick(t).stock(10 + t, 2 * t, 3);
      assertThat(periodic.order(view)).isEqualTo(baseStock.order(view));
    }
  }

  @Test
  void periodicReview_rejectsAnOffsetOutsideThePeriod() {
    assertThatThrownBy(() -> Policies.periodicReview(4, 4, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("review offset must be in [0, 4) but was 4");
  }

  @Test
  void echelonBaseStock_ordersUpToTheEchelonLevelOnTheEchelonPosition() {
    OrderRule rule = Policies.echelonBaseStock(50).start(new ScriptedActorView("s"));

    assertThat(rule.order(new ScriptedActorView("s").position(12).echelon(41))).isEqualTo(9);
  }

  @Test
  void echelonBaseStock_withoutDownstreamIsLocalBaseStock() {
    OrderRule rule = Policies.echelonBaseStock(50).start(new ScriptedActorView("s"));

    assertThat(rule.order(new ScriptedActorView("s").stock(20, 5, 10))).isEqualTo(25);
  }

  @Test
  void policies_haveValueEquality() {
    assertThat(Policies.reorderLot(1, 2)).isEqualTo(Policies.reorderLot(1, 2));
    assertThat(Policies.periodicReview(2, 1, 5)).isEqualTo(Policies.periodicReview(2, 1, 5));
    assertThat(Policies.echelonBaseStock(7)).isEqualTo(Policies.echelonBaseStock(7))
        .isNotEqualTo(Policies.echelonBaseStock(8));
  }
}
