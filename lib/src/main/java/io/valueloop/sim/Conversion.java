package io.valueloop.sim;

import io.valueloop.internal.Preconditions;
import java.util.List;
import java.util.Objects;

/**
 * Role dynamics of one consumer segment (C → b): potential sellers among the segment's consumers convert into
 * small businesses b that take over part of the segment's demand, and active b leave again (docs/design.md §3, role dynamics).
 *
 * <p><b>Population.</b> The segment holds a pool of {@code N} potential sellers. Let {@code C(t)} be the number
 * converted before tick {@code t} (leavers included: a leaver does not return to the pool) and {@code F(t) = C(t)
 * / N} the cumulative share converted. At tick {@code t} each of the {@code N - C(t)} remaining potential sellers
 * converts independently with the hazard {@code h(t)}:
 * <ul>
 *   <li>Bass diffusion ({@link #bass}): {@code h(t) = p + q·F(t)} (innovation {@code p}, imitation {@code q}),
 *       so the expected converts are {@code (p + q·F(t))·(1 − F(t))·N}, the discrete-time Bass recursion
 *       {@code F(t+1) = F(t) + (p + q·F(t))·(1 − F(t))}, which approaches the closed form {@code F(t) = (1 −
 *       e^{−(p+q)t}) / (1 + (q/p)·e^{−(p+q)t})} of Bass (1969) as {@code p + q} becomes small;</li>
 *   <li>a constant hazard ({@link #constant}): {@code h(t) = h}, so from a large pool about {@code λ = h·N}
 *       sellers convert per tick.</li>
 * </ul>
 * The number of converts is drawn as Binomial({@code N − C(t)}, {@code h(t)}) on the segment's own random stream
 * ({@link RandomStreams} purpose {@code "conversion/" + segmentId}), so switching role dynamics on never shifts the
 * demand or fault streams. Each active b leaves at the constant hazard {@code δ} ({@link #withChurn}): the number
 * of leavers is Binomial(active, δ), and which active b leave is drawn uniformly, on a stream of their own
 * ({@code "conversion-churn/" + segmentId}), so switching churn on leaves the converts' draws as they were (common
 * random numbers) while the seats do not bind. Converts beyond the free seats stay in the pool; a run that draws
 * any reports {@link Diagnostic.Code#CONVERTS_WITHOUT_SEAT}. With a
 * constant conversion rate {@code λ} and churn {@code δ} the number of active b settles at {@code λ / δ}
 * (the M/M/∞ queue).
 *
 * <p><b>Offer.</b> Optionally ({@link #withOffer}) the hazard is scaled by what the platform's offer lets an active b
 * earn — its margin to b and its SaaS fee — relative to a reference profit.
 *
 * <p><b>Seats.</b> Converts take the seats of the chain's candidate actors ({@link #withCandidates}): businesses
 * that the chain already holds, each with a goods flow to the segment (and to each neighbouring segment), compiled
 * once with the chain. A candidate that holds no convert is dormant: no segment orders from it and no service fee
 * is charged to it (its policy still runs and sees no demand). The number of candidates is the cap on active b;
 * converts beyond the free seats stay in the pool (they are not counted as converted). A leaver's seat becomes
 * dormant again and may seat a later convert. An actor seats the converts of one segment at most.
 *
 * <p><b>Demand.</b> Each active b takes over the share {@code σ} ({@link #withTakeover}) of its segment's
 * demand and the share {@code σ_n} ({@link #withNeighbours}) of each neighbouring segment's; each segment's
 * incumbents (its sellers that are not seats) keep the rest, {@code 1 − Σ claims}, split in proportion to their
 * shares in the chain; with no incumbent left (see {@link Churn}) the active b share the whole. The claims that
 * can reach a segment must add to at most one (candidates × σ ≤ 1 for the own segment). Only the segments' order
 * coefficients change: no flow, actor or array is added, and nothing is allocated per tick.
 *
 * <p><b>When, and where every unit goes.</b> Changes take effect at step 1 of a tick, after the scheduled events
 * and faults: leavers first, then converts; the segment's orders of step 3 use the new shares. A leaver is wound
 * down: it receives no new orders, but the orders already on their way to it still arrive, its backlog stays owed
 * and is shipped from its stock and its open purchase orders; the stock beyond what it owes is settled by the
 * {@link Leaving} rule ({@link #withLeaving}; kept by default), which the conservation check counts. So the
 * conservation laws of goods and money hold through every change. Information sharing along DATA paths keeps the
 * chain's compiled weights; where that makes an actor's shared signal wrong (the segment's sellers reach it in
 * different proportions) the run reports {@link Diagnostic.Code#ROLE_DYNAMICS_DATA_WEIGHTS}.
 *
 * <p><b>Steady start.</b> With a steady start (the default) the pipelines are filled with the steady state of the
 * run's starting coefficients: dormant seats start empty (nothing on order, nothing in transit, no demand signal)
 * and the incumbents in the steady state of the whole demand.
 *
 * <p>Immutable and thread-safe.
 */
public final class Conversion {
  private final String segmentId;
  private final boolean bass;
  private final double p;
  private final double q;
  private final long pool;
  private final List<String> candidates;
  private final double takeover;
  private final double churn;
  private final List<String> neighbours;
  private final double neighbourShare;
  private final double offerReference;
  private final Leaving leaving;

  private Conversion(String segmentId, boolean bass, double p, double q, long pool, List<String> candidates,
      double takeover, double churn, List<String> neighbours, double neighbourShare, double offerReference,
      Leaving leaving) {
    this.segmentId = segmentId;
    this.bass = bass;
    this.p = p;
    this.q = q;
    this.pool = pool;
    this.candidates = candidates;
    this.takeover = takeover;
    this.churn = churn;
    this.neighbours = neighbours;
    this.neighbourShare = neighbourShare;
    this.offerReference = offerReference;
    this.leaving = leaving;
  }

  private Conversion with(List<String> candidates, double takeover, double churn, List<String> neighbours,
      double neighbourShare, double offerReference, Leaving leaving) {
    return new Conversion(segmentId, bass, p, q, pool, candidates, takeover, churn, neighbours, neighbourShare,
        offerReference, leaving);
  }

  /**
   * Returns a Bass diffusion of a segment's potential sellers, with no candidates, takeover or churn yet.
   *
   * @param segmentId the consumer segment's id
   * @param p the coefficient of innovation, in {@code [0, 1]}
   * @param q the coefficient of imitation, in {@code [0, 1]}, with {@code p + q <= 1}
   * @param pool the number of potential sellers, positive
   * @return the conversion
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static Conversion bass(String segmentId, double p, double q, long pool) {
    Preconditions.nonBlank("segment id", segmentId);
    Preconditions.inClosed("innovation p", p, 0, 1, "segment " + segmentId);
    Preconditions.inClosed("imitation q", q, 0, 1, "segment " + segmentId);
    Preconditions.inClosed("p + q", p + q, 0, 1, "segment " + segmentId);
    Preconditions.check(pool > 0, "pool", "positive", pool, "segment " + segmentId);
    return new Conversion(segmentId, true, p, q, pool, List.of(), 0, 0, List.of(), 0, 0, Leaving.keep());
  }

  /**
   * Returns a constant conversion hazard of a segment's potential sellers, with no candidates, takeover or churn
   * yet: about {@code hazard × pool} convert per tick while the pool is large.
   *
   * @param segmentId the consumer segment's id
   * @param hazard the probability that a remaining potential seller converts in a tick, in {@code [0, 1]}
   * @param pool the number of potential sellers, positive
   * @return the conversion
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static Conversion constant(String segmentId, double hazard, long pool) {
    Preconditions.nonBlank("segment id", segmentId);
    Preconditions.inClosed("conversion hazard", hazard, 0, 1, "segment " + segmentId);
    Preconditions.check(pool > 0, "pool", "positive", pool, "segment " + segmentId);
    return new Conversion(segmentId, false, hazard, 0, pool, List.of(), 0, 0, List.of(), 0, 0, Leaving.keep());
  }

  /**
   * Returns this conversion with the chain's candidate actors that seat converts (the cap on active b).
   *
   * @param actorIds the candidates' ids, each a seller to the segment, at least one
   * @return the conversion
   * @throws IllegalArgumentException if no id is given or an id is blank or repeated
   */
  public Conversion withCandidates(List<String> actorIds) {
    Preconditions.positive("number of candidates", actorIds.size(), "segment " + segmentId);
    for (String id : actorIds) {
      Preconditions.nonBlank("candidate id", id, "segment " + segmentId);
    }
    if (actorIds.stream().distinct().count() != actorIds.size()) {
      throw new IllegalArgumentException("candidate ids must be distinct but were " + actorIds + " (segment "
          + segmentId + ")");
    }
    return with(List.copyOf(actorIds), takeover, churn, neighbours, neighbourShare, offerReference, leaving);
  }

  /**
   * Returns this conversion with the share of the segment's demand that each active b takes over.
   *
   * @param share the share, in {@code [0, 1]}; with the candidates, {@code candidates × share <= 1}
   * @return the conversion
   * @throws IllegalArgumentException if the share is out of range
   */
  public Conversion withTakeover(double share) {
    Preconditions.inClosed("takeover share", share, 0, 1, "segment " + segmentId);
    return with(candidates, share, churn, neighbours, neighbourShare, offerReference, leaving);
  }

  /**
   * Returns this conversion with the churn hazard of an active b.
   *
   * @param delta the probability that an active b leaves in a tick, in {@code [0, 1]}
   * @return the conversion
   * @throws IllegalArgumentException if delta is out of range
   */
  public Conversion withChurn(double delta) {
    Preconditions.inClosed("churn hazard", delta, 0, 1, "segment " + segmentId);
    return with(candidates, takeover, delta, neighbours, neighbourShare, offerReference, leaving);
  }

  /**
   * Returns this conversion with neighbouring segments: each active b also takes over the share {@code share} of
   * each neighbour's demand from that segment's incumbents. Every candidate must sell to every neighbour on a goods
   * flow of the chain ({@link Seats#add(io.valueloop.model.ValueChain.Builder, String, List, String,
   * io.valueloop.model.Actor, io.valueloop.model.GoodsTerms, io.valueloop.model.GoodsTerms, double, int)}).
   *
   * @param share the share of each neighbour's demand an active b takes over, in {@code [0, 1]}
   * @param segmentIds the neighbouring segments' ids, distinct, none the segment itself
   * @return the conversion
   * @throws IllegalArgumentException if the share is out of range, or an id is blank, repeated or the segment's own
   */
  public Conversion withNeighbours(double share, List<String> segmentIds) {
    Preconditions.inClosed("neighbour takeover share", share, 0, 1, "segment " + segmentId);
    for (String id : segmentIds) {
      Preconditions.nonBlank("neighbour segment id", id, "segment " + segmentId);
    }
    if (segmentIds.stream().distinct().count() != segmentIds.size() || segmentIds.contains(segmentId)) {
      throw new IllegalArgumentException("neighbour segment ids must be distinct and differ from the segment but were "
          + segmentIds + " (segment " + segmentId + ")");
    }
    return with(candidates, takeover, churn, List.copyOf(segmentIds), share, offerReference, leaving);
  }

  /**
   * Returns this conversion with its hazard scaled by the platform's offer. At step 1 of every tick the run works
   * out what an active b earns per tick at the tick's prices (after that tick's price changes, {@link
   * Event#priceChange}): {@code π = u·(price of sale − unit cost − Σ_k price of supply_k ·
   * coefficient_k) − Σ fees}, with {@code u = σ·d} the units it sells (its takeover share of the segment's nominal
   * demand), the prices of the first candidate's goods flows and the fees of the service flows to it (fixed fee plus
   * take rate on the base that {@code u} implies). The hazard of every tick is multiplied by {@code s = max(0, π /
   * reference)} (and capped at one): an offer as good as the reference keeps {@code p}, {@code q} (or {@code h}) as
   * given, a better margin to b raises the hazard, a higher SaaS fee lowers it, and an offer with no profit stops
   * conversion.
   *
   * @param referenceProfit the profit per tick at which the scaling is one, positive; 0 switches scaling off
   * @return the conversion
   * @throws IllegalArgumentException if the reference is negative or not finite
   */
  public Conversion withOffer(double referenceProfit) {
    Preconditions.nonNegativeFinite("offer reference profit", referenceProfit, "segment " + segmentId);
    return with(candidates, takeover, churn, neighbours, neighbourShare, referenceProfit, leaving);
  }

  /**
   * Returns this conversion with the rule that settles the stock of a b that leaves.
   *
   * @param rule the rule
   * @return the conversion
   */
  public Conversion withLeaving(Leaving rule) {
    return with(candidates, takeover, churn, neighbours, neighbourShare, offerReference,
        Objects.requireNonNull(rule, "leaving"));
  }

  /** {@return the neighbouring segments' ids, empty if none} */
  public List<String> neighbours() {
    return neighbours;
  }

  /** {@return the share of each neighbour's demand an active b takes over} */
  public double neighbourShare() {
    return neighbourShare;
  }

  /** {@return the profit per tick at which the offer scaling is one, 0 when the hazard is not scaled} */
  public double offerReference() {
    return offerReference;
  }

  /** {@return the rule that settles the stock of a b that leaves} */
  public Leaving leaving() {
    return leaving;
  }

  /** {@return the consumer segment's id} */
  public String segmentId() {
    return segmentId;
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

  /** {@return the number of potential sellers} */
  public long pool() {
    return pool;
  }

  /** {@return the candidate actors' ids, in seat order} */
  public List<String> candidates() {
    return candidates;
  }

  /** {@return the share of the segment's demand each active b takes over} */
  public double takeover() {
    return takeover;
  }

  /** {@return the churn hazard of an active b} */
  public double churn() {
    return churn;
  }

  /**
   * Returns the conversion hazard of a remaining potential seller at a cumulative converted share.
   *
   * @param converted the cumulative share converted {@code F(t)}, in {@code [0, 1]}
   * @return {@code p + q·F} for Bass, the constant hazard otherwise
   */
  public double hazard(double converted) {
    return bass ? Math.min(1, p + q * converted) : p;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Conversion c && segmentId.equals(c.segmentId) && bass == c.bass
        && Double.compare(p, c.p) == 0 && Double.compare(q, c.q) == 0 && pool == c.pool
        && candidates.equals(c.candidates) && Double.compare(takeover, c.takeover) == 0
        && Double.compare(churn, c.churn) == 0 && neighbours.equals(c.neighbours)
        && Double.compare(neighbourShare, c.neighbourShare) == 0
        && Double.compare(offerReference, c.offerReference) == 0 && leaving.equals(c.leaving);
  }

  @Override
  public int hashCode() {
    return Objects.hash(segmentId, bass, p, q, pool, candidates, takeover, churn, neighbours, neighbourShare,
        offerReference, leaving);
  }

  @Override
  public String toString() {
    return "Conversion{" + segmentId + ", " + (bass ? "bass p=" + p + " q=" + q : "constant h=" + p) + ", pool="
        + pool + ", candidates=" + candidates.size() + ", takeover=" + takeover + ", churn=" + churn
        + (neighbours.isEmpty() ? "" : ", neighbours=" + neighbours + " x " + neighbourShare)
        + (offerReference > 0 ? ", offer reference=" + offerReference : "") + ", leaving=" + leaving + "}";
  }
}
