package io.valueloop.analysis;

import io.valueloop.model.FlowKind;
import io.valueloop.model.ValueChain;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.GabowStrongConnectivityInspector;

/**
 * The goods network of a chain in upstream-to-downstream order: its strongly connected components (goods
 * self-flows left out) listed so that every goods flow between two components runs from an earlier component to
 * a later one. On an acyclic goods network every component is one actor and this is a topological order.
 *
 * <p>Components come from Gabow's algorithm (JGraphT {@link GabowStrongConnectivityInspector}), their order from
 * Kahn's algorithm on the condensation; both O(V + E). Components are numbered by their lowest actor index before
 * sorting, so the order depends on the chain only.
 */
final class GoodsOrder {
  private final int[] order;
  private final int[] componentStart;

  private GoodsOrder(int[] order, int[] componentStart) {
    this.order = order;
    this.componentStart = componentStart;
  }

  static GoodsOrder of(ValueChain chain) {
    int n = chain.actorCount();
    Graph<Integer, Integer> goods = ChainGraphs.directed(chain, EnumSet.of(FlowKind.GOODS), false);
    List<Set<Integer>> sets = new GabowStrongConnectivityInspector<>(goods).stronglyConnectedSets();
    int[] found = new int[n];
    for (int k = 0; k < sets.size(); k++) {
      for (int actor : sets.get(k)) {
        found[actor] = k;
      }
    }
    int[] numberOfFound = new int[sets.size()];
    Arrays.fill(numberOfFound, -1);
    int[] componentOf = new int[n];
    int count = 0;
    for (int a = 0; a < n; a++) {
      if (numberOfFound[found[a]] < 0) {
        numberOfFound[found[a]] = count++;
      }
      componentOf[a] = numberOfFound[found[a]];
    }
    int[] memberStart = new int[count + 1];
    for (int a = 0; a < n; a++) {
      memberStart[componentOf[a] + 1]++;
    }
    for (int c = 0; c < count; c++) {
      memberStart[c + 1] += memberStart[c];
    }
    int[] members = new int[n];
    int[] next = Arrays.copyOf(memberStart, count);
    for (int a = 0; a < n; a++) {
      members[next[componentOf[a]]++] = a;
    }
    int[] indegree = new int[count];
    for (int f = 0; f < chain.flowCount(); f++) {
      if (ChainGraphs.isGoodsBetweenActors(chain, f)
          && componentOf[chain.source(f)] != componentOf[chain.target(f)]) {
        indegree[componentOf[chain.target(f)]]++;
      }
    }
    int[] queue = new int[count];
    int tail = 0;
    for (int c = 0; c < count; c++) {
      if (indegree[c] == 0) {
        queue[tail++] = c;
      }
    }
    int[] order = new int[n];
    int[] componentStart = new int[count + 1];
    int placed = 0;
    for (int head = 0; head < count; head++) {
      int c = queue[head];
      componentStart[head] = placed;
      for (int m = memberStart[c]; m < memberStart[c + 1]; m++) {
        int actor = members[m];
        order[placed++] = actor;
        for (int f : chain.outgoing(actor)) {
          if (ChainGraphs.isGoodsBetweenActors(chain, f)) {
            int downstream = componentOf[chain.target(f)];
            if (downstream != c && --indegree[downstream] == 0) {
              queue[tail++] = downstream;
            }
          }
        }
      }
    }
    componentStart[count] = placed;
    return new GoodsOrder(order, componentStart);
  }

  /** Returns the number of components. */
  int componentCount() {
    return componentStart.length - 1;
  }

  /** Returns the position in {@link #order()} of the first actor of component {@code c}. */
  int start(int c) {
    return componentStart[c];
  }

  /** Returns the position in {@link #order()} just past the last actor of component {@code c}. */
  int end(int c) {
    return componentStart[c + 1];
  }

  /** Returns the actor at position {@code p} of the order. */
  int actorAt(int p) {
    return order[p];
  }

  /** Returns whether the goods network, self-flows left out, has no loop. */
  boolean isAcyclic() {
    return componentCount() == order.length;
  }

  /** Returns the actors of the first component that holds a loop, in index order; empty if there is none. */
  List<Integer> firstLoop() {
    List<Integer> loop = new ArrayList<>();
    for (int c = 0; c < componentCount() && loop.isEmpty(); c++) {
      if (end(c) - start(c) > 1) {
        for (int p = start(c); p < end(c); p++) {
          loop.add(order[p]);
        }
      }
    }
    return loop;
  }
}
