package io.valueloop.io;

import io.valueloop.model.Actor;
import io.valueloop.model.GoodsTerms;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * What the chain readers of every file format share: the actor parameters and goods terms a file may give, each one
 * it leaves out at the library's default ({@link Actor.Builder}'s, {@link GoodsTerms#defaults()}). Stateless.
 */
final class ChainFields {
  private static final GoodsTerms GOODS_DEFAULTS = GoodsTerms.defaults();
  private static final List<Map.Entry<String, BiConsumer<Actor.Builder, Double>>> ACTOR_PARAMETERS = List.of(
      Map.entry("capacity", Actor.Builder::capacity),
      Map.entry("unitCost", Actor.Builder::unitCost),
      Map.entry("holdingCost", Actor.Builder::holdingCost),
      Map.entry("backlogCost", Actor.Builder::backlogCost),
      Map.entry("initialInventory", Actor.Builder::initialInventory),
      Map.entry("demand", Actor.Builder::demand));

  private ChainFields() {}

  /**
   * Reads an actor's operating parameters in the order a file lists them ({@code capacity}, {@code unitCost},
   * {@code holdingCost}, {@code backlogCost}, {@code initialInventory}, {@code demand}) and sets those given.
   *
   * @param actor the actor being built
   * @param read reads a parameter by name: its value, or null if the file leaves it out (or after reporting a
   *     problem)
   */
  static void actorParameters(Actor.Builder actor, Function<String, Double> read) {
    for (Map.Entry<String, BiConsumer<Actor.Builder, Double>> parameter : ACTOR_PARAMETERS) {
      Double value = read.apply(parameter.getKey());
      if (value != null) {
        parameter.getValue().accept(actor, value);
      }
    }
  }

  /** Returns goods terms from the values a file gives, each null one at its default. */
  static GoodsTerms goodsTerms(Double price, Integer leadTime, Integer orderDelay, Double capacity, Double share,
      Double inputCoefficient, String input) {
    return new GoodsTerms(
        price == null ? GOODS_DEFAULTS.price() : price,
        leadTime == null ? GOODS_DEFAULTS.leadTime() : leadTime,
        orderDelay == null ? GOODS_DEFAULTS.orderDelay() : orderDelay,
        capacity == null ? GOODS_DEFAULTS.capacity() : capacity,
        share == null ? GOODS_DEFAULTS.share() : share,
        inputCoefficient == null ? GOODS_DEFAULTS.inputCoefficient() : inputCoefficient,
        input == null ? GOODS_DEFAULTS.input() : input);
  }
}
