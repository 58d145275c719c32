package io.valueloop.sim;

import io.valueloop.model.Role;

/**
 * A read-only view of one actor's state at step 8 of a tick (docs/design.md §3), when its ordering rule decides.
 * Quantities are in units of the actor's own product; for a producer, an order is a production-equivalent
 * quantity that the simulation turns into orders for each input ({@code inputCoefficient · share} per unit).
 *
 * <p>A view is valid only during the call it is passed to; the simulation may reuse one object for all actors.
 */
public interface ActorView {

  /** {@return the current tick, counted from 0} */
  int tick();

  /** {@return the actor's id} */
  String id();

  /** {@return the actor's role} */
  Role role();

  /** {@return the on-hand inventory after this tick's shipments, in units (never negative)} */
  double onHand();

  /** {@return the backlog after this tick's shipments: orders received and not yet shipped, in units} */
  double backlog();

  /**
   * Returns the supply line in units of the actor's own product: units ordered from suppliers (or released to
   * production) and not yet received. For an assembler, an actor with two or more inputs, it is the finished units
   * that the inputs held (received, not yet assembled) and on order allow, limited by the scarcest input:
   * {@code min over inputs k of (held_k + onOrder_k) / r_k}, with {@code r_k} the units of input {@code k} per unit
   * of output (Rosling 1989, "Optimal inventory policies for assembly systems under random demands", Operations
   * Research 37(4); Snyder and Shen, Fundamentals of Supply Chain Theory, ch. 6). The simulation then orders each
   * input up to the level the actor's decision needs, so an input held ahead of the others is not ordered again.
   *
   * @return the supply line
   */
  double onOrder();

  /**
   * Returns the inventory position, {@code onHand() - backlog() + onOrder()}; for an assembler, {@code onHand -
   * backlog + min over inputs k of (held_k + onOrder_k) / r_k} (see {@link #onOrder()}).
   *
   * @return the inventory position
   */
  default double inventoryPosition() {
    return onHand() - backlog() + onOrder();
  }

  /**
   * Returns the echelon inventory position, for echelon policies ({@link Policies#echelonBaseStock(double)}): the
   * actor's own {@link #inventoryPosition()} plus, for every actor {@code j} downstream of it in its echelon, the
   * local position {@code IP_j} weighted by {@code w_j}, the units of this actor's product that one unit of
   * {@code j}'s product embodies:
   *
   * <pre>
   *   IP^e = IP + sum over j in E of w_j · IP_j,     w_j = sum over goods flows g from k to j of w_k · c_g   (w = 1 here),
   * </pre>
   *
   * where the echelon {@code E} is every actor that trades goods reachable from this one along GOODS flows
   * (consumer segments excluded) and {@code c_g = inputCoefficient · share} of flow {@code g}. In a serial chain of
   * unit coefficients it is the sum of the local positions of the actor and every stage below it; in a tree
   * (every actor with one supplier) the sum over its subtree, each weighted by the product of the coefficients on
   * its path. What a stage owes the next one appears once with a minus sign (its backlog) and once with a plus sign
   * (on order for the next), so the sum is the echelon's stock on hand, plus goods and orders in transit inside
   * it, plus what this actor has on order, minus what the echelon owes outside it (Clark and Scarf 1960; Snyder and
   * Shen, <i>Fundamentals of Supply Chain Theory</i>, ch. 6). A downstream actor that also buys from outside the
   * echelon counts in the share its flows from the echelon give it. The downstream actors have already decided
   * this tick (they act first, see {@link Simulation}), so their positions include this tick's orders. Costs
   * O(|E|) per call; the echelon is found once, at the first call. Requires the goods flows below the actor to be
   * acyclic. Default: the local position (an actor with nothing downstream).
   *
   * @return the echelon inventory position, in units of the actor's own product
   */
  default double echelonPosition() {
    return inventoryPosition();
  }

  /** {@return the units customers ordered from this actor that arrived this tick (step 4)} */
  double incomingOrders();

  /** {@return the units this actor shipped this tick (step 5)} */
  double shipped();

  /** {@return the units this actor received from suppliers this tick (step 2)} */
  double received();

  /**
   * Returns the demand signal observed this tick (step 7): the actor's own incoming orders, or, where a DATA path
   * from consumers reaches it and the scenario shares information, the consumers' demand delayed by the path (plus,
   * when only some of the segments it serves send data, the orders attributable to the others; see
   * {@link Simulation}).
   *
   * @return the demand signal, in units of the actor's product
   */
  double demandSignal();

  /**
   * Returns the replenishment lead time {@code L} in ticks: the ticks between an order decided at step 8 of tick
   * {@code t} and the goods being usable at step 2 of tick {@code t + L}, that is order delay plus shipping lead
   * time (the largest over the actor's suppliers), or the production lead time of an actor without suppliers.
   *
   * @return the lead time, at least 1
   */
  int leadTime();
}
