package io.valueloop.flow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The dense Leontief inverse {@code L = (I − A)⁻¹} of a small chain and its output multipliers.
 *
 * <p><b>Problem.</b> {@code A_ij} is the input–output coefficient of the goods flow {@code i → j}
 * ({@link CompiledChain#coefficient(int)}), units of {@code i}'s product per unit of {@code j}'s output. Entry
 * {@code L_ij} is the output of {@code i} needed, directly and indirectly, per unit of final demand for
 * {@code j}'s product, so {@code x = L d}; the output multiplier of {@code j} is the column sum
 * {@code Σ_i L_ij}, the chain's total output per unit of final demand for {@code j} (Miller and Blair 2009,
 * <i>Input–Output Analysis</i>, 2nd ed., §2.3 and §6.2).
 *
 * <p><b>Method.</b> After checking every goods loop for productivity ({@link LoopCheck}; an unproductive chain
 * has no non-negative inverse), LU factorisation of {@code I − A} without pivoting, then forward and back
 * substitution on all columns of the identity at once (Golub and Van Loan 2013, <i>Matrix Computations</i>, 4th
 * ed., §3.2 and §3.4). A productive {@code I − A} is a non-singular M-matrix, whose LU factors without pivoting
 * exist with positive pivots and are componentwise backward stable (Higham 2002, <i>Accuracy and Stability of
 * Numerical Algorithms</i>, 2nd ed., §9.5); pivoting would only mix the scales of rows, and with large
 * coefficients round an exactly non-singular matrix to a zero pivot. Compiled order puts buyers before sellers,
 * so an acyclic chain's {@code I − A} is lower triangular and its factorisation exact. O(n³) time and 2n² doubles
 * of memory, hence the cap of {@link #MAX_ACTORS} actors; for
 * large chains solve for a given demand with {@link SteadyStateSolver} instead, in O(n + m).
 *
 * <p>Indices are compiled actor indices of {@link #chain()}. Immutable and thread-safe.
 */
public final class LeontiefInverse {
  /** The most actors a dense inverse is computed for: {@value} (32 MB and a few seconds). */
  public static final int MAX_ACTORS = 2_000;

  private final CompiledChain chain;
  private final double[][] inverse;

  private LeontiefInverse(CompiledChain chain, double[][] inverse) {
    this.chain = chain;
    this.inverse = inverse;
  }

  /**
   * Computes the Leontief inverse of a chain.
   *
   * @param chain a compiled chain of at most {@link #MAX_ACTORS} actors
   * @return the inverse
   * @throws IllegalArgumentException if the chain has too many actors
   * @throws UnproductiveChainException if a goods loop is not productive (then {@code I − A} has no non-negative
   *     inverse)
   * @throws ArithmeticException if an entry of the inverse, or a pivot on the way, overflows the range of a double
   *     (a chain deep enough for its input coefficients, bounded by {@link io.valueloop.model.Limits}, to multiply
   *     past it); the message names the actors
   */
  public static LeontiefInverse of(CompiledChain chain) {
    Objects.requireNonNull(chain, "chain");
    int n = chain.actorCount();
    if (n > MAX_ACTORS) {
      throw new IllegalArgumentException("actor count must be at most " + MAX_ACTORS
          + " for a dense Leontief inverse but was " + n + " (use SteadyStateSolver for large chains)");
    }
    Adjacency out = chain.goods().out();
    LoopCheck.radiusBounds(chain, LoopCheck.cyclicComponents(chain, true), LoopCheck.cyclicComponents(chain, false),
        out.offsets, out.neighbors, chain.goodsCoefficient);
    double[][] m = new double[n][n];
    for (int i = 0; i < n; i++) {
      m[i][i] = 1;
      for (int p = out.start(i); p < out.end(i); p++) {
        m[i][out.neighbor(p)] -= chain.goodsCoefficient[p];
      }
    }
    double[][] inverse;
    try {
      inverse = invert(m, false);
    } catch (BadPivot e) {
      throw new ArithmeticException(e.getMessage() + " (actor " + chain.id(e.column) + ")");
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (!Double.isFinite(inverse[i][j])) {
          throw new ArithmeticException("Leontief inverse entry must be finite (within the range of a double) but was "
              + inverse[i][j] + " (output of actor " + chain.id(i) + " per unit of final demand for actor "
              + chain.id(j) + ")");
        }
      }
    }
    return new LeontiefInverse(chain, inverse);
  }

  /** A zero or non-finite pivot, at a column that is a compiled actor index. */
  static final class BadPivot extends ArithmeticException {
    private static final long serialVersionUID = 1L;
    final int column;

    BadPivot(double pivot, int column) {
      super("pivot of the LU factorisation of I − A must be finite and non-zero but was " + pivot + " at column "
          + column);
      this.column = column;
    }
  }

  /**
   * Inverts a non-singular matrix in place by LU with partial pivoting; returns the inverse.
   *
   * @throws BadPivot if a pivot is zero or not finite
   */
  static double[][] invert(double[][] m) {
    return invert(m, true);
  }

  /**
   * Inverts a non-singular matrix in place by LU, with partial pivoting or (for M-matrices) without; returns the
   * inverse.
   *
   * @throws BadPivot if a pivot is zero or not finite
   */
  static double[][] invert(double[][] m, boolean pivoting) {
    int n = m.length;
    int[] row = new int[n];
    for (int i = 0; i < n; i++) {
      row[i] = i;
    }
    for (int k = 0; k < n; k++) {
      int pivot = k;
      for (int i = k + 1; pivoting && i < n; i++) {
        if (Math.abs(m[i][k]) > Math.abs(m[pivot][k])) {
          pivot = i;
        }
      }
      if (m[pivot][k] == 0 || !Double.isFinite(m[pivot][k])) {
        // A productive I − A is a non-singular M-matrix with positive pivots: only overflow can get here.
        throw new BadPivot(m[pivot][k], k);
      }
      double[] swap = m[k];
      m[k] = m[pivot];
      m[pivot] = swap;
      int swapRow = row[k];
      row[k] = row[pivot];
      row[pivot] = swapRow;
      double[] top = m[k];
      for (int i = k + 1; i < n; i++) {
        double[] r = m[i];
        double factor = r[k] / top[k];
        r[k] = factor;
        if (factor != 0) {
          for (int j = k + 1; j < n; j++) {
            r[j] -= factor * top[j];
          }
        }
      }
    }
    // Solve L U X = P I: row i of P I is the unit vector e_row[i].
    double[][] x = new double[n][n];
    for (int i = 0; i < n; i++) {
      double[] xi = x[i];
      xi[row[i]] = 1;
      for (int k = 0; k < i; k++) {
        double factor = m[i][k];
        if (factor != 0) {
          double[] xk = x[k];
          for (int j = 0; j < n; j++) {
            xi[j] -= factor * xk[j];
          }
        }
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      double[] xi = x[i];
      for (int k = i + 1; k < n; k++) {
        double factor = m[i][k];
        if (factor != 0) {
          double[] xk = x[k];
          for (int j = 0; j < n; j++) {
            xi[j] -= factor * xk[j];
          }
        }
      }
      double diagonal = m[i][i];
      for (int j = 0; j < n; j++) {
        xi[j] /= diagonal;
      }
    }
    return x;
  }

  /** {@return the chain whose compiled indices this inverse uses} */
  public CompiledChain chain() {
    return chain;
  }

  /** {@return the number of actors, the order of the matrix} */
  public int size() {
    return inverse.length;
  }

  /**
   * Returns {@code L_ij}: output of actor {@code i} per unit of final demand for actor {@code j}'s product.
   *
   * @param i a compiled actor index
   * @param j a compiled actor index
   * @return the entry
   */
  public double entry(int i, int j) {
    return inverse[Objects.checkIndex(i, inverse.length)][Objects.checkIndex(j, inverse.length)];
  }

  /**
   * Returns the output multiplier of the actor at compiled index {@code j}: the column sum {@code Σ_i L_ij}.
   *
   * @param j a compiled actor index
   * @return its output multiplier
   */
  public double outputMultiplier(int j) {
    Objects.checkIndex(j, inverse.length);
    double sum = 0;
    for (double[] row : inverse) {
      sum += row[j];
    }
    return sum;
  }

  /** {@return a new map from actor id to output multiplier, in compiled order} */
  public Map<String, Double> outputMultipliers() {
    Map<String, Double> map = new LinkedHashMap<>();
    for (int j = 0; j < inverse.length; j++) {
      map.put(chain.id(j), outputMultiplier(j));
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns the gross outputs {@code x = L d} for a final demand vector.
   *
   * @param finalDemand final demand by compiled actor index, units per tick, finite
   * @return a new array of gross outputs by compiled actor index
   */
  public double[] output(double[] finalDemand) {
    chain.checkPerActor(finalDemand, "finalDemand", "final demand");
    int n = inverse.length;
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int j = 0; j < n; j++) {
        sum += inverse[i][j] * finalDemand[j];
      }
      x[i] = sum;
    }
    return x;
  }

  @Override
  public String toString() {
    return "LeontiefInverse{actors=" + inverse.length + "}";
  }
}
