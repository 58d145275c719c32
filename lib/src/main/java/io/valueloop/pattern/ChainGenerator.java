package io.valueloop.pattern;

import io.valueloop.internal.Preconditions;
import io.valueloop.model.Actor;
import io.valueloop.model.DataTerms;
import io.valueloop.model.FeeBase;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ServiceTerms;
import io.valueloop.model.ValueChain;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates the chain of a {@link ChainTemplate}, as its class documentation describes: tiers of actors, random
 * attachments between consecutive tiers, platform and marketplace services, and consumers' demand data back to
 * the loop's first tier. One instance per chain; not thread-safe.
 */
final class ChainGenerator {
  /** Sourcing weights are drawn on {@code 1..MAX_WEIGHT}, so that shares take few distinct values. */
  private static final int MAX_WEIGHT = 4;

  private final TemplateSettings s;
  private final int tiers;
  private final String[][] ids;

  ChainGenerator(TemplateSettings settings) {
    this.s = settings;
    this.tiers = settings.tierRoles.length;
    this.ids = new String[tiers][];
  }

  ValueChain generate() {
    return fill().build();
  }

  /** Fills a builder; the attachment arrays die with this frame, before the builder validates. */
  private ValueChain.Builder fill() {
    int origin = s.counts[0] == 0 ? 1 : 0;
    checkSize(origin);
    SplittableRandom root = new SplittableRandom(s.seed);
    SplittableRandom channels = root.split();
    SplittableRandom memberships = root.split();
    Link[] links = new Link[tiers - 1];
    for (int t = 0; t < tiers - 1; t++) {
      SplittableRandom random = root.split();
      if (t >= origin) {
        double price = s.basePrice * Math.pow(1 + s.markup, t - origin);
        links[t] = attach(s.counts[t], s.counts[t + 1], random, GoodsTerms.builder().price(price).leadTime(s.leadTime).orderDelay(s.orderDelay).build());
      }
    }
    int consumers = tiers - 1;
    Link feedback = s.feedbackTier < 0 ? null : feedback(links, s.feedbackTier, consumers);

    int actorCount = s.marketplaces;
    for (int count : s.counts) {
      actorCount += count;
    }
    int flowCount = feedback == null ? 0 : feedback.size();
    for (int t = origin; t < tiers - 1; t++) {
      flowCount += links[t].size() * (isPlatformLink(t) ? 3 : 2);
    }
    int facing = s.consumerFacingTier();
    if (s.marketplaces > 0) {
      flowCount += s.counts[facing];
    }

    ValueChain.Builder builder = ValueChain.builder().expectedSize(actorCount, flowCount);
    for (int t = 0; t < tiers; t++) {
      addTier(builder, t, t == origin, t == consumers, channels);
    }
    String[] marketplaceIds = new String[s.marketplaces];
    for (int p = 0; p < s.marketplaces; p++) {
      marketplaceIds[p] = "P-" + (p + 1);
      builder.actor(marketplaceIds[p], Role.P);
    }

    ServiceTerms platformService = new ServiceTerms(s.saasFee, s.platformTakeRate, FeeBase.REVENUE);
    for (int t = origin; t < tiers - 1; t++) {
      Link link = links[t];
      boolean platform = isPlatformLink(t);
      for (int buyer = 0; buyer < link.buyers(); buyer++) {
        for (int p = link.offsets[buyer]; p < link.offsets[buyer + 1]; p++) {
          String seller = ids[t][link.sellers[p]];
          builder.trade(seller, ids[t + 1][buyer], link.terms[p]);
          if (platform) {
            builder.service(seller, ids[t + 1][buyer], platformService);
          }
        }
      }
    }
    if (feedback != null) {
      DataTerms data = DataTerms.of(s.dataDelay);
      String[] targets = ids[s.feedbackTier];
      for (int c = 0; c < feedback.buyers(); c++) {
        for (int p = feedback.offsets[c]; p < feedback.offsets[c + 1]; p++) {
          builder.flow(ids[consumers][c], targets[feedback.sellers[p]], data);
        }
      }
    }
    if (s.marketplaces > 0) {
      ServiceTerms commission = ServiceTerms.takeRate(s.commission, FeeBase.CONSUMER_REVENUE);
      for (String business : ids[facing]) {
        builder.service(marketplaceIds[memberships.nextInt(s.marketplaces)], business, commission);
      }
    }
    return builder;
  }

  /**
   * Rejects a template whose actors, or whose flows at their upper bound, an {@code int} cannot count, before any
   * array is sized from the counts: past this check every actor index, CSR offset and flow count fits an int. The
   * bound counts each buyer at its largest number of sellers and each consumer segment as sending data to every
   * actor of the feedback tier its sellers' sellers could reach.
   */
  private void checkSize(int origin) {
    long actors = s.marketplaces;
    for (int count : s.counts) {
      actors += count;
    }
    Preconditions.check(actors <= Integer.MAX_VALUE, "actor count", "at most " + Integer.MAX_VALUE, actors,
        "template " + s.code);
    long flows = 0;
    for (int t = origin; t < tiers - 1; t++) {
      long attachments = s.counts[t] > s.counts[t + 1]
          ? s.counts[t]
          : (long) s.counts[t + 1] * Math.min(s.maxSuppliers, s.counts[t]);
      flows += attachments * (isPlatformLink(t) ? 3 : 2);
    }
    if (s.feedbackTier >= 0) {
      int targets = s.counts[s.feedbackTier];
      long perBuyer = 1;
      for (int t = s.feedbackTier; t < tiers - 1; t++) {
        perBuyer = Math.min(targets, perBuyer * mostSellers(s.counts[t], s.counts[t + 1]));
      }
      flows += s.counts[tiers - 1] * perBuyer;
    }
    if (s.marketplaces > 0) {
      flows += s.counts[s.consumerFacingTier()];
    }
    Preconditions.check(flows <= Integer.MAX_VALUE, "flow count", "at most " + Integer.MAX_VALUE, "up to " + flows,
        "template " + s.code);
  }

  /** Returns the largest number of sellers a buyer gets between tiers of {@code sellers} and {@code buyers}. */
  private int mostSellers(int sellers, int buyers) {
    return sellers > buyers ? (sellers + buyers - 1) / buyers : Math.min(s.maxSuppliers, sellers);
  }

  private boolean isPlatformLink(int t) {
    return s.tierRoles[t] == Role.S && s.tierRoles[t + 1] == Role.B;
  }

  private void addTier(ValueChain.Builder builder, int t, boolean origin, boolean demand,
      SplittableRandom channels) {
    Role role = s.tierRoles[t];
    int n = s.counts[t];
    boolean[] online = role == Role.B ? chooseOnline(n, channels) : null;
    String[] tierIds = new String[n];
    ids[t] = tierIds;
    for (int i = 0; i < n; i++) {
      tierIds[i] = s.labels[t] + "-" + (i + 1);
      Actor.Builder actor = Actor.builder().id(tierIds[i]).role(role);
      if (role != Role.C) {
        actor.unitCost(origin ? s.productionCost : s.handlingCost)
            .holdingCost(s.holdingCost)
            .backlogCost(s.backlogCost);
      }
      if (demand) {
        actor.demand(s.demand);
      }
      if (online != null) {
        actor.putAttributes("channel", online[i] ? "online" : "offline");
      }
      builder.actor(actor.build());
    }
  }

  /** Marks {@code round(onlineShare · n)} of {@code n} businesses online, a uniform random subset. */
  private boolean[] chooseOnline(int n, SplittableRandom random) {
    int online = (int) Math.round(s.onlineShare * n);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    boolean[] chosen = new boolean[n];
    for (int i = 0; i < online; i++) {
      int r = i + random.nextInt(n - i);
      int swap = order[r];
      order[r] = order[i];
      order[i] = swap;
      chosen[swap] = true;
    }
    return chosen;
  }

  /** Draws the sellers of every buyer between a tier of {@code sellers} actors and one of {@code buyers}. */
  private Link attach(int sellers, int buyers, SplittableRandom random, GoodsTerms base) {
    int[] offsets = new int[buyers + 1];
    int most = Math.min(s.maxSuppliers, sellers);
    for (int j = 0; j < buyers; j++) {
      int count = sellers > buyers
          ? sellers / buyers + (j < sellers % buyers ? 1 : 0)
          : 1 + random.nextInt(most);
      offsets[j + 1] = offsets[j] + count;
    }
    int[] chosen = new int[offsets[buyers]];
    GoodsTerms[] terms = new GoodsTerms[chosen.length];
    SharedTerms shared = new SharedTerms(base);
    int[] marks = new int[sellers];
    int[] weights = new int[mostSellers(sellers, buyers)];
    int[] order = null;
    for (int j = 0; j < buyers; j++) {
      int from = offsets[j];
      int count = offsets[j + 1] - from;
      if (sellers > buyers) {
        for (int p = 0; p < count; p++) {
          chosen[from + p] = j + p * buyers;
        }
      } else if (2 * count <= sellers) {
        int stamp = j + 1;
        chosen[from] = j % sellers;
        marks[j % sellers] = stamp;
        int p = 1;
        while (p < count) {
          int r = random.nextInt(sellers);
          if (marks[r] != stamp) {
            marks[r] = stamp;
            chosen[from + p] = r;
            p++;
          }
        }
      } else {
        if (order == null) {
          order = new int[sellers];
        }
        for (int i = 0; i < sellers; i++) {
          order[i] = i;
        }
        order[0] = j % sellers;
        order[j % sellers] = 0;
        for (int p = 1; p < count; p++) {
          int r = p + random.nextInt(sellers - p);
          int swap = order[r];
          order[r] = order[p];
          order[p] = swap;
        }
        System.arraycopy(order, 0, chosen, from, count);
      }
      int total = 0;
      for (int p = 0; p < count; p++) {
        weights[p] = 1 + random.nextInt(MAX_WEIGHT);
        total += weights[p];
      }
      for (int p = 0; p < count; p++) {
        terms[from + p] = shared.of(weights[p], total);
      }
    }
    return new Link(offsets, chosen, terms);
  }

  /**
   * For each consumer segment, the actors of tier {@code target} upstream of it along the links, in order of first
   * appearance: each actor of tier {@code target} is its own set, and each buyer's set is the union of its sellers'.
   */
  private Link feedback(Link[] links, int target, int consumers) {
    Link upstream = null;
    for (int t = target; t < consumers; t++) {
      upstream = unions(links[t], upstream, s.counts[target]);
    }
    return upstream;
  }

  /** Returns each buyer's union of its sellers' sets (a seller's set being itself when {@code sets} is null). */
  private static Link unions(Link link, Link sets, int targets) {
    int buyers = link.buyers();
    int[] offsets = new int[buyers + 1];
    int[] members = new int[Math.max(16, link.size())];
    int size = 0;
    int[] marks = new int[targets];
    for (int j = 0; j < buyers; j++) {
      for (int p = link.offsets[j]; p < link.offsets[j + 1]; p++) {
        int seller = link.sellers[p];
        int from = sets == null ? 0 : sets.offsets[seller];
        int to = sets == null ? 1 : sets.offsets[seller + 1];
        for (int q = from; q < to; q++) {
          int member = sets == null ? seller : sets.sellers[q];
          if (marks[member] != j + 1) {
            marks[member] = j + 1;
            if (size == members.length) {
              members = Arrays.copyOf(members, (int) Math.min(2L * members.length, Integer.MAX_VALUE - 8));
            }
            members[size++] = member;
          }
        }
      }
      offsets[j + 1] = size;
    }
    return new Link(offsets, Arrays.copyOf(members, size), null);
  }

  /** Each buyer's sellers, in CSR form: buyer {@code j}'s are {@code sellers[offsets[j]..offsets[j+1])}. */
  private static final class Link {
    final int[] offsets;
    final int[] sellers;
    final GoodsTerms[] terms;

    Link(int[] offsets, int[] sellers, GoodsTerms[] terms) {
      this.offsets = offsets;
      this.sellers = sellers;
      this.terms = terms;
    }

    int buyers() {
      return offsets.length - 1;
    }

    int size() {
      return sellers.length;
    }
  }

  /** One {@link GoodsTerms} instance per distinct (weight, total weight) on a link. */
  private static final class SharedTerms {
    private static final int DIRECT_TOTALS = 64;

    private final GoodsTerms base;
    private final GoodsTerms[] direct = new GoodsTerms[(MAX_WEIGHT + 1) * (DIRECT_TOTALS + 1)];
    private final Map<Long, GoodsTerms> other = new HashMap<>();

    SharedTerms(GoodsTerms base) {
      this.base = base;
    }

    GoodsTerms of(int weight, int total) {
      if (total <= DIRECT_TOTALS) {
        int key = total * (MAX_WEIGHT + 1) + weight;
        GoodsTerms terms = direct[key];
        if (terms == null) {
          terms = base.withShare(weight / (double) total);
          direct[key] = terms;
        }
        return terms;
      }
      return other.computeIfAbsent((long) total * (MAX_WEIGHT + 1) + weight,
          key -> base.withShare(weight / (double) total));
    }
  }
}
