package io.valueloop.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The diagnostics of role dynamics (docs/design.md §3, role dynamics): at set-up, where the information-sharing
 * weights of DATA paths do not follow the changes exactly; at the end of a run, converts that found no free seat.
 * Set-up costs O(segments · upstream actors + information-sharing pairs) once; nothing runs per tick.
 */
final class RoleDiagnostics {
  private static final double SAME = 1e-9;

  private RoleDiagnostics() {}

  /** Adds the set-up diagnostics of the scenario's role dynamics on {@code t} to {@code found}. */
  static void setUp(Topology t, Scenario scenario, List<Diagnostic> found) {
    Mechanics m = scenario.mechanics();
    if (!scenario.informationSharing() || t.pairSegment.length == 0
        || scenario.conversions().isEmpty() && m.adoptions().isEmpty() && m.churns().isEmpty()) {
      return;
    }
    Columns columns = new Columns(t);
    for (Conversion c : scenario.conversions()) {
      segmentWeights(t, columns, c.segmentId(), c.segmentId(), found);
      for (String neighbour : c.neighbours()) {
        segmentWeights(t, columns, neighbour, c.segmentId(), found);
      }
    }
    for (Churn churn : m.churns()) {
      churnWeights(t, columns, churn, found);
    }
    for (Adoption adoption : m.adoptions()) {
      adoptionWeights(t, columns, adoption, found);
    }
  }

  /** Returns {@code found} with a warning for each segment whose converts found no free seat. */
  static List<Diagnostic> finish(List<Diagnostic> found, ConversionSegment[] segments) {
    List<Diagnostic> all = null;
    for (ConversionSegment s : segments) {
      if (s.unseated > 0) {
        if (all == null) {
          all = new ArrayList<>(found);
        }
        String id = s.conversion.segmentId();
        all.add(new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Code.CONVERTS_WITHOUT_SEAT,
            "segment " + id + "'s conversion drew " + s.unseated + " converts that found no free seat among its "
                + s.seatCount() + " candidates: they stayed in the pool, so the converted share is capped by the "
                + "seats, not the diffusion; add candidates (Seats.add) to follow the whole curve", Optional.of(id)));
      }
    }
    return all == null ? found : List.copyOf(all);
  }

  /**
   * Warns when an actor's shared demand signal weighs segment {@code id}, whose sellers change with conversions, and
   * the segment's sellers reach that actor in different proportions: the compiled weight then counts the seats'
   * chain shares, not their active ones.
   */
  private static void segmentWeights(Topology t, Columns columns, String id, String conversion,
      List<Diagnostic> found) {
    OptionalInt c = t.chain.indexOf(id);
    int s = c.isPresent() ? consumerPosition(t, c.getAsInt()) : -1;
    if (s < 0) {
      return;
    }
    for (int x = 0; x < t.n; x++) {
      if (!hasPair(t, x, s)) {
        continue;
      }
      double first = Double.NaN;
      for (int p = t.inStart[c.getAsInt()]; p < t.inStart[c.getAsInt() + 1]; p++) {
        double l = columns.value(t.seller[t.inFlow[p]], x);
        if (Double.isNaN(first)) {
          first = l;
        } else if (Math.abs(l - first) > SAME * Math.max(1, Math.abs(first))) {
          found.add(new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Code.ROLE_DYNAMICS_DATA_WEIGHTS,
              "information sharing: actor " + t.chain.id(x) + "'s demand signal weighs segment " + id + " by the "
                  + "chain's compiled shares, but the conversion of segment " + conversion + " moves its demand "
                  + "between sellers that reach " + t.chain.id(x) + " in different proportions: the signal is off "
                  + "while the seats' active shares differ from their chain shares", Optional.of(t.chain.id(x))));
          return;
        }
      }
    }
  }

  /** Warns when a churning actor lies upstream of a segment whose demand an actor's shared signal weighs. */
  private static void churnWeights(Topology t, Columns columns, Churn churn, List<Diagnostic> found) {
    for (String id : churn.actorIds()) {
      OptionalInt a = t.chain.indexOf(id);
      if (a.isEmpty()) {
        continue;
      }
      for (int s = 0; s < t.consumers.length; s++) {
        if (pairCount(t, s) > 0 && columns.value(t.consumers[s], a.getAsInt()) != 0) {
          found.add(new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Code.ROLE_DYNAMICS_DATA_WEIGHTS,
              "information sharing: churning actor " + id + " supplies segment " + t.chain.id(t.consumers[s])
                  + ", whose demand the shared signals weigh by the chain's compiled shares; after it leaves, its "
                  + "customers' demand moves to other sellers but the weights do not follow", Optional.of(id)));
          return;
        }
      }
    }
  }

  /** Warns when an adopting business lies upstream of the wholesaler or the platform ({@link AdoptionData}). */
  private static void adoptionWeights(Topology t, Columns columns, Adoption adoption, List<Diagnostic> found) {
    OptionalInt w = t.chain.indexOf(adoption.wholesalerId());
    OptionalInt p = t.chain.indexOf(adoption.platformId());
    if (w.isEmpty() || p.isEmpty()) {
      return;
    }
    for (String id : adoption.businesses()) {
      OptionalInt b = t.chain.indexOf(id);
      if (b.isPresent() && (columns.value(w.getAsInt(), b.getAsInt()) != 0
          || columns.value(p.getAsInt(), b.getAsInt()) != 0)) {
        found.add(new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Code.ROLE_DYNAMICS_DATA_WEIGHTS,
            "information sharing: adopting business " + id + " lies upstream of the wholesaler or the platform of "
                + "adoption " + adoption.label() + ", so the moves of the DATA weights on adoption are approximate",
            Optional.of(id)));
        return;
      }
    }
  }

  private static int consumerPosition(Topology t, int c) {
    for (int s = 0; s < t.consumers.length; s++) {
      if (t.consumers[s] == c) {
        return s;
      }
    }
    return -1;
  }

  private static boolean hasPair(Topology t, int x, int s) {
    for (int p = t.pairStart[x]; p < t.pairStart[x + 1]; p++) {
      if (t.pairSegment[p] == s) {
        return true;
      }
    }
    return false;
  }

  private static int pairCount(Topology t, int s) {
    int count = 0;
    for (int p = 0; p < t.pairSegment.length; p++) {
      count += t.pairSegment[p] == s ? 1 : 0;
    }
    return count;
  }

  /** The compiled chain's upstream columns {@code L(·, y)}, one at a time: the last one asked for is kept. */
  private static final class Columns {
    private final Topology t;
    private final double[] column;
    private final int[] support;
    private int of = -1;
    private int size;

    Columns(Topology t) {
      this.t = t;
      column = new double[t.n];
      support = new int[t.n];
    }

    /** Returns {@code L(x, y)}: the units of {@code x}'s output one unit of {@code y}'s embodies (1 for x = y). */
    double value(int y, int x) {
      if (of != y) {
        for (int j = 0; j < size; j++) {
          column[support[j]] = 0;
        }
        size = t.equation.upstreamColumn(y, column, support);
        of = y;
      }
      return column[x];
    }
  }
}
