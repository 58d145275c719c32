package io.valueloop.flow;

/**
 * The pull kernel every steady-state computation runs on: for rows {@code i} of a compressed sparse row matrix
 * {@code W} (offsets, column indices, values), {@code y_i = b_i + Σ_p W_p · x[column_p]}.
 *
 * <p>Each {@code y_i} is computed by the same sequence of operations whoever computes it, so splitting rows among
 * threads changes no bit of the result. The loop reads 12 bytes per entry (an {@code int} column and a {@code double}
 * value) plus the gathered {@code x}, and writes nothing but {@code y}: a memory-bound sparse matrix–vector
 * product (Saad 2003, <i>Iterative Methods for Sparse Linear Systems</i>, 2nd ed., §3.4), O(rows + entries).
 */
final class PropagationKernel {
  /** Work of one row next to one entry, for splitting rows evenly: a row costs about as much as two entries. */
  static final int ROW_WORK = 2;

  private PropagationKernel() {}

  /**
   * Computes {@code y_i = b_i + Σ_{p ∈ row i} values[p] · x[columns[p]]} for rows {@code from..to-1}.
   *
   * <p>Four partial sums, over positions {@code 4k}, {@code 4k+1}, {@code 4k+2} and {@code 4k+3} of the row, added
   * as {@code b_i + ((s0 + s1) + (s2 + s3))}: one running sum would make each entry wait for the previous
   * addition's latency, which costs more than the memory traffic. The order is fixed per row, so the result still
   * does not depend on who computes the row.
   */
  static void pull(int from, int to, int[] offsets, int[] columns, double[] values, double[] b, double[] x,
      double[] y) {
    int p = offsets[from];
    for (int i = from; i < to; i++) {
      int end = offsets[i + 1];
      double s0 = 0;
      double s1 = 0;
      double s2 = 0;
      double s3 = 0;
      for (; p + 3 < end; p += 4) {
        s0 += values[p] * x[columns[p]];
        s1 += values[p + 1] * x[columns[p + 1]];
        s2 += values[p + 2] * x[columns[p + 2]];
        s3 += values[p + 3] * x[columns[p + 3]];
      }
      for (; p < end; p++) {
        s0 += values[p] * x[columns[p]];
      }
      y[i] = b[i] + ((s0 + s1) + (s2 + s3));
    }
  }

  /**
   * Splits rows {@code from..to-1} into {@code parts} contiguous ranges of about equal work ({@link #ROW_WORK} per
   * row plus one per entry), each boundary moved down to the start of its group when {@code groupOf} is given
   * (row {@code i} is in group {@code groupOf[i]}, which starts at row {@code groupOffsets[groupOf[i]]}), so that
   * no group, such as a strongly connected component, is split. Boundaries are written to
   * {@code bounds[0..parts]}, with {@code bounds[0] = from} and {@code bounds[parts] = to}; ranges may be empty.
   */
  static void split(int from, int to, int parts, int[] offsets, int[] groupOf, int[] groupOffsets,
      int[] bounds) {
    long base = work(from, offsets);
    long total = work(to, offsets) - base;
    bounds[0] = from;
    bounds[parts] = to;
    for (int k = 1; k < parts; k++) {
      long goal = base + total * k / parts;
      int lo = bounds[k - 1];
      int hi = to;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (work(mid, offsets) < goal) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      int bound = lo;
      if (groupOf != null && bound < to) {
        bound = Math.max(groupOffsets[groupOf[bound]], bounds[k - 1]);
      }
      bounds[k] = bound;
    }
  }

  private static long work(int row, int[] offsets) {
    return (long) ROW_WORK * row + offsets[row];
  }
}
