package io.valueloop.sim;

import io.valueloop.internal.Preconditions;
import java.util.List;
import java.util.Objects;

/**
 * Adoption of the supply platform by traditional businesses (B → platform; docs/design.md §3, role dynamics): each
 * listed business buys from a wholesaler and switches its supply to the platform by a diffusion process of its own.
 *
 * <p><b>Process.</b> Of the {@code N} listed businesses, {@code A(t)} have adopted before tick {@code t}; each
 * business still buying from the wholesaler (and still active, see {@link Churn}) adopts at tick {@code t} with the
 * hazard {@code p + q·A(t)/N} (Bass) or a constant {@code h}: the adopters are Binomial(eligible, hazard), chosen
 * uniformly, on the random stream {@code "adoption/" + wholesalerId + "->" + platformId} ({@code "#k"} added for
 * the k-th further adoption of the same pair, so that no two adoptions share draws). Adoption is for good.
 *
 * <p><b>Rewiring.</b> Every business must hold, in the chain, a goods flow from the wholesaler and one from the
 * platform, both of the same input (so that their shares add to one): both are compiled once. In a run the
 * platform's flow is dormant (order coefficient zero) until the business adopts; then the wholesaler's becomes
 * dormant and the platform's carries the whole input. The business's order of step 8 goes to the new supplier from
 * the tick it adopts; goods and orders already on the old flow still arrive. Money follows the goods (payment on
 * shipment at the flow's price), and a service flow (a SaaS fee, say) from the platform to the business is charged
 * only once it has adopted, one from the wholesaler only until then. Data follows too: with information sharing,
 * the weight with which an actor's demand signal counts the business's consumers moves from the wholesaler's side
 * to the platform's (the Leontief multipliers through the flow that carries the business's supply; see
 * docs/design.md §3). Nothing is allocated and nothing recompiled: only order coefficients, sharing weights and fee
 * switches change.
 *
 * <p>Immutable value.
 */
public final class Adoption {
  private final String wholesalerId;
  private final String platformId;
  private final boolean bass;
  private final double p;
  private final double q;
  private final List<String> businesses;

  private Adoption(String wholesalerId, String platformId, boolean bass, double p, double q,
      List<String> businesses) {
    this.wholesalerId = wholesalerId;
    this.platformId = platformId;
    this.bass = bass;
    this.p = p;
    this.q = q;
    this.businesses = businesses;
  }

  /**
   * Returns a Bass diffusion of adoption among the businesses a wholesaler supplies, with no businesses yet.
   *
   * @param wholesalerId the incumbent supplier's id
   * @param platformId the supply platform's id
   * @param p the coefficient of innovation, in {@code [0, 1]}
   * @param q the coefficient of imitation, in {@code [0, 1]}, with {@code p + q <= 1}
   * @return the adoption
   * @throws IllegalArgumentException if an id is blank, the two are equal or a coefficient is out of range
   */
  public static Adoption bass(String wholesalerId, String platformId, double p, double q) {
    check(wholesalerId, platformId);
    Preconditions.inClosed("innovation p", p, 0, 1, "adoption " + wholesalerId + "->" + platformId);
    Preconditions.inClosed("imitation q", q, 0, 1, "adoption " + wholesalerId + "->" + platformId);
    Preconditions.inClosed("p + q", p + q, 0, 1, "adoption " + wholesalerId + "->" + platformId);
    return new Adoption(wholesalerId, platformId, true, p, q, List.of());
  }

  /**
   * Returns adoption at a constant hazard per tick, with no businesses yet.
   *
   * @param wholesalerId the incumbent supplier's id
   * @param platformId the supply platform's id
   * @param hazard the probability that a business still with the wholesaler adopts in a tick, in {@code [0, 1]}
   * @return the adoption
   * @throws IllegalArgumentException if an id is blank, the two are equal or the hazard is out of range
   */
  public static Adoption constant(String wholesalerId, String platformId, double hazard) {
    check(wholesalerId, platformId);
    Preconditions.inClosed("adoption hazard", hazard, 0, 1, "adoption " + wholesalerId + "->" + platformId);
    return new Adoption(wholesalerId, platformId, false, hazard, 0, List.of());
  }

  private static void check(String wholesalerId, String platformId) {
    Preconditions.nonBlank("wholesaler id", wholesalerId);
    Preconditions.nonBlank("platform id", platformId);
    if (wholesalerId.equals(platformId)) {
      throw new IllegalArgumentException("platform id must differ from the wholesaler id but was '" + platformId
          + "' (adoption)");
    }
  }

  /**
   * Returns this adoption with the businesses that may adopt.
   *
   * @param actorIds the businesses' ids, at least one, distinct
   * @return the adoption
   * @throws IllegalArgumentException if no id is given, or an id is blank or repeated
   */
  public Adoption withBusinesses(List<String> actorIds) {
    Preconditions.positive("number of businesses", actorIds.size(), "adoption " + label());
    for (String id : actorIds) {
      Preconditions.nonBlank("business id", id, "adoption " + label());
    }
    if (actorIds.stream().distinct().count() != actorIds.size()) {
      throw new IllegalArgumentException("business ids must be distinct but were " + actorIds + " (adoption "
          + label() + ")");
    }
    return new Adoption(wholesalerId, platformId, bass, p, q, List.copyOf(actorIds));
  }

  /** {@return the incumbent supplier's id} */
  public String wholesalerId() {
    return wholesalerId;
  }

  /** {@return the supply platform's id} */
  public String platformId() {
    return platformId;
  }

  /** {@return whether this is a Bass diffusion (else a constant hazard)} */
  public boolean isBass() {
    return bass;
  }

  /** {@return the coefficient of innovation p, or the constant hazard} */
  public double innovation() {
    return p;
  }

  /** {@return the coefficient of imitation q (0 for a constant hazard)} */
  public double imitation() {
    return q;
  }

  /** {@return the businesses that may adopt, in order} */
  public List<String> businesses() {
    return businesses;
  }

  /**
   * Returns the adoption hazard of a business still with the wholesaler.
   *
   * @param adopted the share of the businesses adopted so far, in {@code [0, 1]}
   * @return {@code p + q·adopted} for Bass (at most one), the constant hazard otherwise
   */
  public double hazard(double adopted) {
    return bass ? Math.min(1, p + q * adopted) : p;
  }

  /** {@return the random stream's purpose, {@code adoption/<wholesaler>-><platform>}} */
  String label() {
    return wholesalerId + "->" + platformId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Adoption a && wholesalerId.equals(a.wholesalerId) && platformId.equals(a.platformId)
        && bass == a.bass && Double.compare(p, a.p) == 0 && Double.compare(q, a.q) == 0
        && businesses.equals(a.businesses);
  }

  @Override
  public int hashCode() {
    return Objects.hash(wholesalerId, platformId, bass, p, q, businesses);
  }

  @Override
  public String toString() {
    return "Adoption{" + label() + ", " + (bass ? "bass p=" + p + " q=" + q : "constant h=" + p) + ", businesses="
        + businesses.size() + "}";
  }
}
