package io.valueloop.benchmarks;

/**
 * The turns of a floor tick over the records of a {@link TickFloorState}: the same steps, in the same order and with
 * the same arithmetic, as the library's turns ({@code io.valueloop.sim.Turns}) do for a chain without faults,
 * channels, lost sales, capacities, events or observers; only a few sums over actors or ticks (cost sums, role sums)
 * add their terms in another order, which changes their rounding, not their value.
 *
 * <p>A segment's turn (steps 2 and 3): goods due now arrive on its in-flows; it draws its demand from its own
 * SplitMix64 stream (the library pays more for this step, since its demand processes are user objects behind a
 * stream interface); it keeps the demand in its history for the shared signal and orders it, with the demand it
 * serves, on each in-flow, due after the flow's order delay. It also adds last tick's payments to its cost sum.
 *
 * <p>An orderer's turn (steps 2 and 4 to 8): goods due now arrive (from its in-flows, or from its production ring
 * for a source); orders due now arrive on its out-flows and join what it owes; it ships {@code min(1, onHand /
 * owed)} of what it owes on every out-flow (all its customers get the same fraction), into the flows' shipping
 * rings after their lead times, and is paid the price; its own cost is unit cost × shipped + holding × on hand +
 * backlog cost × backlog; its demand signal is the shared demand of its data pairs (each segment's demand delayed by
 * the pair's delay) or else the orders that arrived; its order is {@code max(0, lead · forecast - (onHand - backlog +
 * supply))} with the forecast smoothed exponentially (the first signal starts it), sent on every in-flow (times the
 * flow's coefficient) or into production; and the metrics' running sums follow (on hand, backlog, incoming orders,
 * orders filled from fresh demand, Welford mean and M2 of orders and served demand; revenue and cost sums; role
 * sums of orders and demand).
 *
 * <p>Each turn is O(1 + flows + pairs) and allocates nothing. A turn touches only its own records, its flows' records
 * and (for a shared signal) its segments' history, so the turns of one level may run on several threads at once.
 */
final class TickFloorKernel {
  private TickFloorKernel() {}

  /** Runs the turns of segments {@code [from, to)} at tick {@code now}, adding to {@code sums}. */
  static void segmentTurns(TickFloorState s, int from, int to, int now, TickFloorSums sums) {
    final double[] segment = s.segment;
    final double[] flow = s.flow;
    final double[] history = s.history;
    final long[] random = s.random;
    final int[] inStart = s.inStart;
    final int[] flowDelay = s.flowDelay;
    final double[] flowCoefficient = s.flowCoefficient;
    final int stride = s.flowStride;
    final int arriving = now & s.shipMask;
    final int orderMask = s.orderMask;
    final int fOrder = s.fOrder;
    final int fExposure = s.fExposure;
    final int fPaid = s.fPaid;
    final int fType = s.fType;
    final int historySlot = now & s.historyMask;
    final int historyLength = s.historyLength;
    final double low = s.demandLow;
    final double width = s.demandWidth;
    double spend = 0;
    for (int c = from; c < to; c++) {
      int first = inStart[c];
      int last = inStart[c + 1];
      double received = 0;
      double paid = 0;
      for (int p = first; p < last; p++) {
        int f = p * stride;
        received += flow[f + arriving];
        flow[f + arriving] = 0;
        paid += flow[f + fPaid];
      }
      double demand = low + width * TickFloorRandom.nextDouble(random, c);
      int r = c * TickFloorState.CS;
      segment[r + TickFloorState.C_RECEIVED] = received;
      segment[r + TickFloorState.C_DEMAND] = demand;
      segment[r + TickFloorState.C_COST_SUM] += paid;
      spend += paid;
      history[c * historyLength + historySlot] = demand;
      for (int p = first; p < last; p++) {
        int f = p * stride;
        int type = (int) flow[f + fType];
        flow[f + fOrder + ((now + flowDelay[type]) & orderMask)] = demand * flowCoefficient[type];
        flow[f + fExposure] = demand;
      }
    }
    sums.consumerSpend += spend;
  }

  /**
   * Runs the turns of orderers {@code [from, to)} at tick {@code now}, adding to {@code sums}; {@code inverse} is
   * one over the number of ticks measured so far, this one included (for Welford's means).
   */
  static void ordererTurns(TickFloorState s, int from, int to, int now, double inverse, TickFloorSums sums) {
    final double[] st = s.orderer;
    final double[] flow = s.flow;
    final int[] inStart = s.inStart;
    final int[] outStart = s.outStart;
    final int[] outFlow = s.outFlow;
    final int stride = s.flowStride;
    final int shipMask = s.shipMask;
    final int arriving = now & shipMask;
    final int ordersDue = s.fOrder + (now & s.orderMask);
    final int orderMask = s.orderMask;
    final int fOrder = s.fOrder;
    final int fOwed = s.fOwed;
    final int fExposure = s.fExposure;
    final int fPaid = s.fPaid;
    final int fType = s.fType;
    final double[] price = s.flowPrice;
    final int[] lead = s.flowLead;
    final int[] delay = s.flowDelay;
    final double[] coefficient = s.flowCoefficient;
    final int segments = s.segments;
    final boolean[] typeSource = s.typeSource;
    final double[] typeCapacity = s.typeCapacity;
    final double[] typeUnitCost = s.typeUnitCost;
    final double[] typeHolding = s.typeHolding;
    final double[] typeBacklogCost = s.typeBacklogCost;
    final double[] typeAlpha = s.typeAlpha;
    final double[] typeLead = s.typeLead;
    final int[] typeRole = s.typeRole;
    final int[] pairStart = s.pairStart;
    double ownCosts = 0;
    // Runs of one role (a level is mostly one role) are summed in registers and added to the thread's sums after.
    int role = -1;
    double roleOrders = 0;
    double roleDemand = 0;
    for (int o = from; o < to; o++) {
      final int r = o * TickFloorState.OS;
      final int type = (int) st[r + TickFloorState.O_TYPE];
      final boolean source = typeSource[type];
      final int a = o + segments;

      // Step 2: goods due now arrive; the payments of the last tick complete its cost.
      double received = 0;
      double paid = 0;
      if (source) {
        int slot = o * (s.productionMask + 1) + (now & s.productionMask);
        received = s.production[slot];
        s.production[slot] = 0;
      } else {
        for (int p = inStart[a]; p < inStart[a + 1]; p++) {
          int f = p * stride;
          received += flow[f + arriving];
          flow[f + arriving] = 0;
          paid += flow[f + fPaid];
        }
      }
      double onHand = st[r + TickFloorState.O_ON_HAND] + received;
      double supply = st[r + TickFloorState.O_SUPPLY] - received;

      // Steps 4 and 5: orders due now arrive; ship the same fraction of what is owed to every customer.
      final double backlogBefore = st[r + TickFloorState.O_OWED];
      final int first = outStart[o];
      final int last = outStart[o + 1];
      double arrived = 0;
      double outstanding = 0;
      for (int k = first; k < last; k++) {
        int f = outFlow[k] * stride;
        double x = flow[f + ordersDue];
        flow[f + ordersDue] = 0;
        arrived += x;
        double owed = flow[f + fOwed] + x;
        flow[f + fOwed] = owed;
        outstanding += owed;
      }
      double available = Math.min(onHand, typeCapacity[type]);
      double fraction = outstanding > 0 ? Math.min(1, available / outstanding) : 1;
      double shipped = 0;
      double earned = 0;
      double served = 0;
      double stillOwed = 0;
      for (int k = first; k < last; k++) {
        int f = outFlow[k] * stride;
        int flowType = (int) flow[f + fType];
        served += coefficient[flowType] * flow[f + fExposure];
        double owed = flow[f + fOwed];
        double ship = owed * fraction;
        double left = owed - ship;
        flow[f + fOwed] = left;
        stillOwed += left;
        flow[f + ((now + lead[flowType]) & shipMask)] = ship;
        double pay = ship * price[flowType];
        flow[f + fPaid] = pay;
        shipped += ship;
        earned += pay;
      }
      onHand = Math.max(onHand - shipped, 0.0);

      // Step 6: money.
      double own = typeUnitCost[type] * shipped + typeHolding[type] * onHand
          + typeBacklogCost[type] * stillOwed;
      ownCosts += own;

      // Step 7: the demand signal.
      double signal;
      int pairs = pairStart[o];
      int pairsEnd = pairStart[o + 1];
      if (pairs < pairsEnd) {
        signal = sharedSignal(s, pairs, pairsEnd, now);
      } else {
        signal = arrived;
      }

      // Step 8: order up to lead × forecast.
      double alpha = typeAlpha[type];
      double forecast = st[r + TickFloorState.O_FORECAST];
      forecast = forecast != forecast ? signal : alpha * signal + (1 - alpha) * forecast;
      double q = typeLead[type] * forecast - (onHand - stillOwed + supply);
      if (q < 0) {
        q = 0;
      }
      if (source) {
        q = Math.min(q, typeCapacity[type]);
        s.production[o * (s.productionMask + 1) + ((now + s.productionLead) & s.productionMask)] = q;
        supply += q;
      } else {
        double sent = 0;
        for (int p = inStart[a]; p < inStart[a + 1]; p++) {
          int f = p * stride;
          int flowType = (int) flow[f + fType];
          double units = q * coefficient[flowType];
          flow[f + fOrder + ((now + delay[flowType]) & orderMask)] = units;
          flow[f + fExposure] = served;
          sent += coefficient[flowType];
        }
        supply += q * sent;
      }

      st[r + TickFloorState.O_ON_HAND] = onHand;
      st[r + TickFloorState.O_OWED] = stillOwed;
      st[r + TickFloorState.O_SUPPLY] = supply;
      st[r + TickFloorState.O_FORECAST] = forecast;
      st[r + TickFloorState.O_SIGNAL] = signal;
      st[r + TickFloorState.O_INCOMING] = arrived;
      st[r + TickFloorState.O_SHIPPED] = shipped;
      st[r + TickFloorState.O_RECEIVED] = received;
      st[r + TickFloorState.O_ORDERED] = q;
      st[r + TickFloorState.O_SERVED] = served;
      st[r + TickFloorState.O_REVENUE] = earned;
      st[r + TickFloorState.O_OWN_COST] = own;
      st[r + TickFloorState.O_REVENUE_SUM] += earned;
      st[r + TickFloorState.O_COST_SUM] += own + paid;

      // The metrics' running sums; fill counts shipments against the older backlog first.
      double fresh = shipped - backlogBefore;
      st[r + TickFloorState.M_ON_HAND] += onHand;
      st[r + TickFloorState.M_BACKLOG] += stillOwed;
      st[r + TickFloorState.M_INCOMING] += arrived;
      st[r + TickFloorState.M_FILLED] += Math.max(0.0, Math.min(fresh, arrived));
      double mean = st[r + TickFloorState.M_ORDER_MEAN];
      double d = q - mean;
      mean += d * inverse;
      st[r + TickFloorState.M_ORDER_MEAN] = mean;
      st[r + TickFloorState.M_ORDER_M2] += d * (q - mean);
      mean = st[r + TickFloorState.M_DEMAND_MEAN];
      d = served - mean;
      mean += d * inverse;
      st[r + TickFloorState.M_DEMAND_MEAN] = mean;
      st[r + TickFloorState.M_DEMAND_M2] += d * (served - mean);
      if (typeRole[type] != role) {
        sums.add(role, roleOrders, roleDemand);
        role = typeRole[type];
        roleOrders = 0;
        roleDemand = 0;
      }
      roleOrders += q;
      roleDemand += served;
    }
    sums.add(role, roleOrders, roleDemand);
    sums.ownCost += ownCosts;
  }

  private static double sharedSignal(TickFloorState s, int from, int to, int now) {
    final double[] history = s.history;
    final int[] segment = s.pairSegment;
    final int[] delay = s.pairDelay;
    final int length = s.historyLength;
    final int mask = s.historyMask;
    double sum = 0;
    for (int p = from; p < to; p++) {
      sum += history[segment[p] * length + ((now - delay[p]) & mask)];
    }
    return sum;
  }
}
