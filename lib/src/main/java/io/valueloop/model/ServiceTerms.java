package io.valueloop.model;

import java.util.Objects;

/**
 * The terms of a service flow from a provider to the actor it serves: a fixed fee per tick plus a take
 * rate on the {@link FeeBase} of the served actor. A SaaS subscription is a fee; a marketplace
 * commission is a take rate on consumer revenue.
 *
 * <p>Values are not checked here; {@link ValueChain.Builder#build()} checks them.
 *
 * @param fee the fixed fee per tick, in currency units
 * @param takeRate the fraction of the base paid to the provider, in [0, 1]
 * @param base what the take rate applies to
 */
public record ServiceTerms(double fee, double takeRate, FeeBase base) implements FlowTerms {

  /**
   * Creates service terms; {@code base} must not be null.
   *
   * @param fee the fixed fee per tick, in currency units
   * @param takeRate the fraction of the base charged, in [0, 1]
   * @param base what the take rate applies to
   */
  public ServiceTerms {
    Objects.requireNonNull(base, "base");
  }

  /**
   * Returns a fixed fee per tick and no take rate.
   *
   * @param fee the fee per tick, in currency units
   * @return the terms
   */
  public static ServiceTerms fee(double fee) {
    return new ServiceTerms(fee, 0, FeeBase.REVENUE);
  }

  /**
   * Returns a take rate on the given base and no fixed fee.
   *
   * @param takeRate the fraction of the base, in [0, 1]
   * @param base what the rate applies to
   * @return the terms
   */
  public static ServiceTerms takeRate(double takeRate, FeeBase base) {
    return new ServiceTerms(0, takeRate, base);
  }

  @Override
  public FlowKind kind() {
    return FlowKind.SERVICE;
  }
}
