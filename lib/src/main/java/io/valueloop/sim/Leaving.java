package io.valueloop.sim;

import io.valueloop.internal.Preconditions;
import java.util.Objects;

/**
 * What happens to the stock of an actor that leaves a run through role dynamics (a b or B that churns, see
 * {@link Churn} and {@link Conversion#withLeaving}; docs/design.md §3, role dynamics).
 *
 * <p>A leaver is wound down: its customers order nothing more from it (their demand returns to the remaining
 * sellers), the orders already on their way to it still arrive, its backlog stays owed and is shipped from its stock
 * and open purchase orders, and its ordering policy keeps running on the demand it still sees (none new). After the
 * fees of each tick from the one it leaves in (the end of step 6), its <em>excess</em> stock — on-hand beyond what
 * it still owes its customers — is settled by the rule:
 * <ul>
 *   <li>{@link #keep()}: stays on its books (the default);</li>
 *   <li>{@link #returnToSupplier()}: goes back to the seller of its main supply flow (the one with the largest
 *       order coefficient in the run when it settles — after an {@link Adoption}, the platform), {@code r} units of that seller's product per unit of its own, {@code r} the
 *       requirement of that input; the seller buys it back at the flow's current price (a goods sale from the
 *       leaver to the seller in the ledger); a seller that holds no stock (a consumer segment) takes nothing and the
 *       stock is lost instead;</li>
 *   <li>{@link #sellOff(double)}: sold to the consumer segment it sells most to, at a stated fraction of that flow's
 *       current price (a clearance sale: consumer spend, the leaver's revenue); a leaver that sells to no segment
 *       loses the stock instead;</li>
 *   <li>{@link #lose()}: written off (a sink of goods).</li>
 * </ul>
 * The conservation check counts every settled unit (the leaver's on-hand, the supplier's on-hand) and every unit of
 * money (sales and purchases), so the laws of docs/design.md §5 hold at every tick; {@link RoleTrace} reports the
 * units returned, sold off and lost per tick.
 *
 * <p>Immutable value.
 */
public final class Leaving {
  /** The four rules. */
  public enum Rule {
    /** The stock stays on the leaver's books. */
    KEEP,
    /** The stock goes back to the leaver's main supplier, bought back at the flow's price. */
    RETURN,
    /** The stock is sold to the leaver's main consumer segment at a fraction of the flow's price. */
    SELL_OFF,
    /** The stock is written off. */
    LOSE
  }

  private static final Leaving KEEP = new Leaving(Rule.KEEP, 0);
  private static final Leaving RETURN = new Leaving(Rule.RETURN, 0);
  private static final Leaving LOSE = new Leaving(Rule.LOSE, 0);

  private final Rule rule;
  private final double priceFactor;

  private Leaving(Rule rule, double priceFactor) {
    this.rule = rule;
    this.priceFactor = priceFactor;
  }

  /** {@return the rule that keeps a leaver's stock on its books} */
  public static Leaving keep() {
    return KEEP;
  }

  /** {@return the rule that returns a leaver's excess stock to its main supplier} */
  public static Leaving returnToSupplier() {
    return RETURN;
  }

  /**
   * Returns the rule that sells a leaver's excess stock to its main consumer segment.
   *
   * @param priceFactor the fraction of the flow's price paid, in {@code [0, 1]}
   * @return the rule
   * @throws IllegalArgumentException if the factor is out of range
   */
  public static Leaving sellOff(double priceFactor) {
    Preconditions.inClosed("sell-off price factor", priceFactor, 0, 1);
    return new Leaving(Rule.SELL_OFF, priceFactor);
  }

  /** {@return the rule that writes a leaver's excess stock off} */
  public static Leaving lose() {
    return LOSE;
  }

  /**
   * Returns the rule named, as in files.
   *
   * @param rule the rule
   * @param priceFactor the sell-off price factor (ignored unless {@code rule} is {@link Rule#SELL_OFF})
   * @return the rule
   * @throws IllegalArgumentException if the factor is out of range for a sell-off
   */
  public static Leaving of(Rule rule, double priceFactor) {
    return switch (Objects.requireNonNull(rule, "rule")) {
      case KEEP -> KEEP;
      case RETURN -> RETURN;
      case LOSE -> LOSE;
      case SELL_OFF -> sellOff(priceFactor);
    };
  }

  /** {@return the rule} */
  public Rule rule() {
    return rule;
  }

  /** {@return the fraction of the flow's price a sell-off fetches (0 for the other rules)} */
  public double priceFactor() {
    return priceFactor;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Leaving l && rule == l.rule && Double.compare(priceFactor, l.priceFactor) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, priceFactor);
  }

  @Override
  public String toString() {
    return rule == Rule.SELL_OFF ? "SELL_OFF(" + priceFactor + ")" : rule.name();
  }
}
