package io.valueloop.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The diagnostics of role dynamics (docs/design.md §3, role dynamics): at set-up, where the information-sharing
 * weights of DATA paths do not follow the changes exactly; at the end of a run, converts that found no free seat.
 * Set-up costs O(n + flows + pairs) plus the upstream columns of the conversion segments' sellers, and O(n + flows)
 * per adoption, once; nothing runs per tick.
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
    // Per consumer position s, the actors whose shared signal weighs segment s: pairActor[pairsOf[s]..pairsOf[s+1]).
    int segments = t.consumers.length;
    int[] pairsOf = new int[segments + 1];
    for (int s : t.pairSegment) {
      pairsOf[s + 1]++;
    }
    for (int s = 0; s < segments; s++) {
      pairsOf[s + 1] += pairsOf[s];
    }
    int[] pairActor = new int[t.pairSegment.length];
    int[] next = pairsOf.clone();
    for (int x = 0; x < t.n; x++) {
      for (int p = t.pairStart[x]; p < t.pairStart[x + 1]; p++) {
        pairActor[next[t.pairSegment[p]]++] = x;
      }
    }
    Columns columns = new Columns(t);
    for (Conversion c : scenario.conversions()) {
      segmentWeights(t, columns, pairsOf, pairActor, c.segmentId(), c.segmentId(), found);
      for (String neighbour : c.neighbours()) {
        segmentWeights(t, columns, pairsOf, pairActor, neighbour, c.segmentId(), found);
      }
    }
    if (!m.churns().isEmpty()) {
      int[] shared = new int[segments];
      int count = 0;
      for (int s = 0; s < segments; s++) {
        if (pairsOf[s + 1] > pairsOf[s]) {
          shared[count++] = t.consumers[s];
        }
      }
      boolean[] upstream = upstream(t, shared, count);
      for (Churn churn : m.churns()) {
        churnWeights(t, upstream, churn, found);
      }
    }
    for (Adoption adoption : m.adoptions()) {
      adoptionWeights(t, adoption, found);
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
   * chain shares, not their active ones. Costs the upstream columns of the segment's sellers once each.
   */
  private static void segmentWeights(Topology t, Columns columns, int[] pairsOf, int[] pairActor, String id,
      String conversion, List<Diagnostic> found) {
    OptionalInt c = t.chain.indexOf(id);
    int s = c.isPresent() ? t.consumerSlot[c.getAsInt()] : -1;
    if (s < 0 || pairsOf[s] == pairsOf[s + 1]) {
      return;
    }
    double[] first = new double[pairsOf[s + 1] - pairsOf[s]];
    for (int p = t.inStart[c.getAsInt()]; p < t.inStart[c.getAsInt() + 1]; p++) {
      int y = t.seller[t.inFlow[p]];
      for (int k = 0; k < first.length; k++) {
        int x = pairActor[pairsOf[s] + k];
        double l = columns.value(y, x);
        if (p == t.inStart[c.getAsInt()]) {
          first[k] = l;
        } else if (Math.abs(l - first[k]) > SAME * Math.max(1, Math.abs(first[k]))) {
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
  private static void churnWeights(Topology t, boolean[] upstream, Churn churn, List<Diagnostic> found) {
    for (String id : churn.actorIds()) {
      OptionalInt a = t.chain.indexOf(id);
      if (a.isPresent() && upstream[a.getAsInt()]) {
        found.add(new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Code.ROLE_DYNAMICS_DATA_WEIGHTS,
            "information sharing: churning actor " + id + " supplies a segment whose demand the shared signals "
                + "weigh by the chain's compiled shares; after it leaves, its customers' demand moves to other "
                + "sellers but the weights do not follow", Optional.of(id)));
        return;
      }
    }
  }

  /** Warns when an adopting business lies upstream of the wholesaler or the platform ({@link AdoptionData}). */
  private static void adoptionWeights(Topology t, Adoption adoption, List<Diagnostic> found) {
    OptionalInt w = t.chain.indexOf(adoption.wholesalerId());
    OptionalInt p = t.chain.indexOf(adoption.platformId());
    if (w.isEmpty() || p.isEmpty()) {
      return;
    }
    boolean[] upstream = upstream(t, new int[] {w.getAsInt(), p.getAsInt()}, 2);
    for (String id : adoption.businesses()) {
      OptionalInt b = t.chain.indexOf(id);
      if (b.isPresent() && upstream[b.getAsInt()]) {
        found.add(new Diagnostic(Diagnostic.Severity.WARNING, Diagnostic.Code.ROLE_DYNAMICS_DATA_WEIGHTS,
            "information sharing: adopting business " + id + " lies upstream of the wholesaler or the platform of "
                + "adoption " + adoption.label() + ", so the moves of the DATA weights on adoption are approximate",
            Optional.of(id)));
        return;
      }
    }
  }

  /** Returns, per actor, whether it has a goods path to one of {@code starts[0..count)} (the starts included). */
  private static boolean[] upstream(Topology t, int[] starts, int count) {
    boolean[] seen = new boolean[t.n];
    int[] queue = new int[t.n];
    int size = 0;
    for (int i = 0; i < count; i++) {
      if (!seen[starts[i]]) {
        seen[starts[i]] = true;
        queue[size++] = starts[i];
      }
    }
    for (int k = 0; k < size; k++) {
      int b = queue[k];
      for (int p = t.inStart[b]; p < t.inStart[b + 1]; p++) {
        int a = t.seller[t.inFlow[p]];
        if (!seen[a]) {
          seen[a] = true;
          queue[size++] = a;
        }
      }
    }
    return seen;
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
