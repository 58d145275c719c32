package io.valueloop.sim;

/**
 * The uncovered shares of a run that follow role dynamics ({@link DataWeights}; docs/design.md §3, role dynamics):
 * per goods flow {@code g: a → b} whose seller receives shared data, {@code u(g) = 1 − covered(g) / x(b)}, with
 * {@code x(b) = sum over segments c of L(b, c)·d_c} the gross output of the nominal demand and {@code covered(g)}
 * the same sum over the segments whose data reach {@code a} (each segment counted once, {@code d_c = 1}, if
 * {@code b} serves no nominal demand), as {@link Topology} compiles them. Each solved column moves these sums by
 * its changed multipliers, and the shares of the buyers it touched are worked out again; a sum whose last term
 * leaves is set to exactly zero, so that rounding leaves no residue. Nothing is allocated after set-up.
 */
final class UncoveredShares {
  private final Topology t;
  private final double[] uncovered;
  private final int[] slotPairStart;
  private final int[] slotPair;
  private final int[] pairActor;
  /** Gross outputs of the nominal and unit demand; covered demand per goods flow. */
  private final double[] gross;
  private final double[] grossUnit;
  private final double[] covered;
  private final double[] coveredUnit;
  /** Per actor, the columns in which its multiplier is not zero; per goods flow, those that add to its coverage. */
  private final int[] grossTerms;
  private final int[] coveredTerms;
  private final boolean[] reached;
  private final boolean[] touched;
  private final int[] touchedList;
  private int touchedCount;

  UncoveredShares(Topology t, double[] uncovered, int[] slotPairStart, int[] slotPair, int[] pairActor) {
    this.t = t;
    this.uncovered = uncovered;
    this.slotPairStart = slotPairStart;
    this.slotPair = slotPair;
    this.pairActor = pairActor;
    int n = t.n;
    gross = new double[n];
    grossUnit = new double[n];
    reached = new boolean[n];
    touched = new boolean[n];
    touchedList = new int[n];
    grossTerms = new int[n];
    covered = new double[t.m];
    coveredUnit = new double[t.m];
    coveredTerms = new int[t.m];
  }

  /**
   * Moves each changed multiplier {@code L(b, c)} of segment slot {@code s}'s column (old values in {@code before},
   * new ones in {@code x}, support {@code actors[from..to)}) into the gross outputs of {@code b} and the covered
   * demand of {@code b}'s supply flows from sellers that {@code c}'s data reaches.
   */
  void move(int s, int c, int[] actors, double[] before, double[] x, int from, int to) {
    double demand = t.nominalDemand[c];
    for (int j = slotPairStart[s]; j < slotPairStart[s + 1]; j++) {
      reached[pairActor[slotPair[j]]] = true;
    }
    for (int j = from; j < to; j++) {
      int b = actors[j];
      double change = x[b] - before[j];
      if (change == 0) {
        continue;
      }
      int terms = before[j] == 0 ? 1 : x[b] == 0 ? -1 : 0;
      grossTerms[b] += terms;
      gross[b] = grossTerms[b] == 0 ? 0 : gross[b] + change * demand;
      grossUnit[b] = grossTerms[b] == 0 ? 0 : grossUnit[b] + change;
      for (int p = t.inStart[b]; p < t.inStart[b + 1]; p++) {
        int g = t.inFlow[p];
        int a = t.seller[g];
        if (a != c && reached[a]) {
          coveredTerms[g] += terms;
          covered[g] = coveredTerms[g] == 0 ? 0 : covered[g] + change * demand;
          coveredUnit[g] = coveredTerms[g] == 0 ? 0 : coveredUnit[g] + change;
        }
      }
      if (!touched[b]) {
        touched[b] = true;
        touchedList[touchedCount++] = b;
      }
    }
    for (int j = slotPairStart[s]; j < slotPairStart[s + 1]; j++) {
      reached[pairActor[slotPair[j]]] = false;
    }
  }

  /** Works out the shares of the buyers touched since the last update. */
  void update() {
    for (int i = 0; i < touchedCount; i++) {
      int b = touchedList[i];
      touched[b] = false;
      shares(b);
    }
    touchedCount = 0;
  }

  /** At set-up, once every column has been moved in: works out every share. */
  void all() {
    for (int b = 0; b < t.n; b++) {
      touched[b] = false;
      shares(b);
    }
    touchedCount = 0;
  }

  /** Works out the uncovered share of each supply flow of {@code b} whose seller receives shared data. */
  private void shares(int b) {
    for (int p = t.inStart[b]; p < t.inStart[b + 1]; p++) {
      int g = t.inFlow[p];
      int a = t.seller[g];
      if (t.pairStart[a] == t.pairStart[a + 1]) {
        continue;
      }
      double u = gross[b] > 0 ? 1 - covered[g] / gross[b] : grossUnit[b] > 0 ? 1 - coveredUnit[g] / grossUnit[b] : 1;
      uncovered[g] = u < 1e-9 ? 0 : Math.min(u, 1);
    }
  }
}
