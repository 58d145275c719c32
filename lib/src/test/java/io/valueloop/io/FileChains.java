package io.valueloop.io;

import io.valueloop.model.Actor;
import io.valueloop.model.ChainValidationException;
import io.valueloop.model.FeeBase;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ServiceTerms;
import io.valueloop.model.ValueChain;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Random valid chains whose texts are hard to write (quotes, commas, line breaks, U+FFFD, a byte-order mark, spaces
 * around, characters outside the basic plane, empty texts where allowed) and whose numbers are extreme but valid.
 */
final class FileChains {
  /** Pieces of text that CSV, UTF-8 or a careless reader could get wrong. */
  private static final String[] PIECES = {"a", "Zürich", ",", "\"", "\"\"", "\n", "\r", "\r\n", " ", "  ",
      "\uFFFD", "\uFEFF", "\t", ";", "\u00A0", "\uD83D\uDE00", "\uDBFF\uDFFF", "\u0000", "attr.", "NaN", "inf", "'",
      "é", "日本", "\\", "=1+1", "#"};
  private static final double[] EXTREMES = {0.0, -0.0, Double.MIN_VALUE, Double.MIN_NORMAL, 1e-300, 0.1 + 0.2,
      1.0 / 3, 7, 1e15, 1e300, Double.MAX_VALUE};
  private static final int[] TICKS = {0, 1, 2, 17, 1 << 20, Integer.MAX_VALUE / 2, Integer.MAX_VALUE};

  private FileChains() {}

  /**
   * Returns a random valid chain: extreme values when the builder takes them, else moderate ones (the builder may
   * bound values more tightly than the files can hold).
   */
  static ValueChain chain(SplittableRandom random) {
    long seed = random.nextLong();
    try {
      return chain(new SplittableRandom(seed), true);
    } catch (ChainValidationException e) {
      return chain(new SplittableRandom(seed), false);
    }
  }

  /**
   * Returns a random chain of layers (makers, then suppliers or businesses, then consumers), so that goods never
   * loop, with payments for every goods flow, shares that add to one, and data and service flows between any actors
   * the roles allow.
   */
  static ValueChain chain(SplittableRandom random, boolean extreme) {
    ValueChain.Builder builder = ValueChain.builder();
    List<List<String>> layers = new ArrayList<>();
    Role[][] layerRoles = {{Role.M}, {Role.S, Role.M, Role.B}, {Role.B, Role.S}, {Role.C}};
    List<String> all = new ArrayList<>();
    List<String> providers = new ArrayList<>();
    int k = 0;
    for (Role[] roles : layerRoles) {
      List<String> layer = new ArrayList<>();
      int count = 1 + random.nextInt(3);
      for (int i = 0; i < count; i++) {
        Role role = roles[random.nextInt(roles.length)];
        String id = text(random, false) + "#" + k++;
        builder.actor(actor(random, id, role, extreme));
        layer.add(id);
        all.add(id);
      }
      layers.add(layer);
    }
    for (Role role : new Role[] {Role.P, Role.L, Role.F}) {
      if (random.nextBoolean()) {
        String id = text(random, false) + "#" + k++;
        builder.actor(actor(random, id, role, extreme));
        providers.add(id);
        all.add(id);
      }
    }
    for (int l = 1; l < layers.size(); l++) {
      List<String> sellers = layers.get(l - 1);
      for (String buyer : layers.get(l)) {
        boolean split = sellers.size() > 1 && random.nextBoolean();
        int first = random.nextInt(sellers.size());
        double share = split ? 0.25 : 1;
        // Split sellers supply one input, so they name it alike: a text, or the empty default when roles agree.
        String input = split ? text(random, false) : random.nextBoolean() ? "" : text(random, true);
        builder.trade(sellers.get(first), buyer, goods(random, share, input, extreme));
        if (split) {
          builder.trade(sellers.get((first + 1) % sellers.size()), buyer, goods(random, 0.75, input, extreme));
        }
      }
    }
    for (String provider : providers) {
      String served = all.get(random.nextInt(all.size()));
      if (!served.equals(provider)) {
        builder.service(provider, served, new ServiceTerms(number(random, extreme),
            random.nextInt(4) == 0 ? 1 : random.nextDouble(),
            random.nextBoolean() ? FeeBase.REVENUE : FeeBase.CONSUMER_REVENUE));
      }
    }
    String from = all.get(random.nextInt(all.size()));
    String to = all.get(random.nextInt(all.size()));
    if (!from.equals(to)) {
      builder.data(from, to, extreme ? TICKS[random.nextInt(TICKS.length)] : random.nextInt(5));
    }
    return builder.build();
  }

  private static Actor actor(SplittableRandom random, String id, Role role, boolean extreme) {
    Actor.Builder actor = Actor.builder().id(id).role(role)
        .unitCost(number(random, extreme)).holdingCost(number(random, extreme))
        .backlogCost(number(random, extreme)).initialInventory(number(random, extreme))
        .demand(role == Role.C ? 1 + number(random, extreme) : 0)
        .capacity(random.nextBoolean() ? Double.POSITIVE_INFINITY : number(random, extreme));
    if (random.nextBoolean()) {
      actor.name(text(random, false));
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    int count = random.nextInt(3);
    for (int i = 0; i < count; i++) {
      attributes.put(text(random, false), text(random, true));
    }
    return actor.putAllAttributes(attributes).build();
  }

  private static GoodsTerms goods(SplittableRandom random, double share, String input, boolean extreme) {
    int leadTime = extreme ? TICKS[random.nextInt(TICKS.length)] : random.nextInt(4);
    int orderDelay = extreme ? (int) random.nextLong((long) Integer.MAX_VALUE - leadTime + 1) : random.nextInt(3);
    return new GoodsTerms(number(random, extreme), leadTime, orderDelay,
        random.nextBoolean() ? Double.POSITIVE_INFINITY : number(random, extreme), share,
        number(random, extreme), input);
  }

  /** A non-negative finite number: an extreme one or a moderate one. */
  static double number(SplittableRandom random, boolean extreme) {
    if (extreme && random.nextBoolean()) {
      return EXTREMES[random.nextInt(EXTREMES.length)];
    }
    return random.nextInt(3) == 0 ? random.nextInt(100) : random.nextDouble() * 100;
  }

  /** A random text of hard pieces; non-blank unless {@code blankAllowed}, when it may also be empty. */
  static String text(SplittableRandom random, boolean blankAllowed) {
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(5);
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    if (!blankAllowed && text.toString().isBlank()) {
      text.append('x');
    }
    return text.toString();
  }

  /** The chain's two tables, as {@link ChainFiles#write(ValueChain, Appendable, Appendable)} writes them. */
  static String[] tables(ValueChain chain) {
    StringBuilder actors = new StringBuilder();
    StringBuilder flows = new StringBuilder();
    try {
      ChainFiles.write(chain, actors, flows);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return new String[] {actors.toString(), flows.toString()};
  }
}
