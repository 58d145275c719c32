package io.valueloop.sim;

import java.util.List;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;

/**
 * One {@link Adoption} in a run: the businesses, their two supply flows (wholesaler and platform), which have
 * adopted, and the draws of step 1.
 */
final class Adopters {
  final Adoption adoption;
  private final RoleDynamics roles;
  private final RandomGenerator random;
  private final int[] business;
  private final int[] fromWholesaler;
  private final int[] fromPlatform;
  /** Indices into {@code business}: {@code eligible[0..eligibleCount)} have not adopted yet. */
  private final int[] eligible;
  private int eligibleCount;
  private int adopted;
  private final AdoptionData data;
  private final RunState state;

  Adopters(Topology t, RunState state, RoleDynamics roles, Adoption adoption, RandomGenerator random) {
    this.state = state;
    this.adoption = adoption;
    this.roles = roles;
    this.random = random;
    int wholesaler = actor(t, adoption.wholesalerId(), "adoption wholesaler", adoption);
    int platform = actor(t, adoption.platformId(), "adoption platform", adoption);
    List<String> ids = adoption.businesses();
    business = new int[ids.size()];
    fromWholesaler = new int[ids.size()];
    fromPlatform = new int[ids.size()];
    eligible = new int[ids.size()];
    for (int i = 0; i < business.length; i++) {
      int b = actor(t, ids.get(i), "adopting business", adoption);
      if (roles.adopting[b]) {
        throw new IllegalArgumentException("adopting business must adopt in one adoption but was listed twice ("
            + ids.get(i) + ", adoption " + adoption.label() + ")");
      }
      roles.adopting[b] = true;
      business[i] = b;
      fromWholesaler[i] = flow(t, wholesaler, b, adoption);
      fromPlatform[i] = flow(t, platform, b, adoption);
      if (t.flowInt[Topology.FI * fromWholesaler[i] + Topology.F_INPUT]
          != t.flowInt[Topology.FI * fromPlatform[i] + Topology.F_INPUT]) {
        throw new IllegalArgumentException("adopting business must buy one input from the wholesaler and the platform "
            + "but bought two (" + ids.get(i) + ", adoption " + adoption.label() + "; name the input of both trades)");
      }
      roles.markets.off[fromPlatform[i]] = true;
      roles.markets.touch(b);
      eligible[i] = i;
    }
    eligibleCount = business.length;
    data = new AdoptionData(t, wholesaler, platform, business, fromWholesaler, fromPlatform);
    if (data.moves()) {
      if (state.pairWeight == t.pairWeight) {
        state.pairWeight = t.pairWeight.clone();
      }
      data.start(state.pairWeight);
    }
  }

  private static int actor(Topology t, String id, String what, Adoption adoption) {
    OptionalInt a = t.chain.indexOf(id);
    if (a.isEmpty() || !t.orders(a.getAsInt())) {
      throw new IllegalArgumentException(what + " must be an actor of the chain that trades goods but was '" + id
          + "' (adoption " + adoption.label() + ")");
    }
    return a.getAsInt();
  }

  private static int flow(Topology t, int seller, int buyer, Adoption adoption) {
    for (int p = t.inStart[buyer]; p < t.inStart[buyer + 1]; p++) {
      if (t.seller[t.inFlow[p]] == seller) {
        return t.inFlow[p];
      }
    }
    throw new IllegalArgumentException("adopting business must buy from " + t.chain.id(seller) + " on a goods flow "
        + "but did not (" + t.chain.id(buyer) + ", adoption " + adoption.label() + ")");
  }

  /** Step 1: the businesses still with the wholesaler, and active, adopt at the hazard; returns the adopters. */
  int apply() {
    int count = 0;
    for (int i = eligibleCount - 1; i >= 0; i--) {
      if (!roles.markets.active[business[eligible[i]]]) {
        eligible[i] = eligible[--eligibleCount];
      }
    }
    int drawn = Binomial.draw(random, eligibleCount, adoption.hazard((double) adopted / business.length));
    for (int k = 0; k < drawn; k++) {
      int pick = random.nextInt(eligibleCount);
      int i = eligible[pick];
      eligible[pick] = eligible[--eligibleCount];
      roles.markets.off[fromWholesaler[i]] = true;
      roles.markets.off[fromPlatform[i]] = false;
      roles.markets.touch(business[i]);
      data.adopt(i, state.pairWeight);
      adopted++;
      count++;
    }
    return count;
  }

  /** {@return the number of businesses that have adopted} */
  int adopted() {
    return adopted;
  }
}
