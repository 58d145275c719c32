package io.valueloop.flow;

import io.valueloop.model.GoodsTerms;
import java.util.Arrays;

/**
 * The inputs of each buyer of a {@link CompiledChain}: goods flows into one buyer whose terms name the same input
 * ({@link GoodsTerms#inputName(io.valueloop.model.Role)}, the seller's role letter by default) form one group,
 * and the groups of a buyer are numbered {@code 0..k-1} in the order of their first flow in the chain. Built once
 * in one pass over the incoming goods rows, O(m·k) string comparisons for {@code k} inputs per buyer (one or two
 * in practice); 4 bytes per goods flow and per actor.
 */
final class InputGroups {
  /** The group of each goods flow, by goods flow index. */
  final int[] group;
  /** The number of groups of each actor, by compiled index. */
  final int[] count;

  private InputGroups(int[] group, int[] count) {
    this.group = group;
    this.count = count;
  }

  static InputGroups of(CompiledChain compiled) {
    FlowTable goods = compiled.goods();
    Adjacency in = goods.in();
    int n = compiled.actorCount();
    int[] group = new int[goods.count()];
    int[] count = new int[n];
    String[] names = new String[4];
    int[] firstFlow = new int[4];
    int[] rank = new int[4];
    for (int buyer = 0; buyer < n; buyer++) {
      int k = 0;
      for (int p = in.start(buyer); p < in.end(buyer); p++) {
        int g = in.flow(p);
        String name = compiled.goodsTerms(g).inputName(compiled.role(in.neighbor(p)));
        int found = 0;
        while (found < k && !names[found].equals(name)) {
          found++;
        }
        if (found == k) {
          if (k == names.length) {
            names = Arrays.copyOf(names, 2 * k);
            firstFlow = Arrays.copyOf(firstFlow, 2 * k);
            rank = Arrays.copyOf(rank, 2 * k);
          }
          names[k] = name;
          firstFlow[k] = goods.chainFlow[g];
          k++;
        } else {
          firstFlow[found] = Math.min(firstFlow[found], goods.chainFlow[g]);
        }
        group[g] = found;
      }
      if (k > 1) {
        // Rows are sorted by seller; number the groups by their first flow in the chain instead.
        for (int i = 0; i < k; i++) {
          int r = 0;
          for (int j = 0; j < k; j++) {
            if (firstFlow[j] < firstFlow[i]) {
              r++;
            }
          }
          rank[i] = r;
        }
        for (int p = in.start(buyer); p < in.end(buyer); p++) {
          int g = in.flow(p);
          group[g] = rank[group[g]];
        }
      }
      Arrays.fill(names, 0, k, null);
      count[buyer] = k;
    }
    return new InputGroups(group, count);
  }
}
