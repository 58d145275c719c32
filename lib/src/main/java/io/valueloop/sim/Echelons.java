package io.valueloop.sim;

import java.util.Arrays;

/**
 * The echelons of a run's actors, for {@link ActorView#echelonPosition()}: for actor {@code a}, the actors that
 * trade goods downstream of it along GOODS flows and the weight {@code w_j} of each (units of {@code a}'s product per
 * unit of {@code j}'s), found at the first ask for {@code a} and kept. One per {@link RuleView}, so per thread.
 *
 * <p>Weights: with the downstream actors taken upstream first (decreasing compiled index, which is a topological
 * order of an acyclic goods graph), {@code w_j = sum over flows g from k to j with k in the echelon of w_k · c_g}.
 * Set-up O(size of the echelon and its flows) per actor, once; a position then costs O(|E|).
 */
final class Echelons {
  private final Topology t;
  private final RunState s;
  private final int[][] members;
  private final double[][] weights;
  private double[] scratch;
  private boolean[] seen;

  Echelons(Topology t, RunState s) {
    this.t = t;
    this.s = s;
    this.members = new int[t.n][];
    this.weights = new double[t.n][];
  }

  /** Returns the echelon inventory position of actor {@code a} (see {@link ActorView#echelonPosition()}). */
  double position(int a) {
    if (members[a] == null) {
      find(a);
    }
    int[] js = members[a];
    double[] ws = weights[a];
    double sum = local(a);
    for (int i = 0; i < js.length; i++) {
      sum += ws[i] * local(js[i]);
    }
    return sum;
  }

  private double local(int j) {
    return s.onHandView(j) - s.backlogView(j) + s.onOrderView(j);
  }

  private void find(int a) {
    if (scratch == null) {
      scratch = new double[t.n];
      seen = new boolean[t.n];
    }
    int[] stack = new int[t.n];
    int[] found = new int[t.n];
    int count = 0;
    int top = 0;
    stack[top++] = a;
    seen[a] = true;
    while (top > 0) {
      int k = stack[--top];
      int to = t.actorInt[Topology.AI * k + Topology.A_OUT_END];
      for (int g = t.actorInt[Topology.AI * k + Topology.A_OUT]; g < to; g++) {
        int j = t.buyer[g];
        if (t.kind[j] == Topology.STOCKIST && !seen[j]) {
          seen[j] = true;
          found[count++] = j;
          stack[top++] = j;
        }
      }
    }
    int[] js = Arrays.copyOf(found, count);
    Arrays.sort(js);
    double[] ws = new double[count];
    scratch[a] = 1;
    for (int i = count - 1; i >= 0; i--) {
      int j = js[i];
      double w = 0;
      int to = t.actorInt[Topology.AI * j + Topology.A_IN_END];
      for (int p = t.actorInt[Topology.AI * j + Topology.A_IN]; p < to; p++) {
        int g = t.inFlow[p];
        int k = t.seller[g];
        if (seen[k]) {
          if (k <= j) {
            throw new IllegalStateException("goods flows below an actor with an echelon policy must be acyclic but "
                + "were cyclic at flow " + t.chain.id(k) + " -> " + t.chain.id(j) + " (actor " + t.chain.id(a) + ")");
          }
          w += scratch[k] * t.coefficient[g];
        }
      }
      scratch[j] = w;
      ws[i] = w;
    }
    for (int j : js) {
      seen[j] = false;
      scratch[j] = 0;
    }
    seen[a] = false;
    scratch[a] = 0;
    members[a] = js;
    weights[a] = ws;
  }
}
