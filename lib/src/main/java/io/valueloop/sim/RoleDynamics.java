package io.valueloop.sim;

import io.valueloop.model.Role;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;

/**
 * The role dynamics of a run ({@link Conversion}): at step 1 of each tick, after events and faults, each segment
 * with a conversion draws its leavers and converts on its own stream and rewrites the order coefficients of its
 * goods flows in the run's state. Everything is sized when the run is set up; a tick allocates nothing.
 */
final class RoleDynamics {
  private final Segment[] segments;

  private RoleDynamics(Segment[] segments) {
    this.segments = segments;
  }

  /** Returns the role dynamics of a run, or null when the scenario has no conversion. */
  static RoleDynamics of(Topology t, Scenario scenario, RunState state) {
    List<Conversion> conversions = scenario.conversions();
    if (conversions.isEmpty()) {
      return null;
    }
    if (scenario.steadyStart()) {
      throw new IllegalArgumentException("steadyStart must be false with role dynamics but was true (scenario)");
    }
    RandomStreams random = RandomStreams.of(scenario.seed());
    Segment[] segments = new Segment[conversions.size()];
    for (int i = 0; i < segments.length; i++) {
      Conversion conversion = conversions.get(i);
      segments[i] = new Segment(t, state, conversion, scenario.ticks(),
          random.stream(scenario.replication(), "conversion/" + conversion.segmentId()));
    }
    return new RoleDynamics(segments);
  }

  /** Step 1: leavers, then converts, then the segments' new order coefficients. */
  void apply(int tick) {
    for (Segment segment : segments) {
      segment.apply(tick);
    }
  }

  /** Returns the traces by segment id, in the scenario's order. */
  Map<String, PopulationTrace> traces() {
    Map<String, PopulationTrace> traces = new LinkedHashMap<>();
    for (Segment segment : segments) {
      traces.put(segment.conversion.segmentId(), new PopulationTrace(segment.conversion, segment.role,
          segment.converts, segment.leavers, segment.active));
    }
    return traces;
  }

  /** One segment's population: its seats (candidate flows), the active and dormant seats and the counts. */
  private static final class Segment {
    private final Conversion conversion;
    private final Role role;
    private final RunState state;
    private final RandomGenerator random;
    /** Coefficient slots in {@code state.flowData} of the incumbents' and the candidates' flows to the segment. */
    private final int[] incumbentSlot;
    private final double[] incumbentCoefficient;
    private final int[] seatSlot;
    /** {@code seats[0..active)} are active, {@code seats[active..)} dormant. */
    private final int[] seats;
    private int activeCount;
    private long converted;
    private final double total;
    private final double takeover;
    private final int[] converts;
    private final int[] leavers;
    private final int[] active;

    Segment(Topology t, RunState state, Conversion conversion, int ticks, RandomGenerator random) {
      this.conversion = conversion;
      this.state = state;
      this.random = random;
      String id = conversion.segmentId();
      OptionalInt found = t.chain.indexOf(id);
      if (found.isEmpty() || t.kind[found.getAsInt()] != Topology.CONSUMER) {
        throw new IllegalArgumentException("conversion segment must be a consumer segment of the chain but was '"
            + id + "' (" + (found.isEmpty() ? "unknown actor" : "role " + t.chain.role(found.getAsInt())) + ")");
      }
      int c = found.getAsInt();
      List<String> ids = conversion.candidates();
      if (ids.size() * conversion.takeover() > 1 + 1e-12) {
        throw new IllegalArgumentException("candidates × takeover share must be at most 1 but was " + ids.size()
            + " × " + conversion.takeover() + " (segment " + id + ")");
      }
      int[] candidate = new int[ids.size()];
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
      }
      role = t.chain.role(candidate[0]);
      int inFlows = t.inStart[c + 1] - t.inStart[c];
      seatSlot = new int[candidate.length];
      Arrays.fill(seatSlot, -1);
      int[] incumbents = new int[inFlows];
      int incumbentCount = 0;
      double sum = 0;
      double incumbentSum = 0;
      for (int p = t.inStart[c]; p < t.inStart[c + 1]; p++) {
        int g = t.inFlow[p];
        sum += t.coefficient[g];
        int seat = indexOf(candidate, t.seller[g]);
        int slot = t.flowInt[Topology.FI * g + Topology.F_DATA] + Topology.D_COEFFICIENT;
        if (seat < 0) {
          incumbents[incumbentCount++] = slot;
          incumbentSum += t.coefficient[g];
        } else if (seatSlot[seat] >= 0) {
          throw new IllegalArgumentException("conversion candidate must sell to the segment on one goods flow but "
              + "was on several (" + ids.get(seat) + ", segment " + id + ")");
        } else {
          seatSlot[seat] = slot;
        }
      }
      for (int j = 0; j < candidate.length; j++) {
        if (seatSlot[j] < 0) {
          throw new IllegalArgumentException("conversion candidate must sell to the segment but was not ("
              + ids.get(j) + ", segment " + id + ")");
        }
      }
      if (incumbentCount == 0 && candidate.length * conversion.takeover() < 1) {
        throw new IllegalArgumentException("segment must have an incumbent seller besides the candidates but had "
            + "none (segment " + id + ")");
      }
      incumbentSlot = Arrays.copyOf(incumbents, incumbentCount);
      incumbentCoefficient = new double[incumbentCount];
      for (int i = 0; i < incumbentCount; i++) {
        incumbentCoefficient[i] = incumbentSum > 0 ? state.flowData[incumbentSlot[i]] / incumbentSum : 0;
      }
      total = sum;
      takeover = conversion.takeover();
      seats = new int[candidate.length];
      for (int j = 0; j < seats.length; j++) {
        seats[j] = j;
      }
      converts = new int[ticks];
      leavers = new int[ticks];
      active = new int[ticks];
      rewire();
    }

    void apply(int tick) {
      int left = Binomial.draw(random, activeCount, conversion.churn());
      double[] data = state.flowData;
      for (int i = 0; i < left; i++) {
        int pick = random.nextInt(activeCount);
        activeCount--;
        swap(pick, activeCount);
        data[seatSlot[seats[activeCount]]] = 0;
      }
      long remaining = conversion.pool() - converted;
      double hazard = conversion.hazard((double) converted / conversion.pool());
      long drawn = Binomial.draw(random, remaining, hazard);
      int seated = (int) Math.min(drawn, seats.length - activeCount);
      for (int i = 0; i < seated; i++) {
        data[seatSlot[seats[activeCount++]]] = takeover * total;
      }
      converted += seated;
      converts[tick] = seated;
      leavers[tick] = left;
      active[tick] = activeCount;
      if (left != 0 || seated != 0) {
        incumbents();
      }
    }

    /** Writes every seat's order coefficient: σ·total per active seat, 0 per dormant one; then the incumbents'. */
    private void rewire() {
      double[] data = state.flowData;
      for (int j = 0; j < seats.length; j++) {
        data[seatSlot[seats[j]]] = j < activeCount ? takeover * total : 0;
      }
      incumbents();
    }

    /** Writes the incumbents' order coefficients: {@code 1 − k·σ} of the total, split by their chain shares. */
    private void incumbents() {
      double[] data = state.flowData;
      double rest = Math.max(0, 1 - activeCount * takeover) * total;
      for (int i = 0; i < incumbentSlot.length; i++) {
        data[incumbentSlot[i]] = rest * incumbentCoefficient[i];
      }
    }

    private void swap(int i, int j) {
      int x = seats[i];
      seats[i] = seats[j];
      seats[j] = x;
    }

    private static int indexOf(int[] values, int value) {
      for (int i = 0; i < values.length; i++) {
        if (values[i] == value) {
          return i;
        }
      }
      return -1;
    }
  }
}
