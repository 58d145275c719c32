package io.valueloop.analysis;

import io.valueloop.flow.Adjacency;
import io.valueloop.flow.CompiledChain;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * How concentrated supply is: the Herfindahl–Hirschman index of each buyer's suppliers, input by input, and of
 * each role's market.
 *
 * <p><b>Problem.</b> For shares {@code p_1..p_n} adding to one, the Herfindahl–Hirschman index is
 * {@code H = Σ p_k²}, in {@code [1/n, 1]}: {@code 1/n} for {@code n} equal suppliers, 1 for a monopoly, and
 * {@code 1/H} is the "effective number" of suppliers.
 * <ul>
 *   <li><b>Suppliers</b> ({@link #supplierIndex()}): for each buyer and each of its inputs (goods flows named
 *       alike by {@link GoodsTerms#inputName(Role)}), {@code p_k} are the sourcing shares of the input's suppliers,
 *       normalised by their sum (which the chain's validation holds to one within the tolerance). A goods
 *       self-flow counts: the buyer is then one of its own suppliers.</li>
 *   <li><b>Roles</b> ({@link #roleIndex()}): for each role, {@code p_k} are the market shares of the actors in
 *       that role by their traced throughput, the consumer units per tick whose supply passes through them (the
 *       tracing of {@link CriticalActors}); for consumer segments that is their demand. Roles whose actors carry
 *       no traced throughput have no index.</li>
 * </ul>
 *
 * <p><b>Complexity.</b> O(V + E) on an acyclic goods network, plus the tracing around goods loops (see
 * {@link CriticalActors}). A buyer's inputs are the {@link CompiledChain#inputGroup(int) input groups} of the
 * compiled chain, so no map is built per buyer beyond the result.
 *
 * <p>Reference: O. C. Herfindahl, "Concentration in the steel industry", PhD thesis, Columbia University, 1950;
 * A. O. Hirschman, "The paternity of an index", American Economic Review 54(5), 1964.
 *
 * <p>Immutable and thread-safe.
 */
// Immutables' annotations are compile-time only (requires static): users need not read their module.
@SuppressWarnings("exports")
@Value.Immutable
public abstract class Concentration {

  Concentration() {}

  /**
   * Runs the analysis on a chain.
   *
   * @param chain the chain
   * @return the supplier and role indices
   * @throws IllegalArgumentException if the throughput tracing does not converge around a goods loop
   */
  public static Concentration of(ValueChain chain) {
    return of(CompiledChain.compile(Objects.requireNonNull(chain, "chain")));
  }

  /**
   * Runs the analysis on a compiled chain, for callers that compile once for several analyses.
   *
   * @param compiled the compiled chain
   * @return the supplier and role indices
   * @throws IllegalArgumentException if the throughput tracing does not converge around a goods loop
   */
  public static Concentration of(CompiledChain compiled) {
    Objects.requireNonNull(compiled, "compiled");
    ValueChain chain = compiled.chain();
    Adjacency in = compiled.goods().in();
    ImmutableConcentration.Builder result = ImmutableConcentration.builder();
    double[] sums = new double[0];
    String[] names = new String[0];
    for (int a = 0; a < chain.actorCount(); a++) {
      int buyer = compiled.compiledIndex(a);
      int inputs = compiled.inputGroupCount(buyer);
      if (inputs == 0) {
        continue;
      }
      if (names.length < inputs) {
        sums = new double[2 * inputs];
        names = new String[inputs];
      }
      Arrays.fill(sums, 0, 2 * inputs, 0.0);
      for (int p = in.start(buyer); p < in.end(buyer); p++) {
        int g = in.flow(p);
        int input = compiled.inputGroup(g);
        GoodsTerms terms = compiled.goodsTerms(g);
        names[input] = terms.inputName(compiled.role(in.neighbor(p)));
        sums[2 * input] += terms.share();
        sums[2 * input + 1] += terms.share() * terms.share();
      }
      Map<String, Double> byInput = new LinkedHashMap<>();
      for (int input = 0; input < inputs; input++) {
        byInput.put(names[input], sums[2 * input + 1] / (sums[2 * input] * sums[2 * input]));
      }
      result.putSupplierIndex(chain.actor(a).id(), Collections.unmodifiableMap(byInput));
    }
    double[] traced = ThroughputTrace.throughput(compiled);
    double[] total = new double[Role.values().length];
    double[] squares = new double[Role.values().length];
    for (int a = 0; a < chain.actorCount(); a++) {
      int role = chain.actor(a).role().ordinal();
      double t = traced[compiled.compiledIndex(a)];
      total[role] += t;
      squares[role] += t * t;
    }
    for (Role role : Role.values()) {
      if (total[role.ordinal()] > 0) {
        result.putRoleIndex(role, squares[role.ordinal()] / (total[role.ordinal()] * total[role.ordinal()]));
      }
    }
    return result.build();
  }

  /**
   * {@return the Herfindahl–Hirschman index of each buyer's suppliers: buyer id (in actor index order, buyers of
   * goods only) to input name (in the order of each input's first goods flow in the chain) to the index, in
   * {@code [1/n, 1]}}
   */
  public abstract Map<String, Map<String, Double>> supplierIndex();

  /**
   * {@return the Herfindahl–Hirschman index of each role's market by traced throughput, in role order, for the
   * roles whose actors carry consumer throughput}
   */
  public abstract Map<Role, Double> roleIndex();
}
