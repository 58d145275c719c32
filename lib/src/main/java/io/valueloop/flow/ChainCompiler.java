package io.valueloop.flow;

import io.valueloop.internal.CountingSort;
import io.valueloop.internal.StronglyConnectedComponents;
import io.valueloop.model.FlowKind;
import io.valueloop.model.FlowTerms;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.MoneyTerms;
import io.valueloop.model.ValueChain;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * The one-shot compilation of a {@link ValueChain} into a {@link CompiledChain}: the actor order (goods height, then
 * component, then chain index), the flow tables of every kind with their CSR and CSC, the goods coefficients and
 * prices, and the pairing of goods with payments. See the class documentation of {@link CompiledChain} for the layout
 * and the cost. Used once per chain; not thread-safe.
 */
final class ChainCompiler {
  private final ValueChain chain;
  private final int n;

  ChainCompiler(ValueChain chain) {
    this.chain = chain;
    this.n = chain.actorCount();
  }

  CompiledChain compile() {
    int m = chain.flowCount();
    byte[] kindOf = new byte[m];
    int[] goodsOffsets = new int[n + 1];
    int goodsCount = 0;
    byte goods = (byte) FlowKind.GOODS.ordinal();
    for (int f = 0; f < m; f++) {
      byte kind = kindOrdinal(chain.terms(f));
      kindOf[f] = kind;
      if (kind == goods) {
        goodsOffsets[chain.source(f) + 1]++;
        goodsCount++;
      }
    }
    int[] goodsTargets = goodsByChainSource(kindOf, goodsOffsets, goodsCount);

    StronglyConnectedComponents components = StronglyConnectedComponents.of(goodsOffsets, goodsTargets);
    int componentCount = components.count();
    int[] componentOfChainActor = components.components();
    int[] height = new int[componentCount];
    for (int c = 0; c < componentCount; c++) {
      height[c] = components.height(c);
    }

    // Order components by (height, emission order), then actors by (component, chain index).
    int maxHeight = 0;
    for (int c = 0; c < componentCount; c++) {
      maxHeight = Math.max(maxHeight, height[c]);
    }
    int[] levelOffsets = new int[maxHeight + 2];
    int[] componentRank = new int[componentCount];
    int[] componentsByHeight = CountingSort.order(height, componentCount, maxHeight + 1, levelOffsets);
    for (int r = 0; r < componentCount; r++) {
      componentRank[componentsByHeight[r]] = r;
    }
    int[] rankOfActor = new int[n];
    for (int a = 0; a < n; a++) {
      rankOfActor[a] = componentRank[componentOfChainActor[a]];
    }
    int[] componentOffsets = new int[componentCount + 1];
    int[] chainActor = CountingSort.order(rankOfActor, n, componentCount, componentOffsets);
    int[] compiledActor = new int[n];
    for (int i = 0; i < n; i++) {
      compiledActor[chainActor[i]] = i;
    }
    int[] componentOf = new int[n];
    for (int c = 0; c < componentCount; c++) {
      Arrays.fill(componentOf, componentOffsets[c], componentOffsets[c + 1], c);
    }
    // Level offsets were counted in components; turn them into actor positions.
    int[] actorLevelOffsets = new int[levelOffsets.length];
    for (int h = 0; h < levelOffsets.length; h++) {
      actorLevelOffsets[h] = componentOffsets[levelOffsets[h]];
    }

    Map<FlowKind, FlowTable> tables = tables(kindOf, compiledActor);
    FlowTable goodsTable = tables.get(FlowKind.GOODS);
    double[] coefficient = new double[goodsTable.count()];
    double[] price = new double[goodsTable.count()];
    for (int g = 0; g < coefficient.length; g++) {
      GoodsTerms terms = (GoodsTerms) chain.terms(goodsTable.chainFlow[g]);
      coefficient[g] = terms.inputCoefficient() * terms.share();
      price[g] = terms.price();
    }
    int[] payment = payments(goodsTable, tables.get(FlowKind.MONEY));
    return new CompiledChain(chain, chainActor, compiledActor, tables, coefficient, price, payment,
        actorLevelOffsets, componentOffsets, componentOf);
  }

  /** Returns the ordinal of the kind of some terms; type tests on the final term classes beat a megamorphic call. */
  private static byte kindOrdinal(FlowTerms terms) {
    if (terms instanceof GoodsTerms) {
      return (byte) FlowKind.GOODS.ordinal();
    }
    if (terms instanceof MoneyTerms) {
      return (byte) FlowKind.MONEY.ordinal();
    }
    return (byte) terms.kind().ordinal();
  }

  /** Returns the targets of the goods flows grouped by chain source; {@code offsets} holds the counts on entry. */
  private int[] goodsByChainSource(byte[] kindOf, int[] offsets, int goodsCount) {
    for (int a = 0; a < n; a++) {
      offsets[a + 1] += offsets[a];
    }
    int[] next = Arrays.copyOf(offsets, n);
    int[] targets = new int[goodsCount];
    byte goods = (byte) FlowKind.GOODS.ordinal();
    for (int f = 0; f < kindOf.length; f++) {
      if (kindOf[f] == goods) {
        targets[next[chain.source(f)]++] = chain.target(f);
      }
    }
    return targets;
  }


  /**
   * Builds the table of every kind: flows sorted by (compiled source, compiled target), with CSR and CSC.
   *
   * <p>At millions of flows the cost is random memory access, so each step is one sequential pass or one pass
   * with a single random store per flow: count flows per (kind, source); place each flow's packed
   * {@code target << 32 | chainFlow} in its source's row (a counting sort); then, row by row, sort the keys
   * (which sorts by target and is free when the chain added the flows in target order) and unpack them.
   */
  private Map<FlowKind, FlowTable> tables(byte[] kindOf, int[] compiledActor) {
    FlowKind[] kinds = FlowKind.values();
    int m = kindOf.length;
    int[][] offsets = new int[kinds.length][n + 1];
    for (int f = 0; f < m; f++) {
      offsets[kindOf[f]][compiledActor[chain.source(f)] + 1]++;
    }
    int[][] next = new int[kinds.length][];
    long[][] rows = new long[kinds.length][];
    for (int k = 0; k < kinds.length; k++) {
      int[] o = offsets[k];
      for (int a = 0; a < n; a++) {
        o[a + 1] += o[a];
      }
      next[k] = Arrays.copyOf(o, n);
      rows[k] = new long[o[n]];
    }
    for (int f = 0; f < m; f++) {
      int k = kindOf[f];
      rows[k][next[k][compiledActor[chain.source(f)]]++] = (long) compiledActor[chain.target(f)] << 32 | f;
    }
    Map<FlowKind, FlowTable> tables = new EnumMap<>(FlowKind.class);
    for (FlowKind kind : kinds) {
      int k = kind.ordinal();
      long[] row = rows[k];
      rows[k] = null;
      tables.put(kind, table(kind, offsets[k], row));
    }
    return tables;
  }

  /**
   * Builds the table of one kind from its CSR rows of packed {@code target << 32 | chainFlow} keys: sorts and
   * unpacks each row into sources, targets and chain flows, then builds the CSC by a counting sort on packed
   * {@code source << 32 | flow} keys.
   */
  private FlowTable table(FlowKind kind, int[] outOffsets, long[] row) {
    int m = row.length;
    int[] source = new int[m];
    int[] target = new int[m];
    int[] chainFlow = new int[m];
    int[] inOffsets = new int[n + 1];
    for (int a = 0; a < n; a++) {
      int from = outOffsets[a];
      int to = outOffsets[a + 1];
      sortRow(row, from, to);
      for (int p = from; p < to; p++) {
        long key = row[p];
        int t = (int) (key >>> 32);
        source[p] = a;
        target[p] = t;
        chainFlow[p] = (int) key;
        inOffsets[t + 1]++;
      }
    }
    for (int a = 0; a < n; a++) {
      inOffsets[a + 1] += inOffsets[a];
    }
    int[] next = Arrays.copyOf(inOffsets, n);
    long[] in = row;
    for (int f = 0; f < m; f++) {
      in[next[target[f]]++] = (long) source[f] << 32 | f;
    }
    int[] inFlows = new int[m];
    int[] inNeighbors = new int[m];
    for (int p = 0; p < m; p++) {
      inNeighbors[p] = (int) (in[p] >>> 32);
      inFlows[p] = (int) in[p];
    }
    return new FlowTable(kind, source, target, chainFlow, chain, new Adjacency(outOffsets, target, null),
        new Adjacency(inOffsets, inNeighbors, inFlows));
  }

  /** Sorts {@code keys[from..to-1]}, by insertion for the short rows most actors have, else by a library sort. */
  private static void sortRow(long[] keys, int from, int to) {
    int sorted = from + 1;
    while (sorted < to && keys[sorted - 1] < keys[sorted]) {
      sorted++;
    }
    if (sorted >= to) {
      return;
    }
    if (to - from > 32) {
      Arrays.sort(keys, from, to);
      return;
    }
    for (int p = sorted; p < to; p++) {
      long key = keys[p];
      int q = p - 1;
      while (q >= from && keys[q] > key) {
        keys[q + 1] = keys[q];
        q--;
      }
      keys[q + 1] = key;
    }
  }

  /**
   * Pairs each goods flow with the money flow the other way: a merge of each buyer's goods suppliers (its CSC row,
   * sorted by seller) with its payments (its money CSR row, sorted by payee), linear and sequential.
   */
  private int[] payments(FlowTable goods, FlowTable money) {
    int[] payment = new int[goods.count()];
    Arrays.fill(payment, -1);
    Adjacency bought = goods.in();
    Adjacency paid = money.out();
    for (int buyer = 0; buyer < n; buyer++) {
      int p = bought.start(buyer);
      int q = paid.start(buyer);
      while (p < bought.end(buyer) && q < paid.end(buyer)) {
        int seller = bought.neighbor(p);
        int payee = paid.neighbor(q);
        if (seller == payee) {
          payment[bought.flow(p)] = q;
          p++;
          q++;
        } else if (seller < payee) {
          p++;
        } else {
          q++;
        }
      }
    }
    return payment;
  }
}
