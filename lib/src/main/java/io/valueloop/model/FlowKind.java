package io.valueloop.model;

import java.util.Objects;

/**
 * What a flow carries. The kind decides which roles a flow may connect; {@link #allows(Role, Role)}
 * is the rule that {@link ValueChain.Builder#build()} enforces:
 *
 * <table>
 *   <caption>Roles a flow may connect</caption>
 *   <tr><th>kind</th><th>source</th><th>target</th><th>self-flow</th></tr>
 *   <tr><td>GOODS</td><td>S, M, B</td><td>S, M, B, C</td><td>allowed (own use, as in input–output tables)</td></tr>
 *   <tr><td>MONEY</td><td>any</td><td>any but C</td><td>no</td></tr>
 *   <tr><td>DATA</td><td>any</td><td>any</td><td>no</td></tr>
 *   <tr><td>SERVICE</td><td>any but C</td><td>any</td><td>no</td></tr>
 * </table>
 *
 * <p>Marketplaces (P), logistics (L) and finance (F) providers enable trade without owning the goods,
 * so they carry services, money and data but not goods; consumers (C) consume goods and pay, but
 * neither sell goods nor provide services.
 */
public enum FlowKind {
  /** Physical goods moving downstream, with a price, lead times, capacity, share and input coefficient. */
  GOODS,
  /** Payments, usually the reciprocal of a goods flow. */
  MONEY,
  /** Demand signals and feedback, with a delay in ticks. */
  DATA,
  /** Enablement such as SaaS, logistics or finance, paid by a fixed fee or a take rate. */
  SERVICE;

  /**
   * Returns whether a flow of this kind may run from an actor of role {@code source} to one of role
   * {@code target}, by the table in the class documentation.
   *
   * @param source the role of the sending actor
   * @param target the role of the receiving actor
   * @return true if the roles may be connected by this kind of flow
   * @throws NullPointerException if either role is null
   */
  public boolean allows(Role source, Role target) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    switch (this) {
      case GOODS:
        return (source == Role.S || source == Role.M || source == Role.B) && target != Role.P
            && target != Role.L && target != Role.F;
      case MONEY:
        return target != Role.C;
      case DATA:
        return true;
      case SERVICE:
        return source != Role.C;
      default:
        throw new AssertionError(this);
    }
  }

  /** {@return whether a flow of this kind may run from an actor to itself} */
  public boolean allowsSelfFlow() {
    return this == GOODS;
  }
}
