package io.valueloop.sim;

import io.valueloop.model.FeeBase;
import io.valueloop.model.Role;
import java.util.List;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;

/**
 * One segment's conversions in a run ({@link Conversion}): its seats, which of them are active, the draws of step
 * 1 and the counts per tick. Seats' flows to the segment and its neighbours claim their takeover shares in the
 * run's {@link Markets}.
 */
final class ConversionSegment {
  final Conversion conversion;
  final Role role;
  private final RoleDynamics roles;
  private final Topology t;
  private final RunState state;
  /** The draws of converts; the draws of leavers, on a stream of their own (common random numbers). */
  private final RandomGenerator random;
  private final RandomGenerator leaving;
  /** Seat actors; {@code seats[0..activeCount)} are active, the rest dormant. */
  private final int[] seats;
  /** Per actor: its position in {@code seats} (shared by the run's segments: an actor seats one segment's b). */
  private final int[] position;
  private final int[] candidate;
  private int activeCount;
  private long converted;
  /** The segment's actor. */
  private final int segmentActor;
  /** For the offer ({@link Conversion#withOffer}): the first candidate's sale flow to the segment, or -1. */
  private final int saleFlow;
  /** The first candidate's service flows (the fees it pays). */
  private final int[] fees;
  /** Converts drawn that found no free seat, over the run. */
  long unseated;
  final int[] converts;
  final int[] leavers;
  final int[] active;

  ConversionSegment(Topology t, RunState state, RoleDynamics roles, Conversion conversion, int ticks,
      RandomGenerator random, RandomGenerator leaving) {
    this.conversion = conversion;
    this.roles = roles;
    this.t = t;
    this.state = state;
    this.random = random;
    this.leaving = leaving;
    String id = conversion.segmentId();
    int c = segment(t, id, "conversion segment");
    segmentActor = c;
    List<String> ids = conversion.candidates();
    if (ids.size() * conversion.takeover() > 1 + 1e-12) {
      throw new IllegalArgumentException("candidates × takeover share must be at most 1 but was " + ids.size()
          + " × " + conversion.takeover() + " (segment " + id + ")");
    }
    candidate = new int[ids.size()];
    for (int j = 0; j < candidate.length; j++) {
      OptionalInt a = t.chain.indexOf(ids.get(j));
      if (a.isEmpty()) {
        throw new IllegalArgumentException("conversion candidate must be an actor of the chain but was '"
            + ids.get(j) + "' (segment " + id + ")");
      }
      candidate[j] = a.getAsInt();
      if (t.chain.role(candidate[j]) != t.chain.role(candidate[0])) {
        throw new IllegalArgumentException("conversion candidates must share one role but were "
            + t.chain.role(candidate[0]) + " and " + t.chain.role(candidate[j]) + " (" + ids.get(j) + ", segment "
            + id + ")");
      }
      if (roles.seatOf[candidate[j]] != null) {
        throw new IllegalArgumentException("conversion candidate must seat converts of one segment but was a "
            + "candidate of two (" + ids.get(j) + ", segment " + id + ")");
      }
      roles.seatOf[candidate[j]] = this;
    }
    role = t.chain.role(candidate[0]);
    claim(t, roles.markets, c, id, conversion.takeover(), id);
    for (String neighbour : conversion.neighbours()) {
      claim(t, roles.markets, segment(t, neighbour, "neighbour segment"), neighbour, conversion.neighbourShare(), id);
    }
    boolean incumbent = false;
    for (int p = t.inStart[c]; p < t.inStart[c + 1]; p++) {
      incumbent |= roles.markets.claim[t.inFlow[p]] == 0;
    }
    if (!incumbent && candidate.length * conversion.takeover() < 1) {
      throw new IllegalArgumentException("segment must have an incumbent seller besides the candidates but had "
          + "none (segment " + id + ")");
    }
    seats = candidate.clone();
    position = roles.seatPosition;
    for (int j = 0; j < seats.length; j++) {
      position[seats[j]] = j;
      roles.deactivate(seats[j]);
    }
    int sale = -1;
    for (int g = t.outStart[candidate[0]]; g < t.outStart[candidate[0] + 1]; g++) {
      if (t.buyer[g] == c) {
        sale = g;
      }
    }
    saleFlow = sale;
    fees = servedBy(t, candidate[0]);
    converts = new int[ticks];
    leavers = new int[ticks];
    active = new int[ticks];
  }

  private static int segment(Topology t, String id, String what) {
    OptionalInt found = t.chain.indexOf(id);
    if (found.isEmpty() || t.kind[found.getAsInt()] != Topology.CONSUMER) {
      throw new IllegalArgumentException(what + " must be a consumer segment of the chain but was '" + id + "' ("
          + (found.isEmpty() ? "unknown actor" : "role " + t.chain.role(found.getAsInt())) + ")");
    }
    return found.getAsInt();
  }

  /** Gives each candidate's flow to segment {@code c} the claim {@code share}; each candidate needs exactly one. */
  private void claim(Topology t, Markets markets, int c, String segmentId, double share, String own) {
    for (int j = 0; j < candidate.length; j++) {
      int found = -1;
      for (int p = t.inStart[c]; p < t.inStart[c + 1]; p++) {
        int g = t.inFlow[p];
        if (t.seller[g] == candidate[j]) {
          if (found >= 0) {
            throw new IllegalArgumentException("conversion candidate must sell to the segment on one goods flow but "
                + "was on several (" + t.chain.id(candidate[j]) + ", segment " + segmentId + ")");
          }
          found = g;
        }
      }
      if (found < 0) {
        throw new IllegalArgumentException("conversion candidate must sell to the segment but was not ("
            + t.chain.id(candidate[j]) + ", segment " + segmentId + (segmentId.equals(own) ? "" : ", neighbour of "
            + own) + ")");
      }
      markets.claim[found] = share;
    }
    double claims = 0;
    for (int p = t.inStart[c]; p < t.inStart[c + 1]; p++) {
      claims += markets.claim[t.inFlow[p]];
    }
    if (claims > 1 + 1e-12) {
      throw new IllegalArgumentException("takeover shares of the seats selling to a segment must add to at most 1 "
          + "but were " + claims + " (segment " + segmentId + ")");
    }
  }

  private static int[] servedBy(Topology t, int seat) {
    int count = 0;
    for (int f = 0; f < t.serviceServed.length; f++) {
      count += t.serviceServed[f] == seat ? 1 : 0;
    }
    int[] served = new int[count];
    count = 0;
    for (int f = 0; f < t.serviceServed.length; f++) {
      if (t.serviceServed[f] == seat) {
        served[count++] = f;
      }
    }
    return served;
  }

  /**
   * What an active b earns per tick at the tick's prices (see {@link Conversion#withOffer}): {@code u·(price of sale
   * − unit cost − Σ price·coefficient of supply) − Σ fees}, {@code u} its takeover share of the nominal demand; the
   * prices are the first candidate's flows' current ones, so a price change ({@link Event#priceChange}) moves the
   * offer from the tick it applies.
   */
  private double offer() {
    int seat = candidate[0];
    double units = conversion.takeover() * t.nominalDemand[segmentActor];
    double price = saleFlow < 0 ? 0 : price(saleFlow);
    double purchase = 0;
    for (int p = t.inStart[seat]; p < t.inStart[seat + 1]; p++) {
      int g = t.inFlow[p];
      purchase += price(g) * t.coefficient[g];
    }
    double paid = 0;
    for (int f : fees) {
      double base = t.serviceBase[f] == FeeBase.PURCHASES.ordinal() ? units * purchase : units * price;
      paid += t.serviceFee[f] + t.serviceRate[f] * base;
    }
    return units * (price - t.unitCost[seat] - purchase) - paid;
  }

  private double price(int g) {
    return state.flowData[t.flowInt[Topology.FI * g + Topology.F_DATA] + Topology.D_PRICE];
  }

  /** Step 1: leavers by the conversion's hazard, then converts. */
  void apply(int tick) {
    int left = Binomial.draw(leaving, activeCount, conversion.churn());
    for (int i = 0; i < left; i++) {
      int seat = seats[leaving.nextInt(activeCount)];
      roles.leave(seat, conversion.leaving());
    }
    long remaining = conversion.pool() - converted;
    double scale = conversion.offerReference() > 0 ? Math.max(0, offer() / conversion.offerReference()) : 1;
    double hazard = Math.min(1, scale * conversion.hazard((double) converted / conversion.pool()));
    long drawn = Binomial.draw(random, remaining, hazard);
    int seated = (int) Math.min(drawn, seats.length - activeCount);
    for (int i = 0; i < seated; i++) {
      int seat = seats[activeCount];
      activeCount++;
      roles.activate(seat);
    }
    converted += seated;
    unseated += drawn - seated;
    converts[tick] = seated;
  }

  /** Records the active seats after step 1. */
  void record(int tick) {
    active[tick] = activeCount;
  }

  /** Frees the seat of an actor that left (by the conversion's hazard or a {@link Churn}), at a tick. */
  void release(int actor, int tick) {
    int i = position[actor];
    activeCount--;
    int last = seats[activeCount];
    seats[i] = last;
    position[last] = i;
    seats[activeCount] = actor;
    position[actor] = activeCount;
    leavers[tick]++;
  }

  /** {@return the number of seats} */
  int seatCount() {
    return seats.length;
  }
}
