package io.valueloop.model;

import io.valueloop.internal.Preconditions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jgrapht.Graph;

/**
 * An immutable value chain: actors and the flows between them, validated on build.
 *
 * <p><b>Indices.</b> Actors are numbered {@code 0..actorCount()-1} and flows {@code 0..flowCount()-1} in the
 * order they were added to the builder. The indexed accessors ({@link #source(int)}, {@link #target(int)},
 * {@link #terms(int)}, {@link #outgoing(int)}, ...) read the chain's compact arrays without creating objects;
 * they are what compilers and analyses use. {@link #flows()} and {@link #graph()} give the same content as
 * values and as a JGraphT graph.
 *
 * <p><b>Storage.</b> A chain stores flows as parallel arrays (source index, target index, shared terms) and
 * keeps both an out-adjacency (CSR) and an in-adjacency (CSC) index, about 20 bytes per flow; actors are found
 * by id through a flat open-addressing table of about 16 bytes per actor. The JGraphT views are built on first
 * use and cached, so a chain of millions of flows costs nothing for a graph nobody asks for.
 *
 * <p><b>Guarantees.</b> Immutable and thread-safe. Equal when the actors and flows are equal in the same order.
 * At most one flow of each kind runs from one actor to another.
 */
public final class ValueChain {
  private final Actor[] actors;
  private final IdIndex indexById;
  private final int[] source;
  private final int[] target;
  private final FlowTerms[] terms;
  private final FlowIndex out;
  private final FlowIndex in;
  private final ChainViews views;
  private int hash;

  /** Assembles a chain from arrays {@link ChainValidator} has checked; the arrays are owned by the chain. */
  ValueChain(Actor[] actors, IdIndex indexById, int[] source, int[] target,
      FlowTerms[] terms, FlowIndex out, FlowIndex in) {
    this.actors = actors;
    this.indexById = indexById;
    this.source = source;
    this.target = target;
    this.terms = terms;
    this.out = out;
    this.in = in;
    this.views = new ChainViews(this);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the number of actors} */
  public int actorCount() {
    return actors.length;
  }

  /** {@return the number of flows of all kinds} */
  public int flowCount() {
    return source.length;
  }

  /** {@return the actors in index order, as an unmodifiable list} */
  public List<Actor> actors() {
    return Collections.unmodifiableList(Arrays.asList(actors));
  }

  /**
   * Returns the actors with the given role, in index order.
   *
   * @param role the role
   * @return a new unmodifiable list, possibly empty
   */
  public List<Actor> actors(Role role) {
    return views.actors(Objects.requireNonNull(role, "role"));
  }

  /**
   * Returns the actor at an index.
   *
   * @param index an actor index in {@code [0, actorCount())}
   * @return the actor
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public Actor actor(int index) {
    return actors[Objects.checkIndex(index, actors.length)];
  }

  /**
   * Returns the actor with an id.
   *
   * @param id an actor id
   * @return the actor, or empty if the chain has no actor with that id
   */
  public Optional<Actor> actor(String id) {
    int index = indexById.get(Objects.requireNonNull(id, "id"));
    return index < 0 ? Optional.empty() : Optional.of(actors[index]);
  }

  /**
   * Returns the index of the actor with an id.
   *
   * @param id an actor id
   * @return its index, or empty if the chain has no actor with that id
   */
  public OptionalInt indexOf(String id) {
    int index = indexById.get(Objects.requireNonNull(id, "id"));
    return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
  }

  /**
   * Returns the index of the actor that sends flow {@code flow}.
   *
   * @param flow a flow index, in {@code [0, flowCount())}
   * @return the index of the actor that sends flow {@code flow}
   */
  public int source(int flow) {
    return source[Objects.checkIndex(flow, source.length)];
  }

  /**
   * Returns the index of the actor that receives flow {@code flow}.
   *
   * @param flow a flow index, in {@code [0, flowCount())}
   * @return the index of the actor that receives flow {@code flow}
   */
  public int target(int flow) {
    return target[Objects.checkIndex(flow, target.length)];
  }

  /**
   * Returns the terms of flow {@code flow}; their type gives its kind.
   *
   * @param flow a flow index, in {@code [0, flowCount())}
   * @return the terms of flow {@code flow}
   */
  public FlowTerms terms(int flow) {
    return terms[Objects.checkIndex(flow, terms.length)];
  }

  /**
   * Returns the kind of flow {@code flow}.
   *
   * @param flow a flow index, in {@code [0, flowCount())}
   * @return the kind of flow {@code flow}
   */
  public FlowKind kind(int flow) {
    return terms(flow).kind();
  }

  /**
   * Returns the indices of the flows leaving an actor, ordered by flow index.
   *
   * @param actor an actor index
   * @return a new array of flow indices
   */
  public int[] outgoing(int actor) {
    return out.flows(actor);
  }

  /**
   * Returns the indices of the flows entering an actor, ordered by flow index.
   *
   * @param actor an actor index
   * @return a new array of flow indices
   */
  public int[] incoming(int actor) {
    return in.flows(actor);
  }

  /**
   * Returns the {@code i}-th flow leaving an actor, in flow index order: with {@link #outDegree(int)}, a way to
   * walk an actor's flows without creating an array.
   *
   * @param actor an actor index
   * @param i a position in {@code [0, outDegree(actor))}
   * @return a flow index
   * @throws IndexOutOfBoundsException if the actor or the position is out of range
   */
  public int outgoing(int actor, int i) {
    return out.flow(actor, i);
  }

  /**
   * Returns the {@code i}-th flow entering an actor, in flow index order: with {@link #inDegree(int)}, a way to
   * walk an actor's flows without creating an array.
   *
   * @param actor an actor index
   * @param i a position in {@code [0, inDegree(actor))}
   * @return a flow index
   * @throws IndexOutOfBoundsException if the actor or the position is out of range
   */
  public int incoming(int actor, int i) {
    return in.flow(actor, i);
  }

  /**
   * Returns the number of flows leaving actor {@code actor}.
   *
   * @param actor an actor index, in {@code [0, actorCount())}
   * @return the number of flows leaving actor {@code actor}
   */
  public int outDegree(int actor) {
    return out.degree(actor);
  }

  /**
   * Returns the number of flows entering actor {@code actor}.
   *
   * @param actor an actor index, in {@code [0, actorCount())}
   * @return the number of flows entering actor {@code actor}
   */
  public int inDegree(int actor) {
    return in.degree(actor);
  }

  /**
   * Returns flow {@code flow} as a value.
   *
   * @param flow a flow index in {@code [0, flowCount())}
   * @return a new flow value
   */
  public Flow flow(int flow) {
    Objects.checkIndex(flow, source.length);
    return new Flow(actors[source[flow]].id(), actors[target[flow]].id(), terms[flow]);
  }

  /**
   * Returns the flow of a kind from one actor to another.
   *
   * @param sourceId the sending actor's id
   * @param targetId the receiving actor's id
   * @param kind the kind of flow
   * @return the flow, or empty if there is none (or either actor is unknown)
   */
  public Optional<Flow> flow(String sourceId, String targetId, FlowKind kind) {
    Objects.requireNonNull(kind, "kind");
    int from = indexById.get(Objects.requireNonNull(sourceId, "sourceId"));
    int to = indexById.get(Objects.requireNonNull(targetId, "targetId"));
    return from < 0 || to < 0 ? Optional.empty() : views.flow(from, to, kind);
  }

  /** {@return all flows in index order, as an unmodifiable list whose elements are created on access} */
  public List<Flow> flows() {
    return views.flows();
  }

  /**
   * Returns the flows of one kind, in index order.
   *
   * @param kind the kind
   * @return a new unmodifiable list
   */
  public List<Flow> flows(FlowKind kind) {
    return views.flows(Objects.requireNonNull(kind, "kind"));
  }

  /**
   * Returns a read-only JGraphT view of the whole chain: actor ids as vertices, flows as edges, a directed
   * pseudograph (two actors may be joined by flows of several kinds; goods self-flows are allowed). Built on
   * first call, then cached; modifying it throws {@link UnsupportedOperationException}.
   *
   * @return the cached, unmodifiable graph of every flow
   */
  public Graph<String, Flow> graph() {
    return views.graph();
  }

  /**
   * Returns a read-only JGraphT view of the flows of one kind, with every actor as a vertex.
   *
   * @param kind the kind of flow
   * @return the cached, unmodifiable graph
   */
  public Graph<String, Flow> graph(FlowKind kind) {
    return views.graph(Objects.requireNonNull(kind, "kind"));
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ValueChain)) {
      return false;
    }
    ValueChain that = (ValueChain) other;
    return Arrays.equals(actors, that.actors)
        && Arrays.equals(source, that.source)
        && Arrays.equals(target, that.target)
        && Arrays.equals(terms, that.terms);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = Arrays.hashCode(actors);
      h = 31 * h + Arrays.hashCode(source);
      h = 31 * h + Arrays.hashCode(target);
      h = 31 * h + Arrays.hashCode(terms);
      hash = h;
    }
    return h;
  }

  /** Returns a short summary: the number of actors per role and of flows per kind. */
  @Override
  public String toString() {
    Map<Role, Integer> roles = new EnumMap<>(Role.class);
    for (Actor actor : actors) {
      roles.merge(actor.role(), 1, Integer::sum);
    }
    Map<FlowKind, Integer> kinds = new EnumMap<>(FlowKind.class);
    for (FlowTerms t : terms) {
      kinds.merge(t.kind(), 1, Integer::sum);
    }
    return "ValueChain{actors=" + roles + ", flows=" + kinds + "}";
  }

  /**
   * Builds a {@link ValueChain}. Actors and flows may be added in any order; flows name their ends by actor
   * id and are resolved at {@link #build()}, which validates the whole chain and reports every problem at once.
   * Not thread-safe.
   */
  public static final class Builder {
    private final ArrayList<Actor> actors = new ArrayList<>();
    private final PendingFlows flows = new PendingFlows();

    private Builder() {}

    /**
     * Reserves room for the given numbers of actors and flows, to avoid regrowth when building large chains.
     *
     * @param actorCount the expected number of actors, non-negative
     * @param flowCount the expected number of flows, non-negative
     * @return this builder
     */
    public Builder expectedSize(int actorCount, int flowCount) {
      Preconditions.nonNegative("actorCount", actorCount, "expected size");
      Preconditions.nonNegative("flowCount", flowCount, "expected size");
      actors.ensureCapacity(actorCount);
      flows.ensureCapacity(flowCount);
      return this;
    }

    /**
     * Adds an actor.
     *
     * @param actor the actor
     * @return this builder
     */
    public Builder actor(Actor actor) {
      actors.add(Objects.requireNonNull(actor, "actor"));
      return this;
    }

    /**
     * Adds an actor with default parameters.
     *
     * @param id the actor's id
     * @param role the actor's role
     * @return this builder
     */
    public Builder actor(String id, Role role) {
      return actor(Actor.of(id, role));
    }

    /**
     * Adds actors.
     *
     * @param actors the actors, in order
     * @return this builder
     */
    public Builder actors(Iterable<Actor> actors) {
      for (Actor actor : Objects.requireNonNull(actors, "actors")) {
        actor(actor);
      }
      return this;
    }

    /**
     * Adds a flow from one actor to another; its kind is the kind of its terms.
     *
     * @param sourceId the sending actor's id
     * @param targetId the receiving actor's id
     * @param terms the flow's terms
     * @return this builder
     */
    public Builder flow(String sourceId, String targetId, FlowTerms terms) {
      Objects.requireNonNull(sourceId, "sourceId");
      Objects.requireNonNull(targetId, "targetId");
      Objects.requireNonNull(terms, "terms");
      flows.add(sourceId, targetId, terms);
      return this;
    }

    /**
     * Adds a flow.
     *
     * @param flow the flow
     * @return this builder
     */
    public Builder flow(Flow flow) {
      Objects.requireNonNull(flow, "flow");
      return flow(flow.source(), flow.target(), flow.terms());
    }

    /**
     * Adds a trade: goods from the seller to the buyer on the given terms and, in return, a money flow from
     * the buyer to the seller paying for them.
     *
     * @param sellerId the selling actor's id
     * @param buyerId the buying actor's id
     * @param terms the terms of the goods flow
     * @return this builder
     */
    public Builder trade(String sellerId, String buyerId, GoodsTerms terms) {
      flow(sellerId, buyerId, terms);
      return flow(buyerId, sellerId, MoneyTerms.PAYMENT);
    }

    /**
     * Adds a goods flow without its payment (for example an internal transfer or an input–output table).
     *
     * @param sellerId the sending actor's id
     * @param buyerId the receiving actor's id
     * @param terms the terms
     * @return this builder
     */
    public Builder goods(String sellerId, String buyerId, GoodsTerms terms) {
      return flow(sellerId, buyerId, terms);
    }

    /**
     * Adds a data flow, for example consumers' demand data flowing back to a supply platform.
     *
     * @param sourceId the actor that observes the data
     * @param targetId the actor that receives it
     * @param delay the delay in ticks
     * @return this builder
     */
    public Builder data(String sourceId, String targetId, int delay) {
      return flow(sourceId, targetId, DataTerms.of(delay));
    }

    /**
     * Adds a service flow from a provider to the actor it serves.
     *
     * @param providerId the provider's id
     * @param servedId the served actor's id
     * @param terms the fee and take rate
     * @return this builder
     */
    public Builder service(String providerId, String servedId, ServiceTerms terms) {
      return flow(providerId, servedId, terms);
    }

    /**
     * Validates the chain and builds it. All of these are checked, and every problem is reported in one
     * {@link ChainValidationException}:
     * <ul>
     *   <li>actor ids non-blank and unique, names non-blank;</li>
     *   <li>actor parameters (capacity, unit, holding and backlog cost, initial inventory, demand) in
     *       {@code [0, }{@link Limits#MAX_AMOUNT}{@code ]}, capacity also infinite for unlimited;</li>
     *   <li>flow ends are known actor ids; at most one flow of a kind from one actor to another;</li>
     *   <li>roles allowed for the kind ({@link FlowKind#allows(Role, Role)}), self-flows for goods only;</li>
     *   <li>goods terms: price in {@code [0, }{@link Limits#MAX_AMOUNT}{@code ]}, input coefficient in
     *       {@code [0, }{@link Limits#MAX_INPUT_COEFFICIENT}{@code ]}, lead time and order delay non-negative,
     *       capacity in {@code [0, MAX_AMOUNT]} or infinite, share in (0, 1]; data delay non-negative; service fee
     *       in {@code [0, MAX_AMOUNT]}, take rate in [0, 1] (the bounds of {@link Limits} keep every derived
     *       quantity finite);</li>
     *   <li>each money flow pays for a goods flow the other way;</li>
     *   <li>the shares of each input of each buyer add to one (within {@link Tolerance#EPSILON});</li>
     *   <li>no goods cycle has zero total delay (an algebraic loop that no simulation could order).</li>
     * </ul>
     *
     * @return the chain
     * @throws ChainValidationException if any check fails
     */
    public ValueChain build() {
      return new ChainValidator(actors, flows.sourceIds, flows.targetIds, flows.terms, flows.count).validateAndBuild();
    }
  }
}
