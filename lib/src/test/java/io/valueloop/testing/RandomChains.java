package io.valueloop.testing;

import io.valueloop.model.Actor;
import io.valueloop.model.FeeBase;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ServiceTerms;
import io.valueloop.model.ValueChain;
import java.util.SplittableRandom;

/**
 * Random valid chains for property tests: tiers M → S → B → C of trades, each buyer sourcing one input from one to
 * three sellers of the tier above (shares adding to one) and sometimes a second input from two tiers up; consumer
 * demand; unit costs; platform services with fees and take rates; optionally goods loops among manufacturers
 * (self-use, and pairs that supply each other) with coefficients small enough for the chain to stay productive.
 */
public final class RandomChains {
  private RandomChains() {}

  /** Returns a chain of about {@code size} actors; the same seed gives the same chain. */
  public static ValueChain chain(long seed, int size, boolean loops) {
    SplittableRandom random = new SplittableRandom(seed);
    int makers = Math.max(1, size / 10);
    int platforms = Math.max(1, size / 20);
    int businesses = Math.max(1, size / 4);
    int consumers = Math.max(1, size - makers - platforms - businesses);
    int[] counts = {makers, platforms, businesses, consumers};
    Role[] roles = {Role.M, Role.S, Role.B, Role.C};
    ValueChain.Builder builder = ValueChain.builder();
    for (int t = 0; t < roles.length; t++) {
      for (int k = 0; k < counts[t]; k++) {
        Actor.Builder actor = Actor.builder().id(id(roles[t], k)).role(roles[t]);
        if (roles[t] == Role.C) {
          actor.demand(1 + random.nextInt(100));
        } else {
          actor.unitCost(random.nextDouble() * 2);
        }
        builder.actor(actor.build());
      }
    }
    builder.actor("market", Role.P);
    for (int t = 1; t < roles.length; t++) {
      for (int k = 0; k < counts[t]; k++) {
        String buyer = id(roles[t], k);
        supply(builder, random, roles[t - 1], counts[t - 1], buyer, 1.0 - 0.2 * t);
        if (t >= 2 && random.nextInt(10) < 3) {
          supply(builder, random, roles[t - 2], counts[t - 2], buyer, 0.5);
        }
      }
    }
    for (int k = 0; k < businesses; k++) {
      String business = id(Role.B, k);
      int kind = random.nextInt(4);
      if (kind == 0) {
        builder.service(id(Role.S, random.nextInt(platforms)), business, ServiceTerms.fee(random.nextDouble() * 5));
      } else if (kind == 1) {
        builder.service(id(Role.S, random.nextInt(platforms)), business,
            ServiceTerms.takeRate(random.nextDouble() * 0.1, FeeBase.REVENUE));
      } else if (kind == 2) {
        builder.service("market", business, new ServiceTerms(1, random.nextDouble() * 0.15, FeeBase.CONSUMER_REVENUE));
      } else {
        builder.service(id(Role.S, random.nextInt(platforms)), business,
            ServiceTerms.takeRate(random.nextDouble() * 0.05, FeeBase.PURCHASES));
      }
    }
    if (loops) {
      for (int k = 0; k < makers; k++) {
        if (random.nextBoolean()) {
          builder.goods(id(Role.M, k), id(Role.M, k),
              GoodsTerms.builder().price(0).leadTime(1).orderDelay(0).build().withInput("own").withInputCoefficient(random.nextDouble() * 0.3));
        }
      }
      for (int k = 0; k + 1 < makers; k += 2) {
        for (int[] pair : new int[][] {{k, k + 1}, {k + 1, k}}) {
          builder.trade(id(Role.M, pair[0]), id(Role.M, pair[1]),
              GoodsTerms.builder().price(1 + random.nextDouble()).leadTime(1).orderDelay(0).build().withInput("partner")
                  .withInputCoefficient(random.nextDouble() * 0.6));
        }
      }
    }
    return builder.build();
  }

  /** Adds trades from one to three distinct sellers of a tier to a buyer, with shares adding to one. */
  private static void supply(ValueChain.Builder builder, SplittableRandom random, Role role, int count, String buyer,
      double maxCoefficient) {
    int sellers = Math.min(count, 1 + random.nextInt(3));
    int first = random.nextInt(count);
    double[] shares = shares(random, sellers);
    double coefficient = 0.2 + random.nextDouble() * maxCoefficient;
    double price = 1 + random.nextDouble() * 10;
    for (int s = 0; s < sellers; s++) {
      GoodsTerms terms = GoodsTerms.builder().price(price * (0.9 + 0.2 * random.nextDouble())).leadTime(1).orderDelay(0).build()
          .withShare(shares[s])
          .withInputCoefficient(coefficient);
      builder.trade(id(role, (first + s) % count), buyer, terms);
    }
  }

  /** Returns the random sourcing shares of {@code sellers} sellers of one input, none near zero, adding to one. */
  public static double[] shares(SplittableRandom random, int sellers) {
    double[] shares = new double[sellers];
    double total = 0;
    for (int s = 0; s < sellers; s++) {
      shares[s] = 0.1 + random.nextDouble();
      total += shares[s];
    }
    for (int s = 0; s < sellers; s++) {
      shares[s] /= total;
    }
    return shares;
  }

  /** Returns the id of the {@code k}-th actor of a role: its lower-case letter and {@code k}. */
  public static String id(Role role, int k) {
    return Character.toLowerCase(role.letter()) + Integer.toString(k);
  }
}
