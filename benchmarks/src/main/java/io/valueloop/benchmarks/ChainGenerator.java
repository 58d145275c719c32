package io.valueloop.benchmarks;

import io.valueloop.model.Actor;
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
 * A seeded generator of large, realistic S2B2C chains for benchmarks: five goods tiers (parts makers → assemblers
 * (both role M) → supply platforms S → businesses B → consumer segments C), marketplaces P and logistics providers
 * L selling services, every goods flow a trade (goods plus its payment).
 *
 * <p><b>Shape.</b> Of the actors, 0.4% are parts makers, 0.6% assemblers, 0.1% supply platforms, 10% businesses, a
 * handful marketplaces and logistics providers, the rest consumer segments. Degrees are heavy-tailed: each consumer
 * segment buys from a discrete-Pareto number of businesses (tail exponent 2.2, at most 500), picked by Zipf
 * popularity, 70% of picks within its region of about 100 businesses and the rest nationwide; businesses buy from
 * one to three platforms (Zipf: a few platforms dominate) and a third of them also straight from assemblers;
 * platforms buy from a Pareto number of assemblers; assemblers from one to four parts makers; a fifth of the makers
 * use part of their own output (goods self-flows, so the chain has goods loops). Sourcing shares within an input
 * fall off as 1/rank; consumer demand is Pareto. The number of goods flows is exactly
 * {@code flowsPerActor × actors}, the consumers' purchases absorbing the difference.
 *
 * <p>Actors are added consumers first, region by region, so that compiled indices keep each region together.
 * {@link GoodsTerms} and {@link ServiceTerms} instances are shared between flows with equal terms, as large models
 * should. The same seed gives the same chain.
 */
public final class ChainGenerator {
  private static final double PARTS = 0.004;
  private static final double ASSEMBLERS = 0.006;
  private static final double PLATFORMS = 0.001;
  private static final double BUSINESSES = 0.10;
  private static final int BUSINESSES_PER_REGION = 100;
  private static final double LOCAL_PICKS = 0.7;
  private static final int MAX_CONSUMER_DEGREE = 500;
  private static final int PRICE_TIERS = 4;

  private final SplittableRandom random;
  private final Map<String, GoodsTerms> terms = new HashMap<>();

  private ChainGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * Generates a chain.
   *
   * @param actors the number of actors, at least 1,000
   * @param flowsPerActor goods flows per actor, at least 2
   * @param seed the seed
   * @return the chain
   */
  public static ValueChain generate(int actors, int flowsPerActor, long seed) {
    if (actors < 1_000) {
      throw new IllegalArgumentException("actors must be at least 1000 but was " + actors);
    }
    if (flowsPerActor < 2) {
      throw new IllegalArgumentException("flowsPerActor must be at least 2 but was " + flowsPerActor);
    }
    return new ChainGenerator(seed).build(actors, (long) flowsPerActor * actors);
  }

  private ValueChain build(int actors, long goodsFlows) {
    int parts = Math.max(2, (int) (actors * PARTS));
    int assemblers = Math.max(2, (int) (actors * ASSEMBLERS));
    int platforms = Math.max(2, (int) (actors * PLATFORMS));
    int businesses = Math.max(BUSINESSES_PER_REGION, (int) (actors * BUSINESSES));
    int markets = Math.max(1, actors / 200_000);
    int logistics = Math.max(1, actors / 200_000);
    int consumers = actors - parts - assemblers - platforms - businesses - markets - logistics;
    int regions = Math.max(1, businesses / BUSINESSES_PER_REGION);

    ValueChain.Builder builder = ValueChain.builder().expectedSize(actors, (int) Math.min(Integer.MAX_VALUE,
        2 * goodsFlows + businesses * 2L));
    for (int k = 0; k < consumers; k++) {
      double demand = Math.min(1_000, Math.floor(10 * pareto(1.8)));
      builder.actor(Actor.builder().id("c" + k).role(Role.C).demand(demand).build());
    }
    addActors(builder, "b", Role.B, businesses, 1.0);
    addActors(builder, "p", Role.P, markets, 0);
    addActors(builder, "l", Role.L, logistics, 0);
    addActors(builder, "s", Role.S, platforms, 0.2);
    addActors(builder, "a", Role.M, assemblers, 2.0);
    addActors(builder, "m", Role.M, parts, 1.0);

    long upstream = 0;
    Zipf partsPopularity = new Zipf(parts, 1.0);
    for (int k = 0; k < assemblers; k++) {
      upstream += supply(builder, "a" + k, "m", partsPopularity, 1 + random.nextInt(4), 2.0, 3);
    }
    Zipf assemblerPopularity = new Zipf(assemblers, 1.0);
    for (int k = 0; k < platforms; k++) {
      int degree = (int) Math.min(assemblers, Math.round(10 * pareto(2.0)));
      upstream += supply(builder, "s" + k, "a", assemblerPopularity, degree, 1.0, 12);
    }
    Zipf platformPopularity = new Zipf(platforms, 1.2);
    for (int k = 0; k < businesses; k++) {
      String business = "b" + k;
      upstream += supply(builder, business, "s", platformPopularity, 1 + random.nextInt(3), 1.0, 18);
      if (random.nextInt(3) == 0) {
        upstream += supply(builder, business, "a", assemblerPopularity, 1 + random.nextInt(2), 0.5, 14);
      }
      int platform = platformPopularity.sample(random);
      builder.service("s" + platform, business, random.nextBoolean()
          ? ServiceTerms.takeRate(0.02, FeeBase.REVENUE) : ServiceTerms.fee(5));
      if (random.nextInt(3) == 0) {
        builder.service("p" + random.nextInt(markets), business, ServiceTerms.takeRate(0.08, FeeBase.CONSUMER_REVENUE));
      }
    }
    for (int k = 0; k < platforms; k++) {
      builder.service("l" + random.nextInt(logistics), "s" + k, ServiceTerms.takeRate(0.03, FeeBase.PURCHASES));
    }
    for (int k = 0; k < parts + assemblers; k++) {
      if (random.nextInt(5) == 0) {
        String maker = k < parts ? "m" + k : "a" + (k - parts);
        builder.goods(maker, maker, GoodsTerms.builder().price(0).leadTime(1).orderDelay(0).build().withInput("own")
            .withInputCoefficient(0.05 * (1 + random.nextInt(4))));
        upstream++;
      }
    }

    int[] degree = consumerDegrees(consumers, goodsFlows - upstream, Math.min(MAX_CONSUMER_DEGREE, businesses / 2));
    Zipf local = new Zipf(BUSINESSES_PER_REGION, 1.0);
    Zipf national = new Zipf(businesses, 1.0);
    int[] nationalRank = permutation(businesses);
    boolean[] taken = new boolean[businesses];
    int[] picked = new int[MAX_CONSUMER_DEGREE];
    int consumersPerRegion = (consumers + regions - 1) / regions;
    for (int k = 0; k < consumers; k++) {
      int region = Math.min(regions - 1, k / consumersPerRegion);
      int regionStart = region * BUSINESSES_PER_REGION;
      int regionSize = region == regions - 1 ? businesses - regionStart : BUSINESSES_PER_REGION;
      for (int r = 0; r < degree[k]; r++) {
        int business;
        do {
          if (random.nextDouble() < LOCAL_PICKS) {
            business = regionStart + Math.min(regionSize - 1, local.sample(random));
          } else {
            business = nationalRank[national.sample(random)];
          }
        } while (taken[business]);
        taken[business] = true;
        picked[r] = business;
      }
      int tier = random.nextInt(PRICE_TIERS);
      for (int r = 0; r < degree[k]; r++) {
        builder.trade("b" + picked[r], "c" + k, retail(degree[k], r, tier));
        taken[picked[r]] = false;
      }
    }
    return builder.build();
  }

  private void addActors(ValueChain.Builder builder, String prefix, Role role, int count, double unitCost) {
    for (int k = 0; k < count; k++) {
      builder.actor(Actor.builder().id(prefix + k).role(role).unitCost(unitCost).build());
    }
  }

  /** Adds trades to a buyer from {@code count} distinct sellers picked by popularity; returns the flows added. */
  private int supply(ValueChain.Builder builder, String buyer, String sellerPrefix, Zipf popularity,
      int count, double coefficient, double price) {
    int sellers = Math.max(1, Math.min(count, popularity.size()));
    int[] chosen = new int[sellers];
    for (int r = 0; r < sellers; r++) {
      int seller;
      boolean repeated;
      do {
        seller = popularity.sample(random);
        repeated = false;
        for (int q = 0; q < r; q++) {
          repeated |= chosen[q] == seller;
        }
      } while (repeated);
      chosen[r] = seller;
      String key = sellerPrefix + sellers + ":" + r + ":" + price + ":" + coefficient;
      int rank = r;
      builder.trade(sellerPrefix + seller, buyer, terms.computeIfAbsent(key, k -> GoodsTerms.builder().price(price).leadTime(1).orderDelay(1).build()
          .withInputCoefficient(coefficient).withShare(rankShare(sellers, rank))));
    }
    return sellers;
  }

  private GoodsTerms retail(int sellers, int rank, int tier) {
    return terms.computeIfAbsent("c" + sellers + ":" + rank + ":" + tier,
        k -> GoodsTerms.builder().price(20 + 5 * tier).leadTime(1).orderDelay(0).build().withShare(rankShare(sellers, rank)));
  }

  /** Returns the share of the seller of rank {@code rank} (0 first) among {@code sellers}: 1/(rank+1), normalised. */
  private static double rankShare(int sellers, int rank) {
    double harmonic = 0;
    for (int r = 1; r <= sellers; r++) {
      harmonic += 1.0 / r;
    }
    return 1.0 / (rank + 1) / harmonic;
  }

  /** Draws discrete-Pareto degrees in [1, max] and adjusts them to add up to exactly {@code total}. */
  private int[] consumerDegrees(int consumers, long total, int max) {
    if (total < consumers || total > (long) consumers * max) {
      throw new IllegalArgumentException("consumer flows must be between " + consumers + " and "
          + (long) consumers * max + " but were " + total);
    }
    int[] degree = new int[consumers];
    double scale = total / (double) consumers / (2.2 / 1.2);
    long sum = 0;
    for (int k = 0; k < consumers; k++) {
      degree[k] = (int) Math.max(1, Math.min(max, Math.round(scale * pareto(2.2))));
      sum += degree[k];
    }
    while (sum != total) {
      int k = random.nextInt(consumers);
      if (sum < total && degree[k] < max) {
        degree[k]++;
        sum++;
      } else if (sum > total && degree[k] > 1) {
        degree[k]--;
        sum--;
      }
    }
    return degree;
  }

  /** Returns a Pareto variate with minimum 1 and tail exponent {@code alpha}. */
  private double pareto(double alpha) {
    return Math.pow(1 - random.nextDouble(), -1 / alpha);
  }

  private int[] permutation(int n) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  /** Zipf ranks {@code 0..size-1} with weight {@code 1/(rank+1)^exponent}, sampled by inverse CDF. */
  private static final class Zipf {
    private final double[] cumulative;

    Zipf(int size, double exponent) {
      cumulative = new double[size];
      double sum = 0;
      for (int r = 0; r < size; r++) {
        sum += Math.pow(r + 1, -exponent);
        cumulative[r] = sum;
      }
      for (int r = 0; r < size; r++) {
        cumulative[r] /= sum;
      }
    }

    int size() {
      return cumulative.length;
    }

    int sample(SplittableRandom random) {
      int index = Arrays.binarySearch(cumulative, random.nextDouble());
      return Math.min(cumulative.length - 1, index < 0 ? -index - 1 : index);
    }
  }
}
