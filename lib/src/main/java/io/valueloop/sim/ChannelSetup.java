package io.valueloop.sim;

import io.valueloop.internal.Preconditions;
import io.valueloop.model.Limits;
import java.util.Objects;

/**
 * How one business sells through two channels (docs/design.md §3, "channels"): offline, walk-in customers served
 * from the shop's stock at once; online, orders delivered after the channel's lead time, fulfilled from the shop's
 * stock (ship-from-store) or drop-shipped by a supply platform from the platform's stock for a fee per unit (S2B2C
 * fulfilment). The shop's stock is either <em>integrated</em> (one stock serves both channels, walk-ins first) or
 * <em>separate</em> (an offline and an online stock; goods that arrive are shared between them so that each comes
 * closest to its target share of the stock, the online share of the shop's nominal demand). Unmet offline demand is
 * lost by default (the walk-in customer leaves); unmet online orders are backordered (late) by default. The online
 * price is the trade's price times a factor, and each unit shipped online costs its fulfiller a handling cost.
 *
 * <p>Immutable value with value-based equality; use the factories and withers.
 *
 * @param onlineLeadTime the ticks from an online shipment (step 5) to its arrival at the segment (step 2), at least 1
 * @param integrated whether one stock serves both channels (else one stock per channel); without effect when
 *     online orders are drop-shipped, since the shop then holds offline stock only
 * @param dropShipperId the id of the platform that drop-ships online orders, or empty for ship-from-store
 * @param dropShipFee what the shop pays the platform per unit drop-shipped, on top of the price of the platform's
 *     goods flow to the shop, currency units per unit
 * @param onlinePriceFactor the online price as a multiple of the trade's price, positive
 * @param onlineHandlingCost the fulfiller's own cost per unit shipped online (picking, parcel), currency units
 * @param offlineLost whether unmet offline demand is lost (else backordered)
 * @param onlineLost whether unmet online orders are lost (else backordered: delivered late)
 */
public record ChannelSetup(int onlineLeadTime, boolean integrated, String dropShipperId, double dropShipFee,
    double onlinePriceFactor, double onlineHandlingCost, boolean offlineLost, boolean onlineLost) {

  /**
   * Validates the settings.
   *
   * @param onlineLeadTime the online lead time, in [1, 2^20] ticks
   * @param integrated whether one stock serves both channels
   * @param dropShipperId the drop-shipping platform's id, empty for ship-from-store
   * @param dropShipFee the fee per unit drop-shipped, finite and non-negative
   * @param onlinePriceFactor the online price factor, positive and at most {@link Limits#MAX_SHOCK_FACTOR}
   * @param onlineHandlingCost the handling cost per unit shipped online, finite and non-negative
   * @param offlineLost whether unmet offline demand is lost
   * @param onlineLost whether unmet online orders are lost
   */
  public ChannelSetup {
    Preconditions.check(onlineLeadTime >= 1 && onlineLeadTime <= 1 << 20, "online lead time", "in [1, 2^20] ticks",
        onlineLeadTime, "channels");
    Objects.requireNonNull(dropShipperId, "dropShipperId");
    Preconditions.nonNegativeAtMost("drop-ship fee", dropShipFee, Limits.MAX_AMOUNT, "channels");
    Preconditions.check(onlinePriceFactor > 0 && onlinePriceFactor <= Limits.MAX_SHOCK_FACTOR, "online price factor",
        "in (0, " + Limits.MAX_SHOCK_FACTOR + "]", onlinePriceFactor, "channels");
    Preconditions.nonNegativeAtMost("online handling cost", onlineHandlingCost, Limits.MAX_AMOUNT, "channels");
  }

  /**
   * Returns ship-from-store channels: integrated stock, the trade's price online, no handling cost, offline demand
   * lost and online orders backordered.
   *
   * @param onlineLeadTime the online lead time, at least 1
   * @return the setup
   */
  public static ChannelSetup shipFromStore(int onlineLeadTime) {
    return new ChannelSetup(onlineLeadTime, true, "", 0, 1, 0, true, false);
  }

  /**
   * Returns channels whose online orders a platform drop-ships from its own stock; otherwise as
   * {@link #shipFromStore(int)}.
   *
   * @param platformId the platform's id: an actor with stock that supplies the shop
   * @param feePerUnit the fee the shop pays per unit drop-shipped, non-negative
   * @param onlineLeadTime the online lead time, at least 1
   * @return the setup
   */
  public static ChannelSetup dropShip(String platformId, double feePerUnit, int onlineLeadTime) {
    return new ChannelSetup(onlineLeadTime, true, Preconditions.nonBlank("platformId", platformId), feePerUnit, 1,
        0, true, false);
  }

  /** {@return whether a platform drop-ships the online orders} */
  public boolean dropShips() {
    return !dropShipperId.isEmpty();
  }

  /**
   * Returns this setup with integrated or separate stock.
   *
   * @param on true for one stock serving both channels, false for one stock per channel
   * @return the setup
   */
  public ChannelSetup withIntegrated(boolean on) {
    return new ChannelSetup(onlineLeadTime, on, dropShipperId, dropShipFee, onlinePriceFactor, onlineHandlingCost,
        offlineLost, onlineLost);
  }

  /**
   * Returns this setup with another online price and handling cost.
   *
   * @param priceFactor the online price as a multiple of the trade's price, positive
   * @param handlingCost the fulfiller's own cost per unit shipped online, non-negative
   * @return the setup
   */
  public ChannelSetup withOnlineTerms(double priceFactor, double handlingCost) {
    return new ChannelSetup(onlineLeadTime, integrated, dropShipperId, dropShipFee, priceFactor, handlingCost,
        offlineLost, onlineLost);
  }

  /**
   * Returns this setup with other shortage rules per channel.
   *
   * @param offline whether unmet offline demand is lost (else backordered)
   * @param online whether unmet online orders are lost (else backordered)
   * @return the setup
   */
  public ChannelSetup withLostSales(boolean offline, boolean online) {
    return new ChannelSetup(onlineLeadTime, integrated, dropShipperId, dropShipFee, onlinePriceFactor,
        onlineHandlingCost, offline, online);
  }
}
