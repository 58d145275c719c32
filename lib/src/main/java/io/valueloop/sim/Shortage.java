package io.valueloop.sim;

/**
 * What becomes of demand a seller cannot ship at once: backordered (owed until shipped, the default),
 * lost at once (lost sales), or waiting up to {@code k} ticks and then lost (customer patience). Set per consumer
 * segment, per buying business, or per trade ({@link Scenario.Builder#shortage(String, String, Shortage)}).
 *
 * <p>Where it acts in the tick ({@link Simulation}): step 5. Orders on a flow wait in arrival order and shipments
 * serve the oldest first; after the seller ships, the units that arrived {@code k} ticks ago and are still unshipped
 * are lost ({@code k = 0}: every unit not shipped in the tick its order arrived). Lost units leave what the seller
 * owes: they are a sink of demand, not of goods, so the conservation check reads {@code owed = orders arrived −
 * shipped − lost}; a buying business learns of its lost units at step 2 of the next tick, when they leave its supply
 * line. Lost revenue is lost units times the flow's price. Needs non-negative orders.
 *
 * <p>Immutable value with value-based equality.
 *
 * @param patience the ticks an order waits before it is lost: 0 for lost sales, {@link Integer#MAX_VALUE} for
 *     backorders
 */
public record Shortage(int patience) {
  private static final Shortage BACKORDER = new Shortage(Integer.MAX_VALUE);
  private static final Shortage LOST = new Shortage(0);

  /**
   * Validates the patience.
   *
   * @param patience the ticks an order waits before it is lost, in [0, 2^29), or {@link Integer#MAX_VALUE}
   */
  public Shortage {
    if (patience < 0 || (patience >= 1 << 29 && patience != Integer.MAX_VALUE)) {
      throw new IllegalArgumentException("patience must be in [0, 2^29) ticks or unlimited but was " + patience);
    }
  }

  /** {@return backorders: unmet demand is owed until shipped (the default)} */
  public static Shortage backorder() {
    return BACKORDER;
  }

  /** {@return lost sales: demand not shipped in the tick its order arrives is lost} */
  public static Shortage lost() {
    return LOST;
  }

  /**
   * Returns patience: an order waits up to {@code ticks} ticks after it arrives and what is still unshipped then is
   * lost; {@code patience(0)} is {@link #lost()}.
   *
   * @param ticks the patience in ticks, in [0, 2^29)
   * @return the rule
   */
  public static Shortage patience(int ticks) {
    return ticks == 0 ? LOST : new Shortage(ticks);
  }

  /** {@return whether unmet demand is backordered (never lost)} */
  public boolean backordered() {
    return patience == Integer.MAX_VALUE;
  }

  @Override
  public String toString() {
    return backordered() ? "backorder" : patience == 0 ? "lost" : "patience(" + patience + ")";
  }
}
