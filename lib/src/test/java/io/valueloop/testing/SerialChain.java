package io.valueloop.testing;

import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;

/**
 * The serial test chain {@code m -> s -> b -> c}: a manufacturer, a supply platform, a business and a consumer
 * segment, each pair joined by a trade. Tests, examples and benchmarks set what their case needs (the actors, the
 * three trades' terms, whether the consumers' demand data reaches {@code s}) and take a builder to add more:
 *
 * <pre>{@code
 * ValueChain chain = SerialChain.of(upstream, upstream, retail).consumerFirst().dataToS(0).build();
 * }</pre>
 *
 * <p>Immutable: every {@code withX} and option returns a new fixture.
 */
public final class SerialChain {
  private final Actor[] actors;
  private final GoodsTerms[] terms;
  private final boolean consumerFirst;
  private final int dataDelay;

  private SerialChain(Actor[] actors, GoodsTerms[] terms, boolean consumerFirst, int dataDelay) {
    this.actors = actors;
    this.terms = terms;
    this.consumerFirst = consumerFirst;
    this.dataDelay = dataDelay;
  }

  /**
   * Returns the chain with default actors {@code m}, {@code s}, {@code b}, {@code c} and the given trades.
   *
   * @param mToS the terms of the trade m -> s
   * @param sToB the terms of the trade s -> b
   * @param bToC the terms of the trade b -> c
   * @return the fixture, actors added upstream first, no data flow
   */
  public static SerialChain of(GoodsTerms mToS, GoodsTerms sToB, GoodsTerms bToC) {
    return new SerialChain(new Actor[] {Actor.of("m", Role.M), Actor.of("s", Role.S), Actor.of("b", Role.B),
        Actor.of("c", Role.C)}, new GoodsTerms[] {mToS, sToB, bToC}, false, -1);
  }

  /**
   * Returns the fixture with other actors; their ids must stay {@code m}, {@code s}, {@code b}, {@code c}.
   *
   * @param m the manufacturer
   * @param s the supply platform
   * @param b the business
   * @param c the consumer segment
   * @return the new fixture
   */
  public SerialChain withActors(Actor m, Actor s, Actor b, Actor c) {
    return new SerialChain(new Actor[] {m, s, b, c}, terms, consumerFirst, dataDelay);
  }

  /**
   * Returns the fixture with its actors added consumer first ({@code c, b, s, m}), as the bullwhip tests number
   * them.
   *
   * @return the new fixture
   */
  public SerialChain consumerFirst() {
    return new SerialChain(actors, terms, true, dataDelay);
  }

  /**
   * Returns the fixture with a DATA flow {@code c -> s}, so that {@code s} can see consumer demand.
   *
   * @param delay the data delay in ticks
   * @return the new fixture
   */
  public SerialChain dataToS(int delay) {
    return new SerialChain(actors, terms, consumerFirst, delay);
  }

  /**
   * Returns a builder holding the chain, to add actors or flows to.
   *
   * @return a new builder
   */
  public ValueChain.Builder builder() {
    ValueChain.Builder builder = ValueChain.builder();
    for (int i = 0; i < actors.length; i++) {
      builder.actor(actors[consumerFirst ? actors.length - 1 - i : i]);
    }
    builder.trade("m", "s", terms[0]).trade("s", "b", terms[1]).trade("b", "c", terms[2]);
    return dataDelay < 0 ? builder : builder.data("c", "s", dataDelay);
  }

  /**
   * Builds the chain.
   *
   * @return the chain
   */
  public ValueChain build() {
    return builder().build();
  }
}
