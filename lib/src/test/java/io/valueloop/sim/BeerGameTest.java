package io.valueloop.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Actor;
import io.valueloop.model.Flow;
import io.valueloop.model.FlowKind;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.ValueChain;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Sterman's (1989) beer game: set-up, hand-worked first week, amplification of orders upstream, costs. */
class BeerGameTest {
  private static final double EXACT = 1e-9;
  private static final String[] ECHELONS = {
    BeerGame.RETAILER, BeerGame.WHOLESALER, BeerGame.DISTRIBUTOR, BeerGame.FACTORY
  };

  private static SimulationResult play() {
    return Simulation.of(CompiledChain.compile(BeerGame.chain()))
        .run(BeerGame.scenario().toBuilder().conservationCheck(true).build());
  }

  private static double max(double[] xs) {
    return Arrays.stream(xs).max().orElseThrow();
  }

  @Test
  void chain_hasStermanEchelonsDelaysAndCosts() {
    ValueChain chain = BeerGame.chain();

    assertThat(chain.actorCount()).isEqualTo(5);
    for (String id : ECHELONS) {
      Actor actor = chain.actor(chain.indexOf(id).orElseThrow());
      assertThat(actor.initialInventory()).as(id).isEqualTo(12);
      assertThat(actor.holdingCost()).as(id).isEqualTo(0.5);
      assertThat(actor.backlogCost()).as(id).isEqualTo(1.0);
    }
    for (Flow flow : chain.flows()) {
      if (flow.kind() == FlowKind.GOODS && !flow.target().equals(BeerGame.CUSTOMERS)) {
        GoodsTerms terms = (GoodsTerms) flow.terms();
        assertThat(terms.orderDelay()).as(flow.toString()).isEqualTo(2);
        assertThat(terms.leadTime()).as(flow.toString()).isEqualTo(2);
      }
    }
  }

  @Test
  void play_firstWeekFollowsAnchoringRuleFromFullPipelines() {
    SimulationResult result = play();

    // Every echelon receives 4 and ships 4 in week 1, keeping 12, and sees incoming orders of 4. Its supply line
    // at the decision is the two shipping slots and the one order slot still in flight: 12 units, so it orders
    // 4 + 0.26 (17 - 12 - 0.34 * 12) = 4.2392. The factory's three production slots leave it 8:
    // 4 + 0.26 (17 - 12 - 0.34 * 8) = 4.5928.
    for (String id : new String[] {BeerGame.RETAILER, BeerGame.WHOLESALER, BeerGame.DISTRIBUTOR}) {
      assertThat(result.series(Series.ON_HAND, id)[0]).as(id).isEqualTo(12);
      assertThat(result.series(Series.INCOMING_ORDERS, id)[0]).as(id).isEqualTo(4);
      assertThat(result.series(Series.ORDERS, id)[0]).as(id).isCloseTo(4.2392, within(EXACT));
      assertThat(result.series(Series.ON_ORDER, id)[0]).as(id).isCloseTo(12 + 4.2392, within(EXACT));
    }
    assertThat(result.series(Series.ORDERS, BeerGame.FACTORY)[0]).isCloseTo(4.5928, within(EXACT));
    // The retailer's order of week 1 reaches the wholesaler in week 3 (order delay 2).
    assertThat(result.series(Series.INCOMING_ORDERS, BeerGame.WHOLESALER)[2]).isCloseTo(4.2392, within(EXACT));
  }

  @Test
  void play_amplifiesOrderVarianceAndPeakUpstream() {
    SimulationResult result = play();

    // The bullwhip effect (Sterman 1989; Lee, Padmanabhan and Whang 1997): each echelon's orders vary more, and
    // peak higher, than those of its customer.
    double customerVariance = result.metrics(BeerGame.RETAILER).demandVariance();
    double customerPeak = max(result.series(Series.ORDERS, BeerGame.CUSTOMERS));
    assertThat(customerVariance).isGreaterThan(0);
    for (String id : ECHELONS) {
      ActorMetrics metrics = result.metrics(id);
      double peak = max(result.series(Series.ORDERS, id));
      assertThat(metrics.orderVariance()).as(id).isGreaterThan(customerVariance);
      assertThat(peak).as(id).isGreaterThan(customerPeak);
      assertThat(metrics.bullwhip().orElseThrow()).as(id).isGreaterThan(1);
      customerVariance = metrics.orderVariance();
      customerPeak = peak;
    }
  }

  @Test
  void play_costIsHalfPerUnitOnHandAndOnePerUnitBacklogPerWeek() {
    SimulationResult result = play();

    for (String id : ECHELONS) {
      double[] onHand = result.series(Series.ON_HAND, id);
      double[] backlog = result.series(Series.BACKLOG, id);
      double expected = 0;
      for (int week = 0; week < onHand.length; week++) {
        expected += 0.5 * onHand[week] + 1.0 * backlog[week];
      }
      assertThat(result.metrics(id).cost()).as(id).isCloseTo(expected, within(EXACT * expected));
    }
  }

  @Test
  void play_isDeterministic() {
    SimulationResult first = play();
    SimulationResult second = play();

    for (String id : ECHELONS) {
      assertThat(second.series(Series.ORDERS, id)).as(id).containsExactly(first.series(Series.ORDERS, id));
      assertThat(second.metrics(id)).as(id).isEqualTo(first.metrics(id));
    }
  }

  @Test
  void scenario_rejectsNonPositiveLength() {
    assertThatThrownBy(() -> BeerGame.scenario(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("beer game weeks must be positive but was 0");
  }
}
