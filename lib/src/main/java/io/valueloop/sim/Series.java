package io.valueloop.sim;

/**
 * A per-actor, per-tick quantity of a simulation, as observers read it ({@link TickView#value(Series, int)}) and
 * recorders keep it ({@link Scenario.Builder#record(Series, String...)}). Every value is the one at the end of the
 * tick, after all nine steps of docs/design.md §3; quantities are in units of the actor's own product unless stated, money
 * in currency units.
 */
public enum Series {
  /** On-hand inventory after shipments (never negative). */
  ON_HAND,
  /** Backlog after shipments: orders received and not yet shipped (with negative orders allowed, also the negative part of net inventory). */
  BACKLOG,
  /**
   * Supply line: units ordered (or released to production) and not yet received; for an assembler (two or more
   * inputs), the finished units its inputs held and on order allow, {@code min_k (held_k + onOrder_k) / r_k}
   * ({@link ActorView#onOrder()}).
   */
  ON_ORDER,
  /** Units customers ordered that arrived this tick (step 4). */
  INCOMING_ORDERS,
  /** Units ordered this tick (step 8); for a consumer segment, its demand (step 3). */
  ORDERS,
  /** Units shipped this tick (step 5). */
  SHIPPED,
  /** Units received from suppliers or production this tick (step 2), in the units of what was received. */
  RECEIVED,
  /** The demand signal observed this tick (step 7). */
  DEMAND_SIGNAL,
  /**
   * The consumer demand of this tick the actor would pass on with no amplification: for a segment its demand, for
   * any other actor {@code sum over its goods customers j of coefficient · CONSUMER_DEMAND(j)} (the denominator of
   * the bullwhip ratio).
   */
  CONSUMER_DEMAND,
  /** Capacity in force this tick after events, in units per tick (infinite when unlimited). */
  CAPACITY,
  /** Revenue this tick: sales at the goods flows' prices plus service fees received. */
  REVENUE,
  /** Cost this tick: purchases, service fees paid, unit cost of shipments, holding and backlog costs. */
  COST,
  /** Profit this tick, {@code REVENUE - COST}. */
  PROFIT
}
