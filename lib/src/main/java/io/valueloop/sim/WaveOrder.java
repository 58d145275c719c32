package io.valueloop.sim;

import io.valueloop.flow.CompiledChain;
import java.util.Arrays;

/**
 * An order of the actors' turns for one thread that keeps each seller close behind its buyers, so that the flow
 * records a buyer has just written (its orders, its goods received) are still in the cache when the seller reads
 * them. Level order (all segments, then all businesses, ...) visits every flow twice a level apart; at 10^5 actors
 * and more, the first visit's cache lines are gone by the second.
 *
 * <p>The actors of level 0 are cut into tiles of {@link #TILE} consecutive actors; tile {@code k} is wave {@code k}.
 * An actor of a higher level belongs to the wave of its latest buyer (or, with information sharing, of its latest
 * segment); a goods cycle to the latest wave of its members' buyers outside it. Turns go by (wave, level, index).
 * A seller then acts after each of its buyers, as in index order, and the actors of a goods cycle one after
 * another in index order. Costs O(n log n + m) once per run.
 */
final class WaveOrder {
  /** Actors of level 0 per wave: their flow records and a few of their sellers' fit in a core's L2 cache. */
  static final int TILE = 256;

  private WaveOrder() {}

  /** Returns the actors that take a turn (segments and actors that order), in wave order. */
  static int[] of(Topology t) {
    CompiledChain chain = t.chain;
    int n = t.n;
    int levels = chain.levelCount();
    int[] wave = new int[n];
    int[] level = new int[n];
    for (int l = 0; l < levels; l++) {
      int from = chain.levelStart(l);
      int to = chain.levelEnd(l);
      for (int a = from; a < to; a++) {
        level[a] = l;
        if (l == 0) {
          wave[a] = a / TILE;
          continue;
        }
        int w = 0;
        for (int g = t.outStart[a]; g < t.outStart[a + 1]; g++) {
          int b = t.buyer[g];
          if (level[b] < l) {
            w = Math.max(w, wave[b]);
          }
        }
        for (int p = t.pairStart[a]; p < t.pairStart[a + 1]; p++) {
          w = Math.max(w, wave[t.consumers[t.pairSegment[p]]]);
        }
        wave[a] = w;
      }
      // A goods cycle lies within one level, its members contiguous: all take the latest wave among them.
      for (int a = from; a < to; ) {
        int end = a + 1;
        int component = chain.component(a);
        int w = wave[a];
        while (end < to && chain.component(end) == component) {
          w = Math.max(w, wave[end]);
          end++;
        }
        Arrays.fill(wave, a, end, w);
        a = end;
      }
    }
    int count = 0;
    long[] keys = new long[n];
    for (int a = 0; a < n; a++) {
      if (t.kind[a] != Topology.PASSIVE) {
        keys[count++] = (((long) wave[a] * levels + level[a]) << 31) | a;
      }
    }
    Arrays.sort(keys, 0, count);
    int[] order = new int[count];
    for (int i = 0; i < count; i++) {
      order[i] = (int) (keys[i] & Integer.MAX_VALUE);
    }
    return order;
  }

  /**
   * Returns whether every segment is at level 0, so that the segments act before every seller in any order that
   * keeps sellers after their buyers. A segment that also ships goods sits higher; then segments act first, apart.
   */
  static boolean segmentsAtLevelZero(Topology t) {
    int end = t.chain.levelEnd(0);
    for (int c : t.consumers) {
      if (c >= end) {
        return false;
      }
    }
    return true;
  }
}
