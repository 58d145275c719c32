package io.valueloop.internal;

import java.util.Arrays;

/**
 * The counting sort behind every adjacency index of the library (a chain's CSR and CSC, the compiled chain's
 * actor and level orders).
 *
 * <p>Stable counting sort (D. E. Knuth, The Art of Computer Programming, vol. 3, 2nd ed., §5.2, Algorithm D):
 * two sequential passes over the keys and one over the buckets, {@code O(count + buckets)} time, one output array
 * and one cursor array of {@code buckets} ints. Stateless; not API (the package is not exported).
 */
public final class CountingSort {
  private CountingSort() {}

  /**
   * Sorts the items {@code 0..count-1} by {@code key[i]} in {@code [0, buckets)}, stably: returns the items in key
   * order and fills {@code offsets} with each key's first position, so that the items of key {@code b} are
   * {@code sorted[offsets[b]..offsets[b+1]-1]} in increasing order. Grouping flows by source with it gives a CSR
   * index.
   *
   * @param key the key of each item; only the first {@code count} are read
   * @param count the number of items
   * @param buckets the number of distinct keys
   * @param offsets an array of length {@code buckets + 1}, all zero on entry; filled on return
   * @return the items sorted by key, a new array of length {@code count}
   */
  public static int[] order(int[] key, int count, int buckets, int[] offsets) {
    for (int i = 0; i < count; i++) {
      offsets[key[i] + 1]++;
    }
    for (int b = 0; b < buckets; b++) {
      offsets[b + 1] += offsets[b];
    }
    int[] next = Arrays.copyOf(offsets, buckets);
    int[] sorted = new int[count];
    for (int i = 0; i < count; i++) {
      sorted[next[key[i]]++] = i;
    }
    return sorted;
  }
}
