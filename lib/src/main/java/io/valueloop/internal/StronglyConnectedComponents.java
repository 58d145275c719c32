package io.valueloop.internal;

import java.util.Arrays;
import java.util.Objects;

/**
 * The strongly connected components of a directed graph given as compressed sparse row (CSR) index arrays: node
 * {@code v}'s successors are {@code targets[offsets[v]] .. targets[offsets[v+1]-1]}. One implementation shared by
 * the chain's validation (zero-delay goods cycles), the compiler ({@code io.valueloop.flow.CompiledChain}) and the
 * analyses, which all hold their graphs as index arrays.
 *
 * <p>Algorithm: Tarjan (1972), "Depth-first search and linear graph algorithms", SIAM J. Comput. 1(2), run with an
 * explicit stack so that chains of millions of actors cannot overflow the call stack. O(V + E) time, five
 * {@code int[V]} of work space.
 *
 * <p>Components are numbered in the order Tarjan's algorithm completes them, which is reverse topological: an edge
 * {@code u -> v} between two components always has {@code component(u) > component(v)}; each component's height in
 * the condensation is computed as it completes, while its rows are still in cache. Immutable once built.
 */
public final class StronglyConnectedComponents {
  private final int[] component;
  private final int[] height;
  private final int count;

  private StronglyConnectedComponents(int[] component, int[] height, int count) {
    this.component = component;
    this.height = height;
    this.count = count;
  }

  /**
   * Computes the components of a graph.
   *
   * @param offsets the row offsets, of length {@code V + 1}, non-decreasing from 0
   * @param targets the successor of each edge, each in {@code [0, V)}
   * @return the components
   * @throws IllegalArgumentException if the arrays do not describe a graph
   */
  public static StronglyConnectedComponents of(int[] offsets, int[] targets) {
    Objects.requireNonNull(offsets, "offsets");
    Objects.requireNonNull(targets, "targets");
    int n = offsets.length - 1;
    if (n < 0 || offsets[0] != 0 || offsets[n] != targets.length) {
      throw new IllegalArgumentException("offsets must run from 0 to targets.length but were "
          + (n < 0 ? "empty" : offsets[0] + " .. " + offsets[n]) + " (targets.length " + targets.length + ")");
    }
    int[] component = new int[n];
    Arrays.fill(component, -1);
    int[] order = new int[n];
    Arrays.fill(order, -1);
    int[] low = new int[n];
    int[] stack = new int[n];
    int[] callNode = new int[n];
    int[] callEdge = new int[n];
    int[] height = new int[n];
    int stackSize = 0;
    int counter = 0;
    int components = 0;
    for (int root = 0; root < n; root++) {
      if (order[root] >= 0) {
        continue;
      }
      int depth = 0;
      callNode[0] = root;
      callEdge[0] = offsets[root];
      order[root] = low[root] = counter++;
      stack[stackSize++] = root;
      while (depth >= 0) {
        int v = callNode[depth];
        if (callEdge[depth] < offsets[v + 1]) {
          int w = targets[callEdge[depth]++];
          if (w < 0 || w >= n) {
            throw new IllegalArgumentException("target must be a node in [0, " + n + ") but was " + w
                + " (edge from node " + v + ")");
          }
          if (order[w] < 0) {
            order[w] = low[w] = counter++;
            stack[stackSize++] = w;
            callNode[++depth] = w;
            callEdge[depth] = offsets[w];
          } else if (component[w] < 0) {
            // Visited and not yet in a component: w is on the stack.
            low[v] = Math.min(low[v], order[w]);
          }
        } else {
          if (low[v] == order[v]) {
            int top = stackSize;
            int w;
            do {
              w = stack[--stackSize];
              component[w] = components;
            } while (w != v);
            // Every component this one reaches is already numbered, and the members' rows are still in cache.
            int h = 0;
            for (int s = stackSize; s < top; s++) {
              int member = stack[s];
              for (int p = offsets[member]; p < offsets[member + 1]; p++) {
                int d = component[targets[p]];
                if (d != components) {
                  h = Math.max(h, height[d] + 1);
                }
              }
            }
            height[components++] = h;
          }
          if (--depth >= 0) {
            int parent = callNode[depth];
            low[parent] = Math.min(low[parent], low[v]);
          }
        }
      }
    }
    return new StronglyConnectedComponents(component, Arrays.copyOf(height, components), components);
  }

  /** Returns the number of components (singletons included). */
  public int count() {
    return count;
  }

  /** Returns the number of nodes. */
  public int nodeCount() {
    return component.length;
  }

  /**
   * Returns the component of a node; components are numbered in reverse topological order.
   *
   * @param node a node in {@code [0, nodeCount())}
   * @return its component in {@code [0, count())}
   */
  public int component(int node) {
    return component[Objects.checkIndex(node, component.length)];
  }

  /**
   * Returns the height of a component in the condensation: one more than the greatest height of a component it has
   * an edge to, zero if it has none (the longest path, counted in components, to a sink component).
   *
   * @param component a component in {@code [0, count())}
   * @return its height, non-negative
   */
  public int height(int component) {
    return height[Objects.checkIndex(component, count)];
  }

  /** Returns a new array holding each node's component. */
  public int[] components() {
    return component.clone();
  }
}
