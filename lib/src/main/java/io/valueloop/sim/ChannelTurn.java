package io.valueloop.sim;

/**
 * Steps 4 and 5 of a business with channels, and the drop-shipments of a platform (docs/design.md §3, "channels";
 * the state is {@link Channels}). One per {@link Turns}, so per thread; what a call produced is left in its fields
 * for the turn to take.
 *
 * <p>A business with channels: orders that reach it on a flow (step 4) split by the segment's online share; the
 * offline part is owed by the business, the online part too under ship-from-store, or is forwarded to the platform,
 * which learns of it at step 5 of the next tick. At step 5 the business first serves walk-ins, from its offline stock
 * (separate) or its one stock (integrated), as much as stock and capacity allow, in proportion to what each segment
 * is owed, on the trade's own shipping ring and within the trade's capacity; then online orders, from the online
 * stock (separate) or what the walk-ins left (integrated), within the capacity left, into the online delivery ring
 * (the channel's lead time). What stays unserved is lost or owed, per channel. With separate stock the net change of
 * the shop's stock since its last step 5 (arrivals, less stock destroyed by a fault) is first shared between the
 * channel stocks: in proportion to how far each is below its target share of the stock, or scaled down with it.
 * A platform adds what it owes for drop-shipments to what it owes its own customers, so that one fraction of the
 * outstanding serves both, and ships those units from its own stock into the online delivery rings.
 */
final class ChannelTurn {
  private final Topology t;
  private final RunState s;
  private final Ledger ledger;
  private final Conservation conservation;
  private final Channels ch;
  private final double[] uncoveredShare;

  /** What the last call produced: orders arrived, their uncovered part, units shipped, money, exposure, owed. */
  double arrived;
  double uncovered;
  double shipped;
  double earned;
  double served;
  double owed;
  /** What a platform owes for drop-shipments on flows that are up, after {@link #dropArrive}. */
  double dropOutstanding;

  ChannelTurn(Topology t, RunState s, Ledger ledger, Conservation conservation, double[] uncoveredShare) {
    this.t = t;
    this.s = s;
    this.ledger = ledger;
    this.conservation = conservation;
    this.ch = s.channels;
    this.uncoveredShare = uncoveredShare;
  }

  /** Returns whether actor {@code a} sells through channels or drop-ships. */
  boolean acts(int a) {
    return ch.setup[a] != null || ch.dropStart[a] < ch.dropStart[a + 1];
  }

  /** Returns whether actor {@code a} sells through channels (its flows are served here, not by the turn). */
  boolean sells(int a) {
    return ch.setup[a] != null;
  }

  /** Returns whether actor {@code a} drop-ships for businesses with channels. */
  boolean dropShips(int a) {
    return ch.dropStart[a] < ch.dropStart[a + 1];
  }

  /** Step 5 of actor {@code a}: its channel flows, or its drop-shipments with the turn's {@code fraction}. */
  void ship(int a, double fraction, int now, boolean links, boolean measuring) {
    if (ch.setup[a] != null) {
      serve(a, now, links, measuring);
    } else {
      arrived = 0;
      uncovered = 0;
      earned = 0;
      served = 0;
      dropShip(a, fraction, now, links, measuring);
    }
  }

  /** Step 4 of a platform: takes the drop-ship orders forwarded a tick ago; returns the units. */
  double dropArrive(int a, int now, boolean links) {
    double due = 0;
    double out = 0;
    for (int i = ch.dropStart[a]; i < ch.dropStart[a + 1]; i++) {
      int g = ch.dropFlow[i];
      int slot = 2 * g + (now & 1);
      double x = ch.forwarded[slot];
      ch.forwarded[slot] = 0;
      ch.before[2 * g + 1] = ch.dropOwed[g];
      ch.arrivedNow[2 * g + 1] = x;
      ch.dropOwed[g] += x;
      due += x;
      if (!links || !s.linkDown[g]) {
        out += ch.dropOwed[g];
      }
    }
    dropOutstanding = out;
    return due;
  }

  private void dropShip(int a, double fraction, int now, boolean links, boolean measuring) {
    double total = 0;
    double left = 0;
    for (int i = ch.dropStart[a]; i < ch.dropStart[a + 1]; i++) {
      int g = ch.dropFlow[i];
      if (measuring) {
        // A drop-shipped order is online demand when it reaches its fulfiller, the platform, as served at once is.
        ch.metric[Channels.MF * (2 * g + 1) + Channels.M_DEMAND] += ch.arrivedNow[2 * g + 1];
      }
      double o = ch.dropOwed[g];
      double x = links && s.linkDown[g] ? 0 : o * fraction;
      double rest = o - x;
      double gone = ch.setup[t.seller[g]].onlineLost() ? rest : 0;
      ch.dropOwed[g] = rest - gone;
      left += rest - gone;
      if (x != 0) {
        deliver(g, x, now, links);
        total += x;
      }
      count(g, 1, x, gone, 0, lostValue(g, gone, ch.setup[t.seller[g]].onlinePriceFactor()), measuring);
    }
    shipped = total;
    owed = left;
  }

  private void serve(int b, int now, boolean links, boolean measuring) {
    final ChannelSetup c = ch.setup[b];
    final double[] data = s.flowData;
    final int[] flowInt = t.flowInt;
    final int r = RunState.record(b);
    final boolean drop = c.dropShips();
    final boolean separate = !c.integrated() && !drop;
    final int first = t.outStart[b];
    final int last = t.outStart[b + 1];
    final double onHand = s.state[r + RunState.S_ON_HAND];
    double online = separate ? restock(b, onHand) : 0;

    // Step 4: orders arrive and split by channel.
    double in = 0;
    double unc = 0;
    double exposure = 0;
    double outOff = 0;
    double outOn = 0;
    for (int g = first; g < last; g++) {
      int f = Topology.FI * g;
      int d = flowInt[f + Topology.F_DATA];
      int slot = flowInt[f + Topology.F_ORDER] + (now & flowInt[f + Topology.F_ORDER_MASK]);
      double x = data[slot];
      double onOwed = ch.onlineOwed[g];
      ch.before[2 * g] = data[d + Topology.D_OWED] - onOwed;
      if (!drop) {
        ch.before[2 * g + 1] = onOwed;
      }
      double on = ch.online(g, x);
      double off = x - on;
      ch.arrivedNow[2 * g] = off;
      if (x != 0) {
        data[slot] = 0;
        if (drop) {
          ch.forwarded[2 * g + ((now + 1) & 1)] += on;
          data[d + Topology.D_OWED] += off;
          in += off;
        } else {
          ch.arrivedNow[2 * g + 1] = on;
          ch.onlineOwed[g] = onOwed + on;
          data[d + Topology.D_OWED] += x;
          in += x;
        }
        if (uncoveredShare != null) {
          unc += (drop ? off : x) * uncoveredShare[g];
        }
        if (conservation != null) {
          conservation.orderArrived(g, x);
        }
      } else if (!drop) {
        ch.arrivedNow[2 * g + 1] = 0;
      }
      if (measuring) {
        ch.metric[Channels.MF * 2 * g + Channels.M_DEMAND] += off;
        if (!drop) {
          ch.metric[Channels.MF * (2 * g + 1) + Channels.M_DEMAND] += on;
        }
      }
      exposure += data[d + Topology.D_COEFFICIENT] * data[d + Topology.D_EXPOSURE];
      if (!links || !s.linkDown[g]) {
        outOff += data[d + Topology.D_OWED] - ch.onlineOwed[g];
        outOn += ch.onlineOwed[g];
      }
    }

    // Step 5: walk-ins first, then online orders from the shop's stock.
    double cap = s.state[r + RunState.S_CAPACITY];
    double available = Math.min(separate ? onHand - online : onHand, cap);
    double fraction = outOff <= available ? 1 : available / outOff;
    double total = 0;
    double money = 0;
    for (int g = first; g < last; g++) {
      int f = Topology.FI * g;
      int d = flowInt[f + Topology.F_DATA];
      double o = data[d + Topology.D_OWED] - ch.onlineOwed[g];
      double x = links && s.linkDown[g] ? 0 : o * fraction;
      if (x > data[d + Topology.D_CAPACITY]) {
        x = data[d + Topology.D_CAPACITY];
      }
      double rest = o - x;
      double gone = c.offlineLost() ? rest : 0;
      data[d + Topology.D_OWED] -= x + gone;
      double pay = 0;
      if (x != 0) {
        int clock = links ? now - s.paused[g] : now;
        if (s.leadTimes != null && s.leadTimes.has(g)) {
          s.leadTimes.ship(g, clock, x);
        } else {
          data[d + Topology.D_SHIP + ((clock + flowInt[f + Topology.F_LEAD]) & flowInt[f + Topology.F_SHIP_MASK])]
              = x;
        }
        if (conservation != null) {
          conservation.shipped(g, x);
        }
        pay = x * data[d + Topology.D_PRICE];
        total += x;
      }
      count(g, 0, x, gone, pay, gone * data[d + Topology.D_PRICE], measuring);
      money += pay;
      book(g, pay, true);
    }
    double offline = total;
    available = Math.min(separate ? online : onHand - offline, cap - offline);
    fraction = outOn <= available ? 1 : available / outOn;
    double left = 0;
    for (int g = first; g < last; g++) {
      int d = flowInt[Topology.FI * g + Topology.F_DATA];
      if (!drop) {
        double o = ch.onlineOwed[g];
        double x = links && s.linkDown[g] ? 0 : o * fraction;
        double rest = o - x;
        double gone = c.onlineLost() ? rest : 0;
        ch.onlineOwed[g] = rest - gone;
        data[d + Topology.D_OWED] -= x + gone;
        double pay = 0;
        if (x != 0) {
          deliver(g, x, now, links);
          pay = x * data[d + Topology.D_PRICE] * c.onlinePriceFactor();
          total += x;
        }
        count(g, 1, x, gone, pay, gone * data[d + Topology.D_PRICE] * c.onlinePriceFactor(), measuring);
        money += pay;
        book(g, pay, false);
      }
      left += data[d + Topology.D_OWED];
    }
    if (separate) {
      ch.onlineStock[b] = online - (total - offline);
    }
    ch.leftOnHand[b] = onHand - total;
    arrived = in;
    uncovered = unc;
    shipped = total;
    earned = money;
    served = exposure;
    owed = left;
  }

  /**
   * Shares the net change of business {@code b}'s stock since its last step 5 between its channel stocks (separate
   * stock) and returns the online stock: a gain in proportion to how far each is below its target share, a loss
   * (stock destroyed) in proportion to each.
   */
  private double restock(int b, double onHand) {
    double online = ch.onlineStock[b];
    double known = ch.leftOnHand[b];
    double fresh = onHand - known;
    if (fresh < 0) {
      online = known > 0 ? online * (onHand / known) : 0;
    } else if (fresh > 0) {
      double theta = ch.onlineTarget[b];
      double needOn = Math.max(0, theta * onHand - online);
      double needOff = Math.max(0, (1 - theta) * onHand - (known - online));
      double need = needOn + needOff;
      online += need > 0 ? fresh * (needOn / need) : fresh * theta;
    }
    return online < 0 ? 0 : Math.min(online, onHand);
  }

  /** Puts {@code x} units shipped online on flow {@code g} into its delivery ring, due after the channel's lead. */
  private void deliver(int g, double x, int now, boolean links) {
    int clock = links ? now - s.paused[g] : now;
    ch.rings.add(g, clock, ch.setup[t.seller[g]].onlineLeadTime(), x);
    ch.onlineShipped[g] += x;
    if (conservation != null) {
      conservation.shipped(g, x);
    }
  }

  /** Returns the value of {@code gone} units lost online on flow {@code g} at its price times {@code factor}. */
  private double lostValue(int g, double gone, double factor) {
    return gone == 0 ? 0 : gone * s.flowData[t.flowInt[Topology.FI * g + Topology.F_DATA] + Topology.D_PRICE] * factor;
  }

  /**
   * Counts one channel's shipment and loss on flow {@code g}: lost units always, metrics (with the lost units'
   * {@code value}) in measured ticks.
   */
  private void count(int g, int channel, double x, double gone, double pay, double value, boolean measuring) {
    if (gone != 0) {
      ch.lost[2 * g + channel] += gone;
    }
    if (measuring) {
      int m = Channels.MF * (2 * g + channel);
      double fresh = x - ch.before[2 * g + channel];
      double atOnce = fresh <= 0 ? 0 : Math.min(fresh, ch.arrivedNow[2 * g + channel]);
      ch.metric[m + Channels.M_SALES] += x;
      ch.metric[m + Channels.M_AT_ONCE] += atOnce;
      ch.metric[m + Channels.M_LOST] += gone;
      ch.metric[m + Channels.M_REVENUE] += pay;
      ch.metric[m + Channels.M_LOST_VALUE] += value;
    }
  }

  /** Books the segment's payment on flow {@code g}, as the turn does at step 6 ({@code first}: the first this tick). */
  private void book(int g, double pay, boolean first) {
    int buyer = t.buyer[g];
    if (ledger.collected[buyer]) {
      ledger.paid[g] = first ? pay : ledger.paid[g] + pay;
    } else if (pay != 0) {
      ledger.cost[buyer] += pay;
      if (ledger.trackPurchases) {
        ledger.purchases[buyer] += pay;
      }
    }
  }
}
