package io.valueloop.analysis;

import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.Tolerance;
import io.valueloop.model.ValueChain;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Traces consumer purchases upstream through the goods network: how many of the units that consumers buy per
 * tick pass through each actor. The one tracing shared by {@link CriticalActors} and {@link Concentration}.
 *
 * <p><b>Definition.</b> A consumer segment {@code c} originates its demand {@code d_c}. A buyer's stream of units
 * {@code t_j} is carried upstream by each of its inputs in full, split among the input's suppliers by their
 * sourcing shares; input coefficients are ignored, since the question is which purchases depend on an actor,
 * not how much of its product they use. So {@code t_i = d_i [i in C] + Σ_{goods i→j} w_ij t_j}, where
 * {@code w_ij} is the share of flow {@code i→j} among the suppliers of its input other than {@code j} itself:
 * an actor's own use (a goods self-flow) supplies part of an input from the same actor, whose units are in turn
 * sourced like the rest, so the other suppliers' shares are scaled up to one ({@code w = s / (1 − s_self)}).
 * When every buyer has one input, {@code t_i / Σ d_c} is the fraction of consumer units whose supply path
 * passes through {@code i}; a buyer with several inputs sends its stream up each of them, so an actor feeding
 * the same purchase along several input paths counts it once per path and its fraction may exceed one.
 *
 * <p><b>Algorithm.</b> Components of the goods network are visited downstream first ({@link GoodsOrder}); on an
 * acyclic network that is one pass in reverse topological order, O(V + E). Within a goods loop the equations are
 * solved by Gauss–Seidel sweeps until no value changes by more than {@link Tolerance#EPSILON} (relative), at
 * most {@value #MAX_SWEEPS} sweeps. There a unit counts once each time it passes an actor, and a loop that
 * keeps the whole stream it receives (shares around it multiplying to one, or several inputs inside it) has no
 * finite answer: it is reported by an {@link IllegalArgumentException} naming the loop.
 */
final class ThroughputTrace {
  /** The most Gauss–Seidel sweeps spent on one goods loop. */
  static final int MAX_SWEEPS = 10_000;

  private ThroughputTrace() {}

  /**
   * Returns the traced throughput of every actor, in consumer units per tick, indexed by actor.
   *
   * @throws IllegalArgumentException if the tracing does not converge around a goods loop
   */
  static double[] throughput(ValueChain chain, GoodsOrder order) {
    double[] weight = upstreamWeights(chain);
    double[] traced = new double[chain.actorCount()];
    for (int c = order.componentCount() - 1; c >= 0; c--) {
      if (order.end(c) - order.start(c) == 1) {
        int actor = order.actorAt(order.start(c));
        traced[actor] = trace(chain, actor, weight, traced);
      } else {
        solveLoop(chain, order, c, weight, traced);
      }
    }
    return traced;
  }

  /** Returns {@code w_ij} per flow index: the share of each goods flow among the other suppliers of its input. */
  private static double[] upstreamWeights(ValueChain chain) {
    double[] weight = new double[chain.flowCount()];
    Map<String, List<Integer>> flowsByInput = new LinkedHashMap<>();
    for (int buyer = 0; buyer < chain.actorCount(); buyer++) {
      flowsByInput.clear();
      for (int f : chain.incoming(buyer)) {
        if (ChainGraphs.isGoodsBetweenActors(chain, f)) {
          flowsByInput.computeIfAbsent(ChainGraphs.input(chain, f), k -> new ArrayList<>()).add(f);
        }
      }
      for (List<Integer> flows : flowsByInput.values()) {
        double others = 0;
        for (int f : flows) {
          others += share(chain, f);
        }
        for (int f : flows) {
          weight[f] = share(chain, f) / others;
        }
      }
    }
    return weight;
  }

  private static double share(ValueChain chain, int flow) {
    return ((GoodsTerms) chain.terms(flow)).share();
  }

  private static double trace(ValueChain chain, int actor, double[] weight, double[] traced) {
    double sum = chain.actor(actor).role() == Role.C ? chain.actor(actor).demand() : 0;
    for (int f : chain.outgoing(actor)) {
      if (weight[f] > 0) {
        sum += weight[f] * traced[chain.target(f)];
      }
    }
    return sum;
  }

  private static void solveLoop(ValueChain chain, GoodsOrder order, int component, double[] weight,
      double[] traced) {
    for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
      boolean settled = true;
      for (int p = order.start(component); p < order.end(component); p++) {
        int actor = order.actorAt(p);
        double next = trace(chain, actor, weight, traced);
        if (!Double.isFinite(next)) {
          throw diverged(chain, order, component, "overflow after " + (sweep + 1) + " sweeps");
        }
        settled &= Tolerance.isClose(next, traced[actor]);
        traced[actor] = next;
      }
      if (settled) {
        return;
      }
    }
    throw diverged(chain, order, component, "unsettled after " + MAX_SWEEPS + " sweeps");
  }

  private static IllegalArgumentException diverged(ValueChain chain, GoodsOrder order, int component,
      String state) {
    List<Integer> loop = new ArrayList<>();
    for (int p = order.start(component); p < order.end(component); p++) {
      loop.add(order.actorAt(p));
    }
    return new IllegalArgumentException("throughput tracing around a goods loop must be convergent (the loop"
        + " passing on less than all the units it receives) but was " + state + " (loop through "
        + ChainGraphs.ids(chain, loop) + ")");
  }
}
