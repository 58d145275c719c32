package io.valueloop.flow;

import io.valueloop.internal.StronglyConnectedComponents;
import io.valueloop.model.Actor;
import io.valueloop.model.FlowKind;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A {@link ValueChain} compiled once into flat arrays, the form every heavy computation runs on.
 *
 * <p><b>Actor order.</b> Actors are renumbered {@code 0..n-1} downstream first: by goods <em>height</em> (the
 * longest goods path, counted in strongly connected components, from the actor to an actor that ships no
 * goods), then by component, then by their index in the chain. Consumers and enablers (height 0) come first,
 * producers last; every goods flow runs from a higher compiled index to a lower one, except inside a goods
 * cycle, whose actors are contiguous. So a pass in increasing index visits every buyer before its sellers
 * (what a demand-pull solve and a tick of the simulation need), actors of one {@linkplain #levelStart(int)
 * level} are independent of each other (so a level can be processed in parallel), and neighbours sit close in
 * memory.
 *
 * <p><b>Flows.</b> Each kind has a {@link FlowTable}: flows numbered in (source, target) order with an
 * outgoing (CSR) and an incoming (CSC) {@link Adjacency}. Goods flows also have their input–output
 * coefficient {@code inputCoefficient · share} in a {@code double[]} laid out in CSR order.
 *
 * <p><b>Cost.</b> Compilation is O(n + m) time and about 40 bytes per flow: Tarjan's strongly connected
 * components on the goods graph ({@link StronglyConnectedComponents}), then counting sorts in long sequential passes
 * (plus sorting the rows of any actor whose flows were not added in target order). No hashing and no per-flow
 * objects. About 0.9–1 s on one core for 10⁶ actors and 10⁷ goods flows with their 10⁷ payments (see
 * {@code benchmarks/README.md}).
 * Immutable and thread-safe.
 */
public final class CompiledChain {
  private final ValueChain chain;
  final int[] chainActor;
  final int[] compiledActor;
  final Map<FlowKind, FlowTable> tables;
  final double[] goodsCoefficient;
  /** Each goods flow's price per unit, in CSR order, for the steady state's money. */
  final double[] goodsPrice;
  final int[] goodsPayment;
  final int[] levelOffsets;
  final int[] componentOffsets;
  final int[] componentOf;
  /** Built on first use; a race builds equal copies, and the volatile write publishes a complete one. */
  private volatile InputGroups inputGroups;

  /** Assembles a compiled chain from the arrays {@link ChainCompiler} has laid out; they are owned by it. */
  CompiledChain(ValueChain chain, int[] chainActor, int[] compiledActor, Map<FlowKind, FlowTable> tables,
      double[] goodsCoefficient, double[] goodsPrice, int[] goodsPayment, int[] levelOffsets, int[] componentOffsets,
      int[] componentOf) {
    this.chain = chain;
    this.chainActor = chainActor;
    this.compiledActor = compiledActor;
    this.tables = tables;
    this.goodsCoefficient = goodsCoefficient;
    this.goodsPrice = goodsPrice;
    this.goodsPayment = goodsPayment;
    this.levelOffsets = levelOffsets;
    this.componentOffsets = componentOffsets;
    this.componentOf = componentOf;
  }

  /**
   * Compiles a chain.
   *
   * @param chain a validated chain
   * @return the compiled chain
   */
  public static CompiledChain compile(ValueChain chain) {
    return new ChainCompiler(Objects.requireNonNull(chain, "chain")).compile();
  }

  /** {@return the chain this was compiled from} */
  public ValueChain chain() {
    return chain;
  }

  /** {@return the number of actors} */
  public int actorCount() {
    return chainActor.length;
  }

  /**
   * {@return the actor at compiled index {@code actor}}
   *
   * @param actor a compiled actor index, in {@code [0, actorCount())}
   */
  public Actor actor(int actor) {
    return chain.actor(chainActor[actor]);
  }

  /**
   * {@return the id of the actor at compiled index {@code actor}}
   *
   * @param actor a compiled actor index, in {@code [0, actorCount())}
   */
  public String id(int actor) {
    return actor(actor).id();
  }

  /**
   * {@return the role of the actor at compiled index {@code actor}}
   *
   * @param actor a compiled actor index, in {@code [0, actorCount())}
   */
  public Role role(int actor) {
    return actor(actor).role();
  }

  /**
   * Returns the compiled index of the actor with an id.
   *
   * @param id an actor id
   * @return its compiled index, or empty if the chain has no such actor
   */
  public OptionalInt indexOf(String id) {
    OptionalInt index = chain.indexOf(id);
    return index.isPresent() ? OptionalInt.of(compiledActor[index.getAsInt()]) : index;
  }

  /**
   * {@return the index in the chain of the actor at compiled index {@code actor}}
   *
   * @param actor a compiled actor index, in {@code [0, actorCount())}
   */
  public int chainIndex(int actor) {
    return chainActor[actor];
  }

  /**
   * {@return the compiled index of the actor at index {@code chainActor} of the chain}
   *
   * @param chainActor an actor index of the chain
   */
  public int compiledIndex(int chainActor) {
    return compiledActor[chainActor];
  }

  /**
   * Returns the flows of one kind.
   *
   * @param kind the kind
   * @return the table of flows of that kind
   */
  public FlowTable flows(FlowKind kind) {
    return tables.get(Objects.requireNonNull(kind, "kind"));
  }

  /** {@return the goods flows; shorthand for {@code flows(FlowKind.GOODS)}} */
  public FlowTable goods() {
    return tables.get(FlowKind.GOODS);
  }

  /**
   * {@return the terms of goods flow {@code goodsFlow}}
   *
   * @param goodsFlow a goods flow index
   */
  public GoodsTerms goodsTerms(int goodsFlow) {
    return (GoodsTerms) goods().terms(goodsFlow);
  }

  /**
   * {@return the input–output coefficient of goods flow {@code goodsFlow}: units of the seller's product per unit
   * of the buyer's output that travel over this flow, {@code inputCoefficient · share}}
   *
   * @param goodsFlow a goods flow index
   */
  public double coefficient(int goodsFlow) {
    return goodsCoefficient[goodsFlow];
  }

  /**
   * Returns the money flow that pays for goods flow {@code goodsFlow}.
   *
   * @param goodsFlow a goods flow index
   * @return the index of the paying money flow, or empty if the goods are not paid for (added without a trade)
   */
  public OptionalInt payment(int goodsFlow) {
    int money = goodsPayment[goodsFlow];
    return money < 0 ? OptionalInt.empty() : OptionalInt.of(money);
  }

  /**
   * {@return the number of goods levels: one more than the greatest goods height. At least one: a chain without
   * actors has one empty level, so that {@code levelEnd(levelCount() - 1)} is always the actor count}
   */
  public int levelCount() {
    return levelOffsets.length - 1;
  }

  /**
   * {@return the first compiled index of the actors at goods height {@code level}}
   *
   * @param level a goods height, in {@code [0, levelCount())}
   */
  public int levelStart(int level) {
    return levelOffsets[level];
  }

  /**
   * {@return one past the last compiled index of the actors at goods height {@code level}}
   *
   * @param level a goods height, in {@code [0, levelCount())}
   */
  public int levelEnd(int level) {
    return levelOffsets[level + 1];
  }

  /** {@return the number of strongly connected components of the goods graph (singletons included)} */
  public int componentCount() {
    return componentOffsets.length - 1;
  }

  /**
   * {@return the goods component of the actor at compiled index {@code actor}; components are numbered in actor order}
   *
   * @param actor a compiled actor index, in {@code [0, actorCount())}
   */
  public int component(int actor) {
    return componentOf[actor];
  }

  /**
   * {@return the first compiled index of component {@code component}}
   *
   * @param component a goods component index
   */
  public int componentStart(int component) {
    return componentOffsets[component];
  }

  /**
   * {@return one past the last compiled index of component {@code component}}
   *
   * @param component a goods component index
   */
  public int componentEnd(int component) {
    return componentOffsets[component + 1];
  }

  /**
   * {@return whether component {@code component} holds a goods cycle: several actors, or one with a goods self-flow}
   *
   * @param component a goods component index
   */
  public boolean isCyclic(int component) {
    int start = componentOffsets[component];
    if (componentOffsets[component + 1] - start > 1) {
      return true;
    }
    Adjacency out = goods().out();
    for (int p = out.start(start); p < out.end(start); p++) {
      if (out.neighbor(p) == start) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the input that goods flow {@code goodsFlow} supplies to its buyer, as a number in
   * {@code [0, inputGroupCount(buyer))}: goods flows into one buyer (its own goods self-flow included) that name the
   * same input ({@link GoodsTerms#inputName(Role)}) have the same number, and a buyer's inputs are numbered in the
   * order of their first flow in the chain. The sourcing shares of one input add to one. Computed on first call in
   * O(m) and kept (4 bytes per goods flow).
   *
   * @param goodsFlow a goods flow index
   * @return the buyer's number for the flow's input
   */
  public int inputGroup(int goodsFlow) {
    return inputGroups().group[Objects.checkIndex(goodsFlow, goods().count())];
  }

  /**
   * {@return the number of distinct inputs that the actor at compiled index {@code actor} buys goods for; 0 if it
   * buys no goods. See {@link #inputGroup(int)}}
   *
   * @param actor a compiled actor index, in {@code [0, actorCount())}
   */
  public int inputGroupCount(int actor) {
    return inputGroups().count[Objects.checkIndex(actor, chainActor.length)];
  }

  private InputGroups inputGroups() {
    InputGroups groups = inputGroups;
    if (groups == null) {
      groups = InputGroups.of(this);
      inputGroups = groups;
    }
    return groups;
  }

  /**
   * Checks a vector given by compiled actor index: non-null, one value per actor, each finite.
   *
   * @param name the parameter's name, for the messages
   * @param what what one value is, for the messages
   * @throws IllegalArgumentException naming the first actor whose value is not finite, or the length
   */
  void checkPerActor(double[] values, String name, String what) {
    Objects.requireNonNull(values, name);
    if (values.length != chainActor.length) {
      throw new IllegalArgumentException(name + " length must be the actor count " + chainActor.length + " but was "
          + values.length);
    }
    for (int j = 0; j < values.length; j++) {
      if (!Double.isFinite(values[j])) {
        throw new IllegalArgumentException(what + " must be finite but was " + values[j] + " (actor " + id(j) + ")");
      }
    }
  }

  /** Returns a new array of the actors' final demand ({@link Actor#demand()}, units per tick) by compiled index. */
  double[] demand() {
    double[] demand = new double[chainActor.length];
    for (int i = 0; i < demand.length; i++) {
      demand[i] = chain.actor(chainActor[i]).demand();
    }
    return demand;
  }

  @Override
  public String toString() {
    return "CompiledChain{actors=" + actorCount() + ", goods=" + goods().count() + ", levels=" + levelCount()
        + ", components=" + componentCount() + "}";
  }
}
