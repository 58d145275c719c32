package io.valueloop.benchmarks;

/**
 * {@link TickFloorKernel}'s turns over a {@link TickFloorState} laid out in columns ({@link
 * TickFloorLayout#COLUMNS}): field {@code k} of orderer {@code o} at {@code k · orderers + o}, of flow record {@code
 * p} at {@code k · flows + p}, of segment {@code c} at {@code k · segments + c}. The same steps and arithmetic in
 * the same order, so the same numbers; only the addresses differ. A turn then touches the same bytes as with records
 * but on one memory stream per field (about 20 for an orderer, 8 per flow) rather than one per record.
 */
final class TickFloorColumnsKernel {
  private TickFloorColumnsKernel() {}

  /** Runs the turns of segments {@code [from, to)} at tick {@code now}, adding to {@code sums}. */
  static void segmentTurns(TickFloorState s, int from, int to, int now, TickFloorSums sums) {
    final double[] segment = s.segment;
    final double[] flow = s.flow;
    final double[] history = s.history;
    final long[] random = s.random;
    final int[] inStart = s.inStart;
    final int[] flowDelay = s.flowDelay;
    final double[] flowCoefficient = s.flowCoefficient;
    final int m = s.flowCount;
    final int arriving = (now & s.shipMask) * m;
    final int orderMask = s.orderMask;
    final int fOrder = s.fOrder;
    final int exposureAt = s.fExposure * m;
    final int paidAt = s.fPaid * m;
    final int typeAt = s.fType * m;
    final int receivedAt = TickFloorState.C_RECEIVED * s.segments;
    final int demandAt = TickFloorState.C_DEMAND * s.segments;
    final int costSumAt = TickFloorState.C_COST_SUM * s.segments;
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
        received += flow[arriving + p];
        flow[arriving + p] = 0;
        paid += flow[paidAt + p];
      }
      double demand = low + width * TickFloorRandom.nextDouble(random, c);
      segment[receivedAt + c] = received;
      segment[demandAt + c] = demand;
      segment[costSumAt + c] += paid;
      spend += paid;
      history[c * historyLength + historySlot] = demand;
      for (int p = first; p < last; p++) {
        int type = (int) flow[typeAt + p];
        flow[(fOrder + ((now + flowDelay[type]) & orderMask)) * m + p] = demand * flowCoefficient[type];
        flow[exposureAt + p] = demand;
      }
    }
    sums.consumerSpend += spend;
  }

  /** Runs the turns of orderers {@code [from, to)} at tick {@code now}, as {@link TickFloorKernel#ordererTurns}. */
  static void ordererTurns(TickFloorState s, int from, int to, int now, double inverse, TickFloorSums sums) {
    final double[] st = s.orderer;
    final double[] flow = s.flow;
    final int[] inStart = s.inStart;
    final int[] outStart = s.outStart;
    final int[] outFlow = s.outFlow;
    final int m = s.flowCount;
    final int shipMask = s.shipMask;
    final int arriving = (now & shipMask) * m;
    final int ordersDue = (s.fOrder + (now & s.orderMask)) * m;
    final int orderMask = s.orderMask;
    final int fOrder = s.fOrder;
    final int owedAt = s.fOwed * m;
    final int exposureAt = s.fExposure * m;
    final int paidAt = s.fPaid * m;
    final int typeAt = s.fType * m;
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
    final int k = s.orderers;
    double ownCosts = 0;
    // Runs of one role (a level is mostly one role) are summed in registers and added to the thread's sums after.
    int role = -1;
    double roleOrders = 0;
    double roleDemand = 0;
    for (int o = from; o < to; o++) {
      final int type = (int) st[TickFloorState.O_TYPE * k + o];
      final boolean source = typeSource[type];
      final int a = o + segments;

      double received = 0;
      double paid = 0;
      if (source) {
        int slot = o * (s.productionMask + 1) + (now & s.productionMask);
        received = s.production[slot];
        s.production[slot] = 0;
      } else {
        for (int p = inStart[a]; p < inStart[a + 1]; p++) {
          received += flow[arriving + p];
          flow[arriving + p] = 0;
          paid += flow[paidAt + p];
        }
      }
      double onHand = st[TickFloorState.O_ON_HAND * k + o] + received;
      double supply = st[TickFloorState.O_SUPPLY * k + o] - received;

      final double backlogBefore = st[TickFloorState.O_OWED * k + o];
      final int first = outStart[o];
      final int last = outStart[o + 1];
      double arrived = 0;
      double outstanding = 0;
      for (int j = first; j < last; j++) {
        int p = outFlow[j];
        double x = flow[ordersDue + p];
        flow[ordersDue + p] = 0;
        arrived += x;
        double owed = flow[owedAt + p] + x;
        flow[owedAt + p] = owed;
        outstanding += owed;
      }
      double available = Math.min(onHand, typeCapacity[type]);
      double fraction = outstanding > 0 ? Math.min(1, available / outstanding) : 1;
      double shipped = 0;
      double earned = 0;
      double served = 0;
      double stillOwed = 0;
      for (int j = first; j < last; j++) {
        int p = outFlow[j];
        int flowType = (int) flow[typeAt + p];
        served += coefficient[flowType] * flow[exposureAt + p];
        double owed = flow[owedAt + p];
        double ship = owed * fraction;
        double left = owed - ship;
        flow[owedAt + p] = left;
        stillOwed += left;
        flow[((now + lead[flowType]) & shipMask) * m + p] = ship;
        double pay = ship * price[flowType];
        flow[paidAt + p] = pay;
        shipped += ship;
        earned += pay;
      }
      onHand = Math.max(onHand - shipped, 0.0);

      double own = typeUnitCost[type] * shipped + typeHolding[type] * onHand
          + typeBacklogCost[type] * stillOwed;
      ownCosts += own;

      double signal;
      int pairs = pairStart[o];
      int pairsEnd = pairStart[o + 1];
      if (pairs < pairsEnd) {
        signal = sharedSignal(s, pairs, pairsEnd, now);
      } else {
        signal = arrived;
      }

      double alpha = typeAlpha[type];
      double forecast = st[TickFloorState.O_FORECAST * k + o];
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
          int flowType = (int) flow[typeAt + p];
          flow[(fOrder + ((now + delay[flowType]) & orderMask)) * m + p] = q * coefficient[flowType];
          flow[exposureAt + p] = served;
          sent += coefficient[flowType];
        }
        supply += q * sent;
      }

      st[TickFloorState.O_ON_HAND * k + o] = onHand;
      st[TickFloorState.O_OWED * k + o] = stillOwed;
      st[TickFloorState.O_SUPPLY * k + o] = supply;
      st[TickFloorState.O_FORECAST * k + o] = forecast;
      st[TickFloorState.O_SIGNAL * k + o] = signal;
      st[TickFloorState.O_INCOMING * k + o] = arrived;
      st[TickFloorState.O_SHIPPED * k + o] = shipped;
      st[TickFloorState.O_RECEIVED * k + o] = received;
      st[TickFloorState.O_ORDERED * k + o] = q;
      st[TickFloorState.O_SERVED * k + o] = served;
      st[TickFloorState.O_REVENUE * k + o] = earned;
      st[TickFloorState.O_OWN_COST * k + o] = own;
      st[TickFloorState.O_REVENUE_SUM * k + o] += earned;
      st[TickFloorState.O_COST_SUM * k + o] += own + paid;

      double fresh = shipped - backlogBefore;
      st[TickFloorState.M_ON_HAND * k + o] += onHand;
      st[TickFloorState.M_BACKLOG * k + o] += stillOwed;
      st[TickFloorState.M_INCOMING * k + o] += arrived;
      st[TickFloorState.M_FILLED * k + o] += Math.max(0.0, Math.min(fresh, arrived));
      double mean = st[TickFloorState.M_ORDER_MEAN * k + o];
      double d = q - mean;
      mean += d * inverse;
      st[TickFloorState.M_ORDER_MEAN * k + o] = mean;
      st[TickFloorState.M_ORDER_M2 * k + o] += d * (q - mean);
      mean = st[TickFloorState.M_DEMAND_MEAN * k + o];
      d = served - mean;
      mean += d * inverse;
      st[TickFloorState.M_DEMAND_MEAN * k + o] = mean;
      st[TickFloorState.M_DEMAND_M2 * k + o] += d * (served - mean);
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
