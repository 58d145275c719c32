package io.valueloop.sim;

/**
 * How a buyer splits each order of one input among the suppliers of that input (docs/design.md §3, "sourcing
 * rules"), decided at step 8 from what the buyer can see then: which suppliers are <em>up</em> (the link not in an
 * outage and the seller's capacity above zero, both as set at step 1 of this tick) and what each could ship (the
 * seller's on-hand stock limited by its capacity, as the seller left them at the end of the previous tick, since
 * sellers act after their buyers). The units of input {@code k} ordered, {@code q · r_k} with {@code r_k} the sum of
 * {@code inputCoefficient · share} over its flows, are split by weights {@code w_g}: flow {@code g} gets
 * {@code q · r_k · w_g / sum of w over the flows of k}. When every weight is zero (no supplier up) the fixed shares
 * apply. Deterministic: ties go to the supplier with the larger share, then to the lower flow index. Set with
 * {@link Scenario.Builder#sourcing(SourcingRule)} or per buyer; O(suppliers) per order.
 */
public enum SourcingRule {
  /** The flows' shares, whatever the state of the suppliers (the default, the behaviour without sourcing rules). */
  FIXED_SHARES,
  /** The flows' shares over the suppliers that are up: a supplier that is down has its share re-sourced. */
  SHARES_OF_UP,
  /** In proportion to what each supplier that is up could ship: {@code min(on-hand, capacity)}. */
  BY_AVAILABILITY,
  /**
   * Everything from the primary supplier (the largest share) while it is up, else from the next largest up; with
   * {@link Switching} (set per buyer) also away from a primary whose fill rate over a window falls below a threshold,
   * and back only after it has recovered for a given number of ticks.
   */
  PRIMARY_BACKUP,
  /** Everything from the supplier that is up with the lowest price on its flow. */
  CHEAPEST_AVAILABLE,
  /** Everything from the supplier that is up with the shortest order delay plus shipping lead time. */
  FASTEST_AVAILABLE
}
