package io.valueloop.model;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

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
  private final int[] outOffsets;
  private final int[] outFlows;
  private final int[] inOffsets;
  private final int[] inFlows;
  private final Supplier<Graph<String, Flow>> graph;
  private final Map<FlowKind, Supplier<Graph<String, Flow>>> graphsByKind;
  private int hash;

  private ValueChain(Actor[] actors, IdIndex indexById, int[] source, int[] target,
      FlowTerms[] terms, int[] outOffsets, int[] outFlows, int[] inOffsets, int[] inFlows) {
    this.actors = actors;
    this.indexById = indexById;
    this.source = source;
    this.target = target;
    this.terms = terms;
    this.outOffsets = outOffsets;
    this.outFlows = outFlows;
    this.inOffsets = inOffsets;
    this.inFlows = inFlows;
    this.graph = Suppliers.memoize(() -> buildGraph(null));
    this.graphsByKind = new EnumMap<>(FlowKind.class);
    for (FlowKind kind : FlowKind.values()) {
      graphsByKind.put(kind, Suppliers.memoize(() -> buildGraph(kind)));
    }
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the number of actors. */
  public int actorCount() {
    return actors.length;
  }

  /** Returns the number of flows of all kinds. */
  public int flowCount() {
    return source.length;
  }

  /** Returns the actors in index order, as an unmodifiable list. */
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
    Objects.requireNonNull(role, "role");
    List<Actor> selected = new ArrayList<>();
    for (Actor actor : actors) {
      if (actor.role() == role) {
        selected.add(actor);
      }
    }
    return Collections.unmodifiableList(selected);
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

  /** Returns the index of the actor that sends flow {@code flow}. */
  public int source(int flow) {
    return source[Objects.checkIndex(flow, source.length)];
  }

  /** Returns the index of the actor that receives flow {@code flow}. */
  public int target(int flow) {
    return target[Objects.checkIndex(flow, target.length)];
  }

  /** Returns the terms of flow {@code flow}; their type gives its kind. */
  public FlowTerms terms(int flow) {
    return terms[Objects.checkIndex(flow, terms.length)];
  }

  /** Returns the kind of flow {@code flow}. */
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
    Objects.checkIndex(actor, actors.length);
    return Arrays.copyOfRange(outFlows, outOffsets[actor], outOffsets[actor + 1]);
  }

  /**
   * Returns the indices of the flows entering an actor, ordered by flow index.
   *
   * @param actor an actor index
   * @return a new array of flow indices
   */
  public int[] incoming(int actor) {
    Objects.checkIndex(actor, actors.length);
    return Arrays.copyOfRange(inFlows, inOffsets[actor], inOffsets[actor + 1]);
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
    Objects.checkIndex(actor, actors.length);
    return outFlows[outOffsets[actor] + Objects.checkIndex(i, outOffsets[actor + 1] - outOffsets[actor])];
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
    Objects.checkIndex(actor, actors.length);
    return inFlows[inOffsets[actor] + Objects.checkIndex(i, inOffsets[actor + 1] - inOffsets[actor])];
  }

  /** Returns the number of flows leaving actor {@code actor}. */
  public int outDegree(int actor) {
    Objects.checkIndex(actor, actors.length);
    return outOffsets[actor + 1] - outOffsets[actor];
  }

  /** Returns the number of flows entering actor {@code actor}. */
  public int inDegree(int actor) {
    Objects.checkIndex(actor, actors.length);
    return inOffsets[actor + 1] - inOffsets[actor];
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
    if (from < 0 || to < 0) {
      return Optional.empty();
    }
    for (int p = outOffsets[from]; p < outOffsets[from + 1]; p++) {
      int f = outFlows[p];
      if (target[f] == to && terms[f].kind() == kind) {
        return Optional.of(flow(f));
      }
    }
    return Optional.empty();
  }

  /** Returns all flows in index order, as an unmodifiable list whose elements are created on access. */
  public List<Flow> flows() {
    return new AbstractList<>() {
      @Override
      public Flow get(int index) {
        return flow(index);
      }

      @Override
      public int size() {
        return source.length;
      }
    };
  }

  /**
   * Returns the flows of one kind, in index order.
   *
   * @param kind the kind
   * @return a new unmodifiable list
   */
  public List<Flow> flows(FlowKind kind) {
    Objects.requireNonNull(kind, "kind");
    List<Flow> selected = new ArrayList<>();
    for (int f = 0; f < terms.length; f++) {
      if (terms[f].kind() == kind) {
        selected.add(flow(f));
      }
    }
    return Collections.unmodifiableList(selected);
  }

  /**
   * Returns a read-only JGraphT view of the whole chain: actor ids as vertices, flows as edges, a directed
   * pseudograph (two actors may be joined by flows of several kinds; goods self-flows are allowed). Built on
   * first call, then cached; modifying it throws {@link UnsupportedOperationException}.
   */
  public Graph<String, Flow> graph() {
    return graph.get();
  }

  /**
   * Returns a read-only JGraphT view of the flows of one kind, with every actor as a vertex.
   *
   * @param kind the kind of flow
   * @return the cached, unmodifiable graph
   */
  public Graph<String, Flow> graph(FlowKind kind) {
    return graphsByKind.get(Objects.requireNonNull(kind, "kind")).get();
  }

  private Graph<String, Flow> buildGraph(FlowKind kind) {
    Graph<String, Flow> g = GraphTypeBuilder.<String, Flow>directed()
        .allowingMultipleEdges(true)
        .allowingSelfLoops(true)
        .weighted(false)
        .buildGraph();
    for (Actor actor : actors) {
      g.addVertex(actor.id());
    }
    for (int f = 0; f < terms.length; f++) {
      if (kind == null || terms[f].kind() == kind) {
        Flow value = flow(f);
        g.addEdge(value.source(), value.target(), value);
      }
    }
    return new AsUnmodifiableGraph<>(g);
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
    private String[] sourceIds = new String[16];
    private String[] targetIds = new String[16];
    private FlowTerms[] flowTerms = new FlowTerms[16];
    private int flowCount;

    private Builder() {}

    /**
     * Reserves room for the given numbers of actors and flows, to avoid regrowth when building large chains.
     *
     * @param actorCount the expected number of actors, non-negative
     * @param flowCount the expected number of flows, non-negative
     * @return this builder
     */
    public Builder expectedSize(int actorCount, int flowCount) {
      if (actorCount < 0) {
        throw new IllegalArgumentException("actorCount must be non-negative but was " + actorCount
            + " (expected size)");
      }
      if (flowCount < 0) {
        throw new IllegalArgumentException("flowCount must be non-negative but was " + flowCount
            + " (expected size)");
      }
      actors.ensureCapacity(actorCount);
      ensureFlowCapacity(flowCount);
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
      ensureFlowCapacity(flowCount + 1);
      sourceIds[flowCount] = sourceId;
      targetIds[flowCount] = targetId;
      flowTerms[flowCount] = terms;
      flowCount++;
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

    private void ensureFlowCapacity(int needed) {
      if (needed > sourceIds.length) {
        int capacity = Math.max(needed, sourceIds.length + (sourceIds.length >> 1));
        sourceIds = Arrays.copyOf(sourceIds, capacity);
        targetIds = Arrays.copyOf(targetIds, capacity);
        flowTerms = Arrays.copyOf(flowTerms, capacity);
      }
    }

    /**
     * Validates the chain and builds it. All of these are checked, and every problem is reported in one
     * {@link ChainValidationException}:
     * <ul>
     *   <li>actor ids non-blank and unique, names non-blank;</li>
     *   <li>actor parameters not NaN and non-negative, and finite except capacity (infinite means unlimited);</li>
     *   <li>flow ends are known actor ids; at most one flow of a kind from one actor to another;</li>
     *   <li>roles allowed for the kind ({@link FlowKind#allows(Role, Role)}), self-flows for goods only;</li>
     *   <li>goods terms: price and input coefficient finite and non-negative, lead time and order delay
     *       non-negative, capacity non-negative, share in (0, 1]; data delay non-negative; service fee finite
     *       and non-negative, take rate in [0, 1];</li>
     *   <li>each money flow pays for a goods flow the other way;</li>
     *   <li>the shares of each input of each buyer add to one (within {@link Tolerance#EPSILON});</li>
     *   <li>no goods cycle has zero total delay (an algebraic loop that no simulation could order).</li>
     * </ul>
     *
     * @return the chain
     * @throws ChainValidationException if any check fails
     */
    public ValueChain build() {
      return new Validator(actors, sourceIds, targetIds, flowTerms, flowCount).validateAndBuild();
    }
  }

  /** Resolves ids, checks everything, and assembles the arrays of a chain. */
  private static final class Validator {
    /** Slots of the identity set of terms instances found valid, a power of two; it holds up to half as many. */
    private static final int VALID_TERMS_SLOTS = 1024;
    private final Actor[] actors;
    private final Role[] roles;
    private final String[] sourceIds;
    private final String[] targetIds;
    private final FlowTerms[] terms;
    private final int flowCount;
    private final Problems problems = new Problems();

    Validator(List<Actor> actors, String[] sourceIds, String[] targetIds, FlowTerms[] terms, int flowCount) {
      this.actors = actors.toArray(new Actor[0]);
      this.roles = new Role[this.actors.length];
      for (int i = 0; i < roles.length; i++) {
        roles[i] = this.actors[i].role();
      }
      this.sourceIds = sourceIds;
      this.targetIds = targetIds;
      this.terms = Arrays.copyOf(terms, flowCount);
      this.flowCount = flowCount;
    }

    ValueChain validateAndBuild() {
      IdIndex indexById = indexActors();
      int[] source = new int[flowCount];
      int[] target = new int[flowCount];
      if (!resolveFlows(indexById, source, target)) {
        // Unknown ends were reported; the adjacency and the checks below need every flow's ends.
        problems.throwIfAny();
      }
      int n = actors.length;
      int[] outOffsets = new int[n + 1];
      int[] outFlows = adjacency(source, outOffsets, n);
      int[] inOffsets = new int[n + 1];
      int[] inFlows = adjacency(target, inOffsets, n);
      checkDuplicates(target, outOffsets, outFlows);
      checkPayments(source, target, outOffsets, outFlows, inOffsets, inFlows);
      checkShares(source, inOffsets, inFlows);
      checkZeroDelayCycles(target, outOffsets, outFlows);
      problems.throwIfAny();
      return new ValueChain(actors, indexById, source, target, terms, outOffsets, outFlows, inOffsets, inFlows);
    }

    private IdIndex indexActors() {
      IdIndex indexById = new IdIndex(actors.length);
      for (int i = 0; i < actors.length; i++) {
        Actor actor = actors[i];
        problems.at(i, -1);
        String where = "actor " + (actor.id().isBlank() ? "#" + i : actor.id());
        if (actor.id().isBlank()) {
          problems.add("actor id", "non-blank", "'" + actor.id() + "'", "actor #" + i);
        } else {
          int previous = indexById.putIfAbsent(actor.id(), i);
          if (previous >= 0) {
            problems.add("actor id", "unique", "'" + actor.id() + "'",
                "actors #" + previous + " and #" + i);
          }
        }
        if (actor.name().isBlank()) {
          problems.add("actor name", "non-blank", "'" + actor.name() + "'", where);
        }
        checkText("actor id", actor.id(), where);
        if (!actor.name().equals(actor.id())) {
          checkText("actor name", actor.name(), where);
        }
        for (Map.Entry<String, String> attribute : actor.attributes().entrySet()) {
          if (attribute.getKey().isEmpty()) {
            problems.add("actor attribute key", "non-empty", "''", where);
          }
          checkText("actor attribute key", attribute.getKey(), where);
          checkText("actor attribute " + attribute.getKey(), attribute.getValue(), where);
        }
        problems.nonNegativeOrUnlimited("capacity", actor.capacity(), where);
        problems.nonNegativeFinite("unitCost", actor.unitCost(), where);
        problems.nonNegativeFinite("holdingCost", actor.holdingCost(), where);
        problems.nonNegativeFinite("backlogCost", actor.backlogCost(), where);
        problems.nonNegativeFinite("initialInventory", actor.initialInventory(), where);
        problems.nonNegativeFinite("demand", actor.demand(), where);
      }
      problems.at(-1, -1);
      return indexById;
    }

    /**
     * Resolves flow ends to indices and checks roles and terms; returns whether every end resolved. Consecutive
     * flows often share ends (a trade's payment reverses its goods flow, a buyer's purchases come together), so the
     * previous flow's ends are reused when the same id instances recur, and terms instances already found valid are
     * not checked again; error locations are only formatted for flows with a problem.
     */
    private boolean resolveFlows(IdIndex indexById, int[] source, int[] target) {
      boolean allResolved = true;
      String lastSourceId = null;
      String lastTargetId = null;
      int lastSource = -1;
      int lastTarget = -1;
      FlowTerms[] validTerms = new FlowTerms[VALID_TERMS_SLOTS];
      int remembered = 0;
      for (int f = 0; f < flowCount; f++) {
        problems.at(-1, f);
        FlowTerms t = terms[f];
        String sourceId = sourceIds[f];
        String targetId = targetIds[f];
        int from = sourceId == lastSourceId ? lastSource
            : sourceId == lastTargetId ? lastTarget : indexById.get(sourceId);
        int to = targetId == lastTargetId ? lastTarget
            : targetId == lastSourceId ? lastSource : indexById.get(targetId);
        lastSourceId = sourceId;
        lastSource = from;
        lastTargetId = targetId;
        lastTarget = to;
        if (from < 0) {
          problems.add("flow source", "a known actor id", "'" + sourceId + "'", where(f));
        }
        if (to < 0) {
          problems.add("flow target", "a known actor id", "'" + targetId + "'", where(f));
        }
        if (!isRemembered(validTerms, t)) {
          long before = problems.count();
          checkTerms(t, where(f));
          if (problems.count() == before && 2 * (remembered + 1) <= validTerms.length) {
            remember(validTerms, t);
            remembered++;
          }
        }
        if (from < 0 || to < 0) {
          allResolved = false;
          continue;
        }
        source[f] = from;
        target[f] = to;
        Role sourceRole = roles[from];
        Role targetRole = roles[to];
        if (!t.kind().allows(sourceRole, targetRole)) {
          problems.add(t.kind() + " flow roles", "allowed by FlowKind." + t.kind(),
              sourceRole + "->" + targetRole, where(f));
        }
        if (from == to && !t.kind().allowsSelfFlow()) {
          problems.add(t.kind() + " flow ends", "two different actors", "the same actor", where(f));
        }
      }
      problems.at(-1, -1);
      return allResolved;
    }

    /** Returns whether an identity set, open-addressed with linear probing, holds a terms instance. */
    private static boolean isRemembered(FlowTerms[] set, FlowTerms t) {
      for (int i = System.identityHashCode(t) & (set.length - 1); set[i] != null; i = (i + 1) & (set.length - 1)) {
        if (set[i] == t) {
          return true;
        }
      }
      return false;
    }

    /** Adds a terms instance, known to be absent, to an identity set that has a free slot. */
    private static void remember(FlowTerms[] set, FlowTerms t) {
      int i = System.identityHashCode(t) & (set.length - 1);
      while (set[i] != null) {
        i = (i + 1) & (set.length - 1);
      }
      set[i] = t;
    }

    private String where(int f) {
      return Flow.label(terms[f].kind(), sourceIds[f], targetIds[f]);
    }

    private void checkTerms(FlowTerms t, String where) {
      if (t instanceof GoodsTerms) {
        GoodsTerms g = (GoodsTerms) t;
        problems.nonNegativeFinite("price", g.price(), where);
        problems.nonNegative("leadTime", g.leadTime(), where);
        problems.nonNegative("orderDelay", g.orderDelay(), where);
        if ((long) g.orderDelay() + g.leadTime() > Integer.MAX_VALUE) {
          problems.add("orderDelay + leadTime", "at most " + Integer.MAX_VALUE + " ticks",
              (long) g.orderDelay() + g.leadTime(), where);
        }
        problems.nonNegativeOrUnlimited("capacity", g.capacity(), where);
        if (!(g.share() > 0 && g.share() <= 1)) {
          problems.add("share", "in (0, 1]", g.share(), where);
        }
        problems.nonNegativeFinite("inputCoefficient", g.inputCoefficient(), where);
        checkText("input", g.input(), where);
      } else if (t instanceof DataTerms) {
        problems.nonNegative("delay", ((DataTerms) t).delay(), where);
      } else if (t instanceof ServiceTerms) {
        ServiceTerms s = (ServiceTerms) t;
        problems.nonNegativeFinite("fee", s.fee(), where);
        if (!(s.takeRate() >= 0 && s.takeRate() <= 1)) {
          problems.add("takeRate", "in [0, 1]", s.takeRate(), where);
        }
      }
    }

    /**
     * Checks that a text is valid Unicode, without an unpaired surrogate: such a text cannot be written as UTF-8, so
     * a chain holding one could not be saved and read back.
     */
    private void checkText(String what, String text, String where) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          problems.add(what, "valid Unicode text", "an unpaired surrogate at index " + i, where);
          return;
        }
      }
    }

    /** Counting sort of flows by one end: fills {@code offsets} and returns flow indices grouped by that end. */
    private int[] adjacency(int[] end, int[] offsets, int n) {
      for (int f = 0; f < flowCount; f++) {
        offsets[end[f] + 1]++;
      }
      for (int i = 0; i < n; i++) {
        offsets[i + 1] += offsets[i];
      }
      int[] next = Arrays.copyOf(offsets, n);
      int[] flows = new int[flowCount];
      for (int f = 0; f < flowCount; f++) {
        flows[next[end[f]]++] = f;
      }
      return flows;
    }

    private void checkDuplicates(int[] target, int[] outOffsets, int[] outFlows) {
      long[] keys = new long[16];
      for (int a = 0; a < actors.length; a++) {
        int from = outOffsets[a];
        int degree = outOffsets[a + 1] - from;
        if (degree < 2) {
          continue;
        }
        if (keys.length < degree) {
          keys = new long[Math.max(degree, keys.length * 2)];
        }
        int kinds = FlowKind.values().length;
        for (int p = 0; p < degree; p++) {
          int f = outFlows[from + p];
          keys[p] = (long) target[f] * kinds + terms[f].kind().ordinal();
        }
        Arrays.sort(keys, 0, degree);
        for (int p = 1; p < degree; p++) {
          if (keys[p] == keys[p - 1] && (p == 1 || keys[p - 1] != keys[p - 2])) {
            FlowKind kind = FlowKind.values()[(int) (keys[p] % kinds)];
            String to = actors[(int) (keys[p] / kinds)].id();
            problems.add(kind + " flow", "unique between two actors", "repeated",
                Flow.label(kind, actors[a].id(), to));
          }
        }
      }
    }

    /**
     * Checks that each money flow pays for a goods flow the other way. The goods flow is looked for among the
     * seller's outgoing or the buyer's incoming flows, whichever are fewer, so that a hub with millions of
     * customers costs each of its payments the customer's few flows rather than the hub's many.
     */
    private void checkPayments(int[] source, int[] target, int[] outOffsets, int[] outFlows, int[] inOffsets,
        int[] inFlows) {
      for (int f = 0; f < flowCount; f++) {
        if (terms[f].kind() != FlowKind.MONEY) {
          continue;
        }
        int seller = target[f];
        int buyer = source[f];
        boolean paired = false;
        if (outOffsets[seller + 1] - outOffsets[seller] <= inOffsets[buyer + 1] - inOffsets[buyer]) {
          for (int p = outOffsets[seller]; p < outOffsets[seller + 1] && !paired; p++) {
            int g = outFlows[p];
            paired = target[g] == buyer && terms[g].kind() == FlowKind.GOODS;
          }
        } else {
          for (int p = inOffsets[buyer]; p < inOffsets[buyer + 1] && !paired; p++) {
            int g = inFlows[p];
            paired = source[g] == seller && terms[g].kind() == FlowKind.GOODS;
          }
        }
        if (!paired) {
          problems.at(-1, f);
          problems.add("money flow", "a payment for a goods flow " + actors[seller].id() + "->"
              + actors[buyer].id(), "unpaired", Flow.label(FlowKind.MONEY, actors[buyer].id(), actors[seller].id()));
          problems.at(-1, -1);
        }
      }
    }

    private String inputName(GoodsTerms goods, int seller) {
      return goods.inputName(roles[seller]);
    }

    /**
     * Checks that the shares of each input of each buyer add to one. Most buyers source a single input; their
     * shares are summed directly, and only buyers with several inputs or a wrong sum are grouped by input, which
     * adds the same shares in the same order and so reaches the same sums.
     */
    private void checkShares(int[] source, int[] inOffsets, int[] inFlows) {
      for (int buyer = 0; buyer < actors.length; buyer++) {
        if (!singleInputSumsToOne(buyer, source, inOffsets, inFlows)) {
          checkSharesByInput(buyer, source, inOffsets, inFlows);
        }
      }
    }

    /** Returns true if the buyer has no goods inputs, or one input whose shares add to one (or to NaN). */
    private boolean singleInputSumsToOne(int buyer, int[] source, int[] inOffsets, int[] inFlows) {
      String input = null;
      double sum = 0;
      for (int p = inOffsets[buyer]; p < inOffsets[buyer + 1]; p++) {
        int f = inFlows[p];
        if (!(terms[f] instanceof GoodsTerms)) {
          continue;
        }
        GoodsTerms goods = (GoodsTerms) terms[f];
        String name = inputName(goods, source[f]);
        if (input == null) {
          input = name;
        } else if (!input.equals(name)) {
          return false;
        }
        sum += goods.share();
      }
      return input == null || Tolerance.isClose(sum, 1.0) || Double.isNaN(sum);
    }

    private void checkSharesByInput(int buyer, int[] source, int[] inOffsets, int[] inFlows) {
      Map<String, double[]> sums = new LinkedHashMap<>();
      Map<String, List<String>> members = new LinkedHashMap<>();
      for (int p = inOffsets[buyer]; p < inOffsets[buyer + 1]; p++) {
        int f = inFlows[p];
        if (!(terms[f] instanceof GoodsTerms)) {
          continue;
        }
        GoodsTerms goods = (GoodsTerms) terms[f];
        String input = inputName(goods, source[f]);
        sums.computeIfAbsent(input, k -> new double[1])[0] += goods.share();
        members.computeIfAbsent(input, k -> new ArrayList<>()).add(actors[source[f]].id());
      }
      for (Map.Entry<String, double[]> entry : sums.entrySet()) {
        double sum = entry.getValue()[0];
        if (!Tolerance.isClose(sum, 1.0) && !Double.isNaN(sum)) {
          problems.at(buyer, -1);
          problems.add("shares of input '" + entry.getKey() + "' of buyer " + actors[buyer].id()
              + " must add to 1 but was " + sum + " (from " + String.join(", ", members.get(entry.getKey())) + ")");
          problems.at(-1, -1);
        }
      }
    }

    /**
     * Finds goods cycles whose flows all have zero total delay: the strongly connected components of the subgraph of
     * zero-delay goods flows (any cycle there has zero total delay, since delays are non-negative), plus zero-delay
     * goods self-flows. Reported in actor order, each cycle naming its actors in actor order. O(V + E).
     */
    private void checkZeroDelayCycles(int[] target, int[] outOffsets, int[] outFlows) {
      int n = actors.length;
      int[] offsets = new int[n + 1];
      boolean[] selfFlow = new boolean[n];
      int zeroDelay = 0;
      for (int v = 0; v < n; v++) {
        for (int p = outOffsets[v]; p < outOffsets[v + 1]; p++) {
          int f = outFlows[p];
          if (isZeroDelayGoods(f)) {
            if (target[f] == v) {
              selfFlow[v] = true;
            } else {
              zeroDelay++;
            }
          }
        }
        offsets[v + 1] = zeroDelay;
      }
      int[] targets = new int[zeroDelay];
      int next = 0;
      for (int v = 0; v < n && next < zeroDelay; v++) {
        for (int p = outOffsets[v]; p < outOffsets[v + 1]; p++) {
          int f = outFlows[p];
          if (isZeroDelayGoods(f) && target[f] != v) {
            targets[next++] = target[f];
          }
        }
      }
      StronglyConnectedComponents components = zeroDelay == 0 ? null : StronglyConnectedComponents.of(offsets, targets);
      int[] size = components == null ? new int[0] : new int[components.count()];
      for (int v = 0; components != null && v < n; v++) {
        size[components.component(v)]++;
      }
      boolean[] reported = new boolean[size.length];
      for (int v = 0; v < n; v++) {
        if (selfFlow[v]) {
          problems.at(v, -1);
          problems.add("goods cycle total delay", "positive", 0, "self-flow of " + actors[v].id());
          problems.at(-1, -1);
        }
        int c = components == null ? -1 : components.component(v);
        if (c >= 0 && size[c] > 1 && !reported[c]) {
          reported[c] = true;
          List<String> members = new ArrayList<>();
          for (int w = v; w < n; w++) {
            if (components.component(w) == c) {
              members.add(actors[w].id());
            }
          }
          problems.add("goods cycle total delay", "positive", 0, "cycle through " + abbreviate(members));
        }
      }
    }

    private boolean isZeroDelayGoods(int f) {
      if (!(terms[f] instanceof GoodsTerms)) {
        return false;
      }
      // Not totalDelay(): this runs on terms not yet known to be valid, whose sum may overflow.
      GoodsTerms goods = (GoodsTerms) terms[f];
      return goods.orderDelay() == 0 && goods.leadTime() == 0;
    }

    private static String abbreviate(List<String> ids) {
      int shown = Math.min(ids.size(), 10);
      String text = String.join(", ", ids.subList(0, shown));
      return ids.size() > shown ? text + ", ... (" + ids.size() + " actors)" : text;
    }
  }
}
