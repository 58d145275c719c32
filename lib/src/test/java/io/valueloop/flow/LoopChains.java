package io.valueloop.flow;

import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import io.valueloop.testing.RandomChains;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random chains around one goods loop of a chosen spectral radius, for the solver contract: makers {@code m0..mk-1}
 * ({@code k} from 2 to 12) each buy the input "partner" from the maker before them on a ring and, from three makers
 * up, often from one more maker of the loop, with shares adding to {@code σ = min(ρ, 1)}; a raw supplier sells the
 * remaining {@code 1 − σ}. Every column of the loop's share block then sums to {@code σ}, so its spectral radius is
 * exactly {@code σ}, and an input coefficient of {@code max(ρ, 1)} on the loop's flows makes the loop's block of
 * {@code A} have spectral radius {@code ρ}. Platforms buy from the makers, businesses from platforms (and some from
 * makers), consumer segments from businesses; every other input coefficient is 1 and no actor uses its own product,
 * so that the throughput tracing's weights (sourcing shares) equal {@code A}. Segments {@code c0} and {@code c1}
 * send data to every producer. Every goods flow has lead time and order delay 1, so the chains can be simulated.
 */
final class LoopChains {
  private LoopChains() {}

  /**
   * Returns a chain; the same seed and radius give the same chain.
   *
   * @param seed the seed
   * @param radius the spectral radius {@code ρ > 0} of the loop's block of the input–output coefficients
   */
  static ValueChain chain(long seed, double radius) {
    SplittableRandom random = new SplittableRandom(seed);
    int loop = 2 + random.nextInt(11);
    int platforms = 2 + random.nextInt(3);
    int businesses = 3 + random.nextInt(6);
    int consumers = 4 + random.nextInt(8);
    double sigma = Math.min(radius, 1);
    double coefficient = Math.max(radius, 1);
    ValueChain.Builder builder = ValueChain.builder();
    List<String> producers = new ArrayList<>();
    for (int k = 0; k < 2; k++) {
      producers.add(add(builder, "r" + k, Role.M));
    }
    for (int k = 0; k < loop; k++) {
      producers.add(add(builder, "m" + k, Role.M));
    }
    for (int k = 0; k < platforms; k++) {
      producers.add(add(builder, "s" + k, Role.S));
    }
    for (int k = 0; k < businesses; k++) {
      producers.add(add(builder, "b" + k, Role.B));
    }
    for (int k = 0; k < consumers; k++) {
      builder.actor(Actor.builder().id("c" + k).role(Role.C).demand(1 + random.nextInt(100)).build());
    }
    builder.actor("market", Role.P);
    for (int k = 0; k < loop; k++) {
      int before = (k + loop - 1) % loop;
      int other = loop >= 3 && random.nextBoolean() ? (k + 1 + random.nextInt(loop - 2)) % loop : -1;
      if (other == before) {
        other = -1;
      }
      double part = other < 0 ? 1 : 0.3 + 0.4 * random.nextDouble();
      String buyer = "m" + k;
      builder.trade("m" + before, buyer, terms(random, sigma * part, "partner", coefficient));
      if (other >= 0) {
        builder.trade("m" + other, buyer, terms(random, sigma * (1 - part), "partner", coefficient));
      }
      if (sigma < 1) {
        builder.trade("r" + random.nextInt(2), buyer, terms(random, 1 - sigma, "partner", 1));
      }
    }
    for (int k = 0; k < platforms; k++) {
      supply(builder, random, "m", loop, "s" + k);
    }
    for (int k = 0; k < businesses; k++) {
      supply(builder, random, "s", platforms, "b" + k);
      if (random.nextInt(10) < 3) {
        supply(builder, random, "m", loop, "b" + k);
      }
    }
    for (int k = 0; k < consumers; k++) {
      supply(builder, random, "b", businesses, "c" + k);
    }
    for (int k = 0; k < 2; k++) {
      for (String producer : producers) {
        builder.data("c" + k, producer, 1 + random.nextInt(3));
      }
    }
    return builder.build();
  }

  /** Returns the ids of the loop's makers in a chain of {@link #chain}. */
  static List<String> loop(ValueChain chain) {
    List<String> ids = new ArrayList<>();
    for (int k = 0; chain.indexOf("m" + k).isPresent(); k++) {
      ids.add("m" + k);
    }
    return ids;
  }

  private static String add(ValueChain.Builder builder, String id, Role role) {
    builder.actor(Actor.builder().id(id).role(role).unitCost(1).build());
    return id;
  }

  /** Adds trades from one to three distinct sellers {@code prefix0..} to a buyer, shares adding to one. */
  private static void supply(ValueChain.Builder builder, SplittableRandom random, String prefix, int count,
      String buyer) {
    int sellers = Math.min(count, 1 + random.nextInt(3));
    int first = random.nextInt(count);
    double[] shares = RandomChains.shares(random, sellers);
    for (int s = 0; s < sellers; s++) {
      builder.trade(prefix + (first + s) % count, buyer, terms(random, shares[s], null, 1));
    }
  }

  private static GoodsTerms terms(SplittableRandom random, double share, String input, double coefficient) {
    GoodsTerms terms = GoodsTerms.builder().price(1 + 9 * random.nextDouble()).leadTime(1).orderDelay(1).build().withShare(share)
        .withInputCoefficient(coefficient);
    return input == null ? terms : terms.withInput(input);
  }
}
