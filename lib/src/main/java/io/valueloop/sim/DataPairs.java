package io.valueloop.sim;

import io.valueloop.flow.Adjacency;
import io.valueloop.flow.FlowTable;
import io.valueloop.model.DataTerms;
import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * The information-sharing pairs: for every consumer segment {@code c} and every actor {@code a} that takes part
 * in goods and is reached from {@code c} by a path of DATA flows, the shortest total delay {@code δ(c, a)}
 * (Dijkstra 1959) and the weight {@code w(a, c)}, the units of {@code a}'s product one unit of {@code c}'s demand
 * requires (the Leontief multiplier: the sum over goods paths from {@code a} to {@code c} of the product of their
 * coefficients, column {@code c} of the Leontief inverse, {@link io.valueloop.flow.GoodsEquation#upstreamColumn}). Costs O(sum over
 * segments of (reached + upstream actors) · log) once per chain.
 */
final class DataPairs {
  final int[] start;
  int[] segment;
  int[] delay;
  double[] weight;
  int maxDelay;
  /** Per goods flow: {@code sum over segments c whose data reaches its seller of L(buyer, c)·d_c}. */
  final double[] covered;
  /** As {@link #covered} with {@code d_c = 1}. */
  final double[] coveredUnit;

  DataPairs(Topology t, FlowTable data) {
    int n = t.n;
    covered = new double[t.m];
    coveredUnit = new double[t.m];
    int[] countOf = new int[n];
    int capacity = 16;
    int[] pairActor = new int[capacity];
    segment = new int[capacity];
    delay = new int[capacity];
    weight = new double[capacity];
    int size = 0;
    Adjacency out = data.out();
    int[] dist = new int[n];
    Arrays.fill(dist, Integer.MAX_VALUE);
    int[] touched = new int[n];
    double[] multiplier = new double[n];
    int[] closure = new int[n];
    PriorityQueue<long[]> queue = new PriorityQueue<>((x, y) -> Long.compare(x[0], y[0]));
    for (int slot = 0; slot < t.consumers.length; slot++) {
      int c = t.consumers[slot];
      if (out.degree(c) == 0) {
        continue;
      }
      int touchedCount = 0;
      dist[c] = 0;
      touched[touchedCount++] = c;
      queue.add(new long[] {0, c});
      while (!queue.isEmpty()) {
        long[] head = queue.poll();
        int v = (int) head[1];
        if (head[0] > dist[v]) {
          continue;
        }
        for (int p = out.start(v); p < out.end(v); p++) {
          int w = out.neighbor(p);
          long d = head[0] + ((DataTerms) data.terms(out.flow(p))).delay();
          if (d < dist[w] && d <= Integer.MAX_VALUE - 1) {
            if (dist[w] == Integer.MAX_VALUE) {
              touched[touchedCount++] = w;
            }
            dist[w] = (int) d;
            queue.add(new long[] {d, w});
          }
        }
      }
      int closureSize = t.equation.upstreamColumn(c, multiplier, closure);
      for (int i = 0; i < closureSize; i++) {
        int b = closure[i];
        double w = multiplier[b];
        for (int p = t.inStart[b]; p < t.inStart[b + 1] && w != 0; p++) {
          int g = t.inFlow[p];
          int a = t.seller[g];
          if (a != c && dist[a] != Integer.MAX_VALUE) {
            covered[g] += w * t.nominalDemand[c];
            coveredUnit[g] += w;
          }
        }
      }
      for (int i = 0; i < touchedCount; i++) {
        int a = touched[i];
        if (a != c && t.kind[a] != Topology.CONSUMER && t.kind[a] != Topology.PASSIVE) {
          if (size == capacity) {
            capacity *= 2;
            pairActor = Arrays.copyOf(pairActor, capacity);
            segment = Arrays.copyOf(segment, capacity);
            delay = Arrays.copyOf(delay, capacity);
            weight = Arrays.copyOf(weight, capacity);
          }
          pairActor[size] = a;
          segment[size] = slot;
          delay[size] = dist[a];
          weight[size] = multiplier[a];
          maxDelay = Math.max(maxDelay, dist[a]);
          countOf[a]++;
          size++;
        }
        dist[a] = Integer.MAX_VALUE;
      }
      for (int i = 0; i < closureSize; i++) {
        multiplier[closure[i]] = 0;
      }
    }
    start = new int[n + 1];
    for (int a = 0; a < n; a++) {
      start[a + 1] = start[a] + countOf[a];
    }
    int[] next = Arrays.copyOf(start, n);
    int[] sortedSegment = new int[size];
    int[] sortedDelay = new int[size];
    double[] sortedWeight = new double[size];
    for (int i = 0; i < size; i++) {
      int p = next[pairActor[i]]++;
      sortedSegment[p] = segment[i];
      sortedDelay[p] = delay[i];
      sortedWeight[p] = weight[i];
    }
    segment = sortedSegment;
    delay = sortedDelay;
    weight = sortedWeight;
  }
}
