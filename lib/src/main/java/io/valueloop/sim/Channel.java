package io.valueloop.sim;

/**
 * A sales channel of a business (docs/design.md §3, "channels"): how a consumer buys from it.
 */
public enum Channel {
  /** Walk-in: served from the shop's stock at once, delivered with the trade's own shipping lead time. */
  OFFLINE,
  /**
   * Ordered remotely: delivered after the channel's lead time, from the shop's stock (ship-from-store) or
   * drop-shipped by the supply platform from its own stock.
   */
  ONLINE
}
