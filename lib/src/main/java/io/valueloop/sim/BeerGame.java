package io.valueloop.sim;

import io.valueloop.internal.Preconditions;
import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;

/**
 * Sterman's beer game as a ready chain and scenario: J. D. Sterman (1989), "Modeling managerial behavior:
 * misperceptions of feedback in a dynamic decision making experiment", Management Science 35(3), 321–339.
 *
 * <p>Four echelons in a line, {@code customers <- retailer <- wholesaler <- distributor <- factory}: each holds 12
 * units at the start, pays 0.5 per unit on hand and 1.0 per unit of backlog per week (tick), and orders by Sterman's
 * anchoring-and-adjustment rule with his estimated parameters ({@link Policies#beerGameAnchoring()}). Between two
 * echelons an order takes 2 weeks to reach the supplier and a shipment 2 weeks to arrive; customers' orders reach
 * the retailer the same week. The game starts in equilibrium at 4 units a week ({@link
 * Scenario.Builder#steadyStart(boolean)}): every order and shipping slot holds 4 units, so the supply line of each
 * distribution echelon starts at 16. Customer demand is 4 units a week, then 8 from week 5 on (tick 4, ticks
 * counted from 0), {@code DemandProcesses.step(4, 8, 4)}.
 *
 * <p>The factory has no supplier: its orders are production releases. On Sterman's board a production request
 * waits one week before it enters a two-week production delay, so the factory's lead time is
 * {@value #PRODUCTION_LEAD_TIME} weeks (the scenario's production lead time; its production pipeline also starts
 * with 4 units in each slot) and its capacity is unlimited. Prices are zero: the game scores costs only, so each
 * echelon's {@link ActorMetrics#cost()} is its game score.
 *
 * <p>Sterman's estimated anchor {@code S′ = 17} is not an exact equilibrium of this start: when an echelon decides
 * in week 1 its stock is 12 and its supply line 12 (the two shipping slots and the order still in flight), so it
 * orders {@code 4 + 0.26·(17 − 12 − 0.34·12) = 4.2392}, and the factory, whose supply line is 8, 4.5928.
 *
 * <p>Roles: customers C, retailer and wholesaler B, distributor S, factory M. The scenario records orders, incoming
 * orders, on-hand inventory, backlog and supply line of every actor.
 */
public final class BeerGame {

  /** The id of the customer segment. */
  public static final String CUSTOMERS = "customers";
  /** The id of the retailer. */
  public static final String RETAILER = "retailer";
  /** The id of the wholesaler. */
  public static final String WHOLESALER = "wholesaler";
  /** The id of the distributor. */
  public static final String DISTRIBUTOR = "distributor";
  /** The id of the factory. */
  public static final String FACTORY = "factory";
  /** The length of a game in weeks (ticks): {@value}, the length of the trials Sterman (1989) reports. */
  public static final int WEEKS = 36;
  /** The factory's production lead time in weeks: a one-week production request and a two-week production delay. */
  public static final int PRODUCTION_LEAD_TIME = 3;

  private static final double INITIAL_INVENTORY = 12;
  private static final double HOLDING_COST = 0.5;
  private static final double BACKLOG_COST = 1.0;
  private static final double INITIAL_DEMAND = 4;
  private static final double STEP_DEMAND = 8;
  private static final int STEP_TICK = 4;
  private static final int ORDER_DELAY = 2;
  private static final int SHIPPING_DELAY = 2;

  private BeerGame() {}

  /**
   * Returns the chain of the game.
   *
   * @return the chain: customers, retailer, wholesaler, distributor, factory
   */
  public static ValueChain chain() {
    GoodsTerms echelon = GoodsTerms.builder().price(0).leadTime(SHIPPING_DELAY).orderDelay(ORDER_DELAY).build();
    return ValueChain.builder()
        .actor(Actor.builder().id(CUSTOMERS).role(Role.C).demand(INITIAL_DEMAND).build())
        .actor(echelon(RETAILER, Role.B))
        .actor(echelon(WHOLESALER, Role.B))
        .actor(echelon(DISTRIBUTOR, Role.S))
        .actor(echelon(FACTORY, Role.M))
        .trade(FACTORY, DISTRIBUTOR, echelon)
        .trade(DISTRIBUTOR, WHOLESALER, echelon)
        .trade(WHOLESALER, RETAILER, echelon)
        // Customers take their beer at once: the engine needs a shipping lead time of at least one tick, and
        // what customers receive has no effect on the game.
        .trade(RETAILER, CUSTOMERS, GoodsTerms.builder().price(0).leadTime(1).orderDelay(0).build())
        .build();
  }

  private static Actor echelon(String id, Role role) {
    return Actor.builder()
        .id(id)
        .role(role)
        .initialInventory(INITIAL_INVENTORY)
        .holdingCost(HOLDING_COST)
        .backlogCost(BACKLOG_COST)
        .build();
  }

  /**
   * Returns the scenario of a game of {@value #WEEKS} weeks.
   *
   * @return the scenario
   */
  public static Scenario scenario() {
    return scenario(WEEKS);
  }

  /**
   * Returns the scenario of a game of the given length; {@link Scenario#toBuilder()} changes anything else (for
   * example another policy for one echelon, or the conservation check).
   *
   * @param weeks the number of weeks (ticks), positive
   * @return the scenario
   */
  public static Scenario scenario(int weeks) {
    return Scenario.builder(Preconditions.positive("beer game weeks", weeks))
        .policy(Policies.beerGameAnchoring())
        .demand(CUSTOMERS, DemandProcesses.step(INITIAL_DEMAND, STEP_DEMAND, STEP_TICK))
        .steadyStart(true)
        .productionLeadTime(PRODUCTION_LEAD_TIME)
        .recordAll(Series.ORDERS)
        .recordAll(Series.INCOMING_ORDERS)
        .recordAll(Series.ON_HAND)
        .recordAll(Series.BACKLOG)
        .recordAll(Series.ON_ORDER)
        .build();
  }
}
