package io.valueloop.sim;

import io.valueloop.model.Role;
import java.util.Objects;

/**
 * The role dynamics of a run, tick by tick from tick 0 (warm-up included; docs/design.md §3, role dynamics): the
 * converts, adopters and leavers of each tick's step 1, the active actors of each role after it, each role's share
 * of the consumers' spend and of the profit of the tick, the share of the consumers' demand that reaches them
 * through the supply platform, and where the stock of the leavers went ({@link Leaving}).
 *
 * <p>Definitions, per tick: a role's <em>share of consumer spend</em> is the profit of its actors (revenue − cost,
 * fees and leaver settlements included) over what consumer segments paid (value capture, docs/design.md §2); its
 * <em>share of profit</em> is that profit over the profit of every actor that is not a consumer segment. The
 * <em>platform share</em> is {@code Σ_c d_c·φ_c / Σ_c d_c} over consumer segments {@code c} with demand {@code d_c}
 * this tick, where {@code φ_c} is the share of {@code c}'s orders placed with sellers supplied by the platform: a
 * seller of role {@code S} counts whole, any other seller by the share of its order coefficients on flows from
 * sellers of role {@code S}. Shares are 0 when their denominator is.
 *
 * <p>Immutable.
 */
public final class RoleTrace {
  private final int ticks;
  private final int[] converts;
  private final int[] adopters;
  private final int[] leavers;
  private final int[][] active;
  private final double[][] spendShare;
  private final double[][] profitShare;
  private final double[] platformShare;
  private final double[] returned;
  private final double[] soldOff;
  private final double[] lost;
  private final double returnedValue;
  private final double soldOffValue;

  RoleTrace(int[] converts, int[] adopters, int[] leavers, int[][] active, double[][] spendShare,
      double[][] profitShare, double[] platformShare, double[] returned, double[] soldOff, double[] lost,
      double returnedValue, double soldOffValue) {
    this.ticks = converts.length;
    this.converts = converts.clone();
    this.adopters = adopters.clone();
    this.leavers = leavers.clone();
    this.active = deep(active);
    this.spendShare = deep(spendShare);
    this.profitShare = deep(profitShare);
    this.platformShare = platformShare.clone();
    this.returned = returned.clone();
    this.soldOff = soldOff.clone();
    this.lost = lost.clone();
    this.returnedValue = returnedValue;
    this.soldOffValue = soldOffValue;
  }

  private static int[][] deep(int[][] values) {
    int[][] copy = new int[values.length][];
    for (int i = 0; i < values.length; i++) {
      copy[i] = values[i].clone();
    }
    return copy;
  }

  private static double[][] deep(double[][] values) {
    double[][] copy = new double[values.length][];
    for (int i = 0; i < values.length; i++) {
      copy[i] = values[i].clone();
    }
    return copy;
  }

  /** {@return the number of ticks traced} */
  public int ticks() {
    return ticks;
  }

  private int at(int tick) {
    return Objects.checkIndex(tick, ticks);
  }

  /**
   * Returns the converts of a tick, over every segment.
   *
   * @param tick the tick, in {@code [0, ticks())}
   * @return the potential sellers seated as b
   */
  public int converts(int tick) {
    return converts[at(tick)];
  }

  /**
   * Returns the adopters of a tick, over every adoption.
   *
   * @param tick the tick, in {@code [0, ticks())}
   * @return the businesses that switched to the platform
   */
  public int adopters(int tick) {
    return adopters[at(tick)];
  }

  /**
   * Returns the leavers of a tick: b that left by a conversion's churn and businesses that left by a {@link Churn}.
   *
   * @param tick the tick, in {@code [0, ticks())}
   * @return the actors that left
   */
  public int leavers(int tick) {
    return leavers[at(tick)];
  }

  /**
   * Returns the active actors of a role after step 1 of a tick: the chain's actors of the role less dormant seats
   * and leavers.
   *
   * @param role the role
   * @param tick the tick, in {@code [0, ticks())}
   * @return the number of active actors
   */
  public int active(Role role, int tick) {
    return active[role.ordinal()][at(tick)];
  }

  /**
   * Returns a role's profit in a tick over the consumers' spend in it.
   *
   * @param role the role
   * @param tick the tick, in {@code [0, ticks())}
   * @return the share, 0 when consumers spent nothing
   */
  public double spendShare(Role role, int tick) {
    return spendShare[role.ordinal()][at(tick)];
  }

  /**
   * Returns a role's profit in a tick over the profit of every actor that is not a consumer segment.
   *
   * @param role the role
   * @param tick the tick, in {@code [0, ticks())}
   * @return the share, 0 when the total profit is 0
   */
  public double profitShare(Role role, int tick) {
    return profitShare[role.ordinal()][at(tick)];
  }

  /**
   * Returns the share of the consumers' demand of a tick placed with sellers supplied by the platform.
   *
   * @param tick the tick, in {@code [0, ticks())}
   * @return the share, in {@code [0, 1]}
   */
  public double platformShare(int tick) {
    return platformShare[at(tick)];
  }

  /**
   * Returns the units leavers returned to their suppliers in a tick, in the suppliers' products.
   *
   * @param tick the tick, in {@code [0, ticks())}
   * @return the units
   */
  public double returned(int tick) {
    return returned[at(tick)];
  }

  /**
   * Returns the units leavers sold off to consumer segments in a tick.
   *
   * @param tick the tick, in {@code [0, ticks())}
   * @return the units
   */
  public double soldOff(int tick) {
    return soldOff[at(tick)];
  }

  /**
   * Returns the units leavers wrote off in a tick.
   *
   * @param tick the tick, in {@code [0, ticks())}
   * @return the units
   */
  public double lost(int tick) {
    return lost[at(tick)];
  }

  /** {@return what suppliers paid for returned stock over the run, in currency units} */
  public double returnedValue() {
    return returnedValue;
  }

  /** {@return what consumer segments paid for sold-off stock over the run, in currency units} */
  public double soldOffValue() {
    return soldOffValue;
  }

  @Override
  public String toString() {
    int c = 0;
    int a = 0;
    int l = 0;
    for (int t = 0; t < ticks; t++) {
      c += converts[t];
      a += adopters[t];
      l += leavers[t];
    }
    return "RoleTrace{ticks=" + ticks + ", converts=" + c + ", adopters=" + a + ", leavers=" + l
        + ", platform share at end=" + (ticks == 0 ? 0 : platformShare[ticks - 1]) + "}";
  }
}
