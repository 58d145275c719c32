package io.valueloop.sim;

import java.util.OptionalDouble;

/**
 * What one channel of a business did over the measured ticks (docs/design.md §3, "channels"), summed over the
 * consumer segments it sells to. Units are the business's product; money is in currency units at the channel's
 * price.
 *
 * <p>Immutable value.
 *
 * @param channel the channel
 * @param demand the units ordered through the channel: the orders that reached their fulfiller, the business or, for
 *     drop-shipped online orders, the platform (a tick after the business)
 * @param sales the units shipped through the channel, at once or late
 * @param servedAtOnce the units shipped in the tick their order reached its fulfiller, counting shipments against
 *     older orders first
 * @param lost the units not served and lost (a walk-in customer leaves; an online order under lost sales)
 * @param late the units shipped after the tick their order reached the business (backorders served)
 * @param revenue the money consumers paid through the channel
 * @param lostRevenue the value of the lost units at the channel's price when they were lost (also counted in
 *     {@link SimulationResult#lostSales} of the business and {@link SimulationResult#lostDemand} of the segment)
 */
public record ChannelMetrics(Channel channel, double demand, double sales, double servedAtOnce, double lost,
    double late, double revenue, double lostRevenue) {

  /** {@return the fill rate, units served at once / units ordered; empty without demand} */
  public OptionalDouble fillRate() {
    return demand > 0 ? OptionalDouble.of(servedAtOnce / demand) : OptionalDouble.empty();
  }
}
