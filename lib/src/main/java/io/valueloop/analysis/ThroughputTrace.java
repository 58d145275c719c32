package io.valueloop.analysis;

import io.valueloop.flow.Adjacency;
import io.valueloop.flow.CompiledChain;
import io.valueloop.flow.FlowTable;
import io.valueloop.flow.GoodsEquation;
import io.valueloop.flow.UnproductiveChainException;
import io.valueloop.model.Role;
import java.util.Arrays;

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
 * <p><b>Algorithm.</b> {@code t = b + W t} is solved by {@link GoodsEquation}, the library's one solver: one pass
 * downstream first on an acyclic network, O(V + E); each goods loop is checked and solved to the library's
 * tolerance (see there for the method, its cost and references). A unit counts once each time it passes an actor,
 * so the answer is finite exactly when the spectral radius of each loop's block of {@code W} is below 1: a loop
 * that keeps the whole stream it would receive (shares around it multiplying to one, or several inputs inside it)
 * is reported by an {@link UnproductiveChainException} naming the loop.
 */
final class ThroughputTrace {
  private ThroughputTrace() {}

  /**
   * Returns the traced throughput of every actor, in consumer units per tick, indexed by compiled actor.
   *
   * @throws UnproductiveChainException if a goods loop keeps all of the stream it would receive
   */
  static double[] throughput(CompiledChain compiled) {
    GoodsEquation equation = GoodsEquation.of(compiled, upstreamWeights(compiled), "throughput tracing");
    double[] demand = new double[compiled.actorCount()];
    for (int i = 0; i < demand.length; i++) {
      demand[i] = compiled.role(i) == Role.C ? compiled.actor(i).demand() : 0;
    }
    return equation.solve(demand);
  }

  /**
   * Returns {@code w_ij} per goods flow: the share of each flow between two actors among the other suppliers of
   * its input (a self-flow gets 0).
   */
  private static double[] upstreamWeights(CompiledChain compiled) {
    FlowTable goods = compiled.goods();
    Adjacency in = goods.in();
    double[] weight = new double[goods.count()];
    double[] others = new double[1];
    for (int buyer = 0; buyer < compiled.actorCount(); buyer++) {
      int inputs = compiled.inputGroupCount(buyer);
      if (others.length < inputs) {
        others = new double[inputs];
      }
      Arrays.fill(others, 0, inputs, 0.0);
      for (int p = in.start(buyer); p < in.end(buyer); p++) {
        if (in.neighbor(p) != buyer) {
          int g = in.flow(p);
          others[compiled.inputGroup(g)] += compiled.goodsTerms(g).share();
        }
      }
      for (int p = in.start(buyer); p < in.end(buyer); p++) {
        if (in.neighbor(p) != buyer) {
          int g = in.flow(p);
          weight[g] = compiled.goodsTerms(g).share() / others[compiled.inputGroup(g)];
        }
      }
    }
    return weight;
  }
}
