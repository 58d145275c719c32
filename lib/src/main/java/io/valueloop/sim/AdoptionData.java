package io.valueloop.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * The information-sharing weights one {@link Adoption} moves from the wholesaler to the platform (docs/design.md §3,
 * role dynamics). With DATA paths from consumer segments, an actor {@code x}'s demand signal weighs segment {@code
 * c}'s demand by the Leontief multiplier {@code w(x, c)}, compiled with the chain's shares. A business {@code B}
 * that buys {@code c_W} from the wholesaler {@code W} and {@code c_P} from the platform {@code P} in the chain
 * contributes {@code (c_W·L(x, W) + c_P·L(x, P))·L(B, c)} to it; before adopting it buys all ({@code a = c_W + c_P})
 * from {@code W}, after from {@code P}, so its contribution moves by {@code c_P·(L(x, W) − L(x, P))·L(B, c)} at set-up
 * and by {@code a·(L(x, P) − L(x, W))·L(B, c)} when it adopts. The multipliers are those of the chain's compiled
 * coefficients (downstream of the business, conversions keep them), and the moves of several businesses add up
 * exactly unless a business lies upstream of the wholesaler or the platform.
 */
final class AdoptionData {
  private final int[][] pair;
  private final double[][] before;
  private final double[][] change;

  AdoptionData(Topology t, int wholesaler, int platform, int[] business, int[] fromWholesaler, int[] fromPlatform) {
    int k = business.length;
    pair = new int[k][];
    before = new double[k][];
    change = new double[k][];
    if (t.pairSegment.length == 0) {
      for (int i = 0; i < k; i++) {
        pair[i] = new int[0];
        before[i] = new double[0];
        change[i] = new double[0];
      }
      return;
    }
    int n = t.n;
    double[] toWholesaler = new double[n];
    double[] toPlatform = new double[n];
    int[] support = new int[n];
    t.equation.upstreamColumn(wholesaler, toWholesaler, support);
    t.equation.upstreamColumn(platform, toPlatform, support);
    double[][] downstream = new double[k][t.consumers.length];
    double[] column = new double[n];
    for (int s = 0; s < t.consumers.length; s++) {
      int size = t.equation.upstreamColumn(t.consumers[s], column, support);
      for (int i = 0; i < k; i++) {
        downstream[i][s] = column[business[i]];
      }
      for (int j = 0; j < size; j++) {
        column[support[j]] = 0;
      }
    }
    for (int i = 0; i < k; i++) {
      double cw = t.coefficient[fromWholesaler[i]];
      double cp = t.coefficient[fromPlatform[i]];
      List<double[]> moves = new ArrayList<>();
      for (int x = 0; x < n; x++) {
        double gap = toPlatform[x] - toWholesaler[x];
        if (gap == 0) {
          continue;
        }
        for (int p = t.pairStart[x]; p < t.pairStart[x + 1]; p++) {
          double l = downstream[i][t.pairSegment[p]];
          if (l != 0) {
            moves.add(new double[] {p, -cp * gap * l, (cw + cp) * gap * l});
          }
        }
      }
      pair[i] = new int[moves.size()];
      before[i] = new double[moves.size()];
      change[i] = new double[moves.size()];
      for (int j = 0; j < moves.size(); j++) {
        pair[i][j] = (int) moves.get(j)[0];
        before[i][j] = moves.get(j)[1];
        change[i][j] = moves.get(j)[2];
      }
    }
  }

  /** Returns whether any business's adoption moves a weight. */
  boolean moves() {
    for (int[] p : pair) {
      if (p.length > 0) {
        return true;
      }
    }
    return false;
  }

  /** At set-up: every business buys from the wholesaler. */
  void start(double[] weights) {
    for (int i = 0; i < pair.length; i++) {
      for (int j = 0; j < pair[i].length; j++) {
        weights[pair[i][j]] += before[i][j];
      }
    }
  }

  /** Business {@code i} adopts. */
  void adopt(int i, double[] weights) {
    for (int j = 0; j < pair[i].length; j++) {
      weights[pair[i][j]] += change[i][j];
    }
  }
}
