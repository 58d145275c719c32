package io.valueloop.sim;

import io.valueloop.flow.CompiledChain;
import io.valueloop.flow.FlowTable;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The memory a simulation needs, estimated in {@code long} arithmetic before anything is allocated, so that a chain
 * or scenario that cannot fit is refused at set-up with what would not fit and how much it would need, rather than
 * failing with a {@link NegativeArraySizeException}, an integer overflow or an {@link OutOfMemoryError} part-way.
 *
 * <p>What is counted (8 bytes a double): per goods flow, a block of {@link Topology#D_SHIP} doubles plus its shipping
 * ring and its order ring, each a power of two above the delay ({@link Topology#ringLength}); per source, a
 * production ring above the production lead time; per consumer segment, a demand-history ring above the longest
 * DATA delay (with information sharing); per recorded series, one double per actor and tick; and about
 * {@link #BYTES_PER_ACTOR} bytes per actor and {@link #BYTES_PER_FLOW} per goods flow for the rest. Each ring is at
 * most {@link #MAX_RING} slots (a delay below 2^30) and each array at most {@link #MAX_ARRAY} elements; the whole
 * must be at most {@link Runtime#maxMemory()}.
 */
final class Footprint {
  /** The most elements a Java array can hold on common virtual machines. */
  static final long MAX_ARRAY = Integer.MAX_VALUE - 8;
  /** The longest pipeline ring: 2^30 slots, for delays up to 2^30 - 1 ticks. */
  static final long MAX_RING = 1L << 30;
  /** Bytes per actor besides its rings: its records in the state, metrics, ledger and topology. */
  static final long BYTES_PER_ACTOR = 600;
  /** Bytes per goods flow besides its rings. */
  static final long BYTES_PER_FLOW = 150;

  private Footprint() {}

  /** Returns the smallest power of two greater than {@code delay}, in long arithmetic. */
  static long ringLength(long delay) {
    return delay == 0 ? 1 : Long.highestOneBit(delay) << 1;
  }

  /**
   * Returns the length of a run's flow data for the goods flows of a chain, checking that every ring and the whole
   * fit (called by {@link Topology} before it lays the flows out).
   *
   * @throws IllegalArgumentException if a delay needs a ring longer than {@link #MAX_RING}, or the flow data more
   *     than {@link #MAX_ARRAY} doubles or more than the maximum heap; the message names the flow and the size
   */
  static long flowData(CompiledChain chain) {
    FlowTable goods = chain.goods();
    long total = RunState.PAD;
    long longest = -1;
    int longestFlow = -1;
    for (int g = 0; g < goods.count(); g++) {
      GoodsTerms terms = chain.goodsTerms(g);
      ring("shipping lead time", terms.leadTime(), chain, g);
      ring("order delay", terms.orderDelay(), chain, g);
      long rings = ringLength(terms.leadTime()) + ringLength(terms.orderDelay());
      if (rings > longest) {
        longest = rings;
        longestFlow = g;
      }
      total += Topology.D_SHIP + rings;
    }
    if (total > MAX_ARRAY) {
      throw new IllegalArgumentException("goods pipelines must fit in " + MAX_ARRAY + " slots but need " + total
          + " slots, " + mib(8 * total) + " (longest rings: " + longest + " slots on " + label(chain, longestFlow)
          + ")");
    }
    long bytes = 8 * total + BYTES_PER_ACTOR * chain.actorCount() + BYTES_PER_FLOW * goods.count();
    fits(bytes, "the simulation's goods pipelines (" + total + " slots; longest rings " + longest + " slots on "
        + label(chain, longestFlow) + ")");
    return total;
  }

  /**
   * Checks that a run of a scenario fits: its flow data, production rings, demand history and recorded series.
   *
   * @throws IllegalArgumentException if a ring or array is too long, or the whole exceeds the maximum heap; the
   *     message says which part and how many bytes the run would need
   */
  static void run(Topology t, Scenario scenario, boolean sharing) {
    int sources = 0;
    for (int a = 0; a < t.n; a++) {
      sources += t.kind[a] == Topology.SOURCE ? 1 : 0;
    }
    long production = 0;
    if (sources > 0) {
      if (scenario.productionLeadTime() >= MAX_RING) {
        throw new IllegalArgumentException("production lead time must be below " + MAX_RING + " ticks (a ring of at"
            + " most " + MAX_RING + " slots) but was " + scenario.productionLeadTime() + "; it would need "
            + mib(8L * sources * ringLength(scenario.productionLeadTime())));
      }
      production = sources * ringLength(scenario.productionLeadTime());
      array("production rings", production);
    }
    long history = 0;
    if (sharing) {
      if (t.maxDataDelay >= MAX_RING) {
        throw new IllegalArgumentException("DATA delay must be below " + MAX_RING + " ticks (a ring of at most "
            + MAX_RING + " slots) but was " + t.maxDataDelay + " (the longest DATA path); it would need "
            + mib(8L * t.consumers.length * ringLength(t.maxDataDelay)));
      }
      history = (long) t.consumers.length * ringLength(t.maxDataDelay);
      array("demand history", history);
    }
    long recorded = 0;
    long ticks = scenario.ticks();
    for (Map.Entry<Series, Long> e : recordedActors(t, scenario).entrySet()) {
      long values = e.getValue() * ticks;
      if (values > MAX_ARRAY) {
        throw new IllegalArgumentException("recorded series must fit in " + MAX_ARRAY + " values but was "
            + e.getValue() + " actors × " + ticks + " ticks = " + values + " values, " + mib(8 * values)
            + " (series " + e.getKey() + ")");
      }
      recorded += values;
    }
    long bytes = 8 * (t.flowDataLength + production + history + recorded) + BYTES_PER_ACTOR * t.n
        + BYTES_PER_FLOW * t.m;
    fits(bytes, "the run (goods pipelines " + mib(8L * t.flowDataLength) + ", production rings " + mib(8 * production)
        + ", demand history " + mib(8 * history) + ", recorded series " + mib(8 * recorded) + " for " + ticks
        + " ticks)");
  }

  /** Returns, per recorded series, an upper bound on the actors it records. */
  private static Map<Series, Long> recordedActors(Topology t, Scenario scenario) {
    Map<Series, Long> count = new EnumMap<>(Series.class);
    for (Series s : scenario.recordedForAll()) {
      count.put(s, (long) t.n);
    }
    long[] byRole = new long[Role.values().length];
    for (int a = 0; a < t.n; a++) {
      byRole[t.roleOrdinal[a]]++;
    }
    for (Map.Entry<Series, Set<Role>> e : scenario.recordedRoles().entrySet()) {
      long k = 0;
      for (Role r : e.getValue()) {
        k += byRole[r.ordinal()];
      }
      count.merge(e.getKey(), k, (x, y) -> Math.min(t.n, x + y));
    }
    for (Map.Entry<Series, Set<String>> e : scenario.recordedActors().entrySet()) {
      count.merge(e.getKey(), (long) e.getValue().size(), (x, y) -> Math.min(t.n, x + y));
    }
    return count;
  }

  private static void ring(String what, int delay, CompiledChain chain, int g) {
    if (delay >= MAX_RING) {
      throw new IllegalArgumentException(what + " must be below " + MAX_RING + " ticks (a pipeline ring of at most "
          + MAX_RING + " slots) but was " + delay + "; its ring would need " + ringLength(delay) + " slots, "
          + mib(8 * ringLength(delay)) + " (" + label(chain, g) + ")");
    }
  }

  private static void array(String what, long length) {
    if (length > MAX_ARRAY) {
      throw new IllegalArgumentException(what + " must fit in " + MAX_ARRAY + " slots but need " + length
          + " slots, " + mib(8 * length));
    }
  }

  private static void fits(long bytes, String what) {
    long max = Runtime.getRuntime().maxMemory();
    if (bytes > max) {
      throw new IllegalArgumentException("memory needed must be at most the maximum heap " + mib(max) + " but was "
          + mib(bytes) + " for " + what + "; raise -Xmx, or shorten the delays, ticks or recorders");
    }
  }

  private static String label(CompiledChain chain, int g) {
    return g < 0 ? "no flow" : chain.chain().flow(chain.goods().chainFlow(g)).toString();
  }

  /** Returns a byte count in MiB, one decimal. */
  static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
  }
}
