package io.valueloop.model;

import java.util.Objects;

/**
 * The terms of a goods flow from a seller {@code i} to a buyer {@code j}.
 *
 * <p>Input–output reading: {@code j} needs {@link #inputCoefficient()} units of {@code i}'s product
 * per unit of its own output (for a consumer segment, per unit consumed) and sources {@link #share()}
 * of that input from {@code i}; in steady state the flow carries
 * {@code inputCoefficient · share · x_j} units per tick, where {@code x_j} is {@code j}'s gross
 * output. Sellers that supply the same input to one buyer name it alike in {@link #input()}; their
 * shares must add to one. By default the input is named after the seller's role, so that a consumer
 * buying from several businesses, or a business buying from several platforms, splits one input.
 *
 * <p>Timing: an order decided at tick {@code t} reaches the seller at {@code t + orderDelay}; goods
 * shipped at tick {@code s} arrive at {@code s + leadTime}. A policy's lead time is their sum.
 *
 * <p>Values are not checked here; {@link ValueChain.Builder#build()} checks them.
 *
 * @param price the price per unit paid by the buyer, in currency units
 * @param leadTime the shipping lead time, in ticks
 * @param orderDelay the delay of orders from buyer to seller, in ticks
 * @param capacity the most the flow can carry per tick, in units; {@link Double#POSITIVE_INFINITY} for none
 * @param share the fraction of the buyer's {@link #input()} sourced over this flow, in (0, 1]
 * @param inputCoefficient units of the seller's product per unit of the buyer's output
 * @param input the name of the input this flow supplies, or empty for "the seller's role letter"
 */
public record GoodsTerms(
    double price,
    int leadTime,
    int orderDelay,
    double capacity,
    double share,
    double inputCoefficient,
    String input) implements FlowTerms {

  private static final String[] ROLE_INPUTS = roleInputs();

  private static final GoodsTerms DEFAULT =
      new GoodsTerms(0, 0, 0, Double.POSITIVE_INFINITY, 1, 1, "");

  /**
   * Creates goods terms; {@code input} must not be null (use {@code ""} for the default).
   *
   * @param price the price per unit paid by the buyer, in currency units
   * @param leadTime the shipping lead time, in ticks
   * @param orderDelay the delay of orders from buyer to seller, in ticks
   * @param capacity the most the flow can carry per tick, in units; {@link Double#POSITIVE_INFINITY} for none
   * @param share the fraction of the buyer's input sourced over this flow, in (0, 1]
   * @param inputCoefficient units of the seller's product per unit of the buyer's output
   * @param input the name of the input this flow supplies, or {@code ""} for the seller's role letter
   */
  public GoodsTerms {
    if (input == null) {
      throw new NullPointerException("input must not be null (use \"\" for the seller's role)");
    }
  }

  /**
   * Returns the defaults: price 0, no lead time or order delay, unlimited capacity, share 1,
   * input coefficient 1, input named after the seller's role. Start from these and use the
   * {@code with} methods.
   *
   * @return the one shared instance of the default terms
   */
  public static GoodsTerms defaults() {
    return DEFAULT;
  }

  /**
   * Returns a builder of goods terms by name, starting from {@link #defaults()}:
   * {@code GoodsTerms.builder().price(4.0).leadTime(2).orderDelay(1).build()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public FlowKind kind() {
    return FlowKind.GOODS;
  }

  /**
   * Returns the name of the input these terms supply to the buyer: {@link #input()}, or, when that is empty, the
   * seller's role letter. Sellers whose flows into one buyer have the same input name split that input by share.
   *
   * @param seller the role of the selling actor
   * @return the input name, never empty
   */
  public String inputName(Role seller) {
    return input.isEmpty() ? ROLE_INPUTS[seller.ordinal()] : input;
  }

  private static String[] roleInputs() {
    Role[] roles = Role.values();
    String[] names = new String[roles.length];
    for (Role role : roles) {
      names[role.ordinal()] = String.valueOf(role.letter());
    }
    return names;
  }

  /**
   * Returns the total delay from ordering to usable goods, {@code orderDelay + leadTime}, in ticks. A chain's
   * validation keeps the sum within an {@code int}.
   *
   * @return {@code orderDelay + leadTime}, in ticks
   * @throws ArithmeticException if the sum overflows an {@code int} (terms that no chain accepts)
   */
  public int totalDelay() {
    return Math.addExact(orderDelay, leadTime);
  }

  /**
   * Returns these terms with the given price per unit.
   *
   * @param price the price per unit paid by the buyer, in currency units
   * @return these terms with the given price per unit
   */
  public GoodsTerms withPrice(double price) {
    return new GoodsTerms(price, leadTime, orderDelay, capacity, share, inputCoefficient, input);
  }

  /**
   * Returns these terms with the given shipping lead time in ticks.
   *
   * @param leadTime the shipping lead time, in ticks
   * @return these terms with the given shipping lead time in ticks
   */
  public GoodsTerms withLeadTime(int leadTime) {
    return new GoodsTerms(price, leadTime, orderDelay, capacity, share, inputCoefficient, input);
  }

  /**
   * Returns these terms with the given order delay in ticks.
   *
   * @param orderDelay the delay of orders from buyer to seller, in ticks
   * @return these terms with the given order delay in ticks
   */
  public GoodsTerms withOrderDelay(int orderDelay) {
    return new GoodsTerms(price, leadTime, orderDelay, capacity, share, inputCoefficient, input);
  }

  /**
   * Returns these terms with the given capacity in units per tick.
   *
   * @param capacity the most the flow can carry per tick, in units; {@link Double#POSITIVE_INFINITY} for none
   * @return these terms with the given capacity in units per tick
   */
  public GoodsTerms withCapacity(double capacity) {
    return new GoodsTerms(price, leadTime, orderDelay, capacity, share, inputCoefficient, input);
  }

  /**
   * Returns these terms with the given sourcing share.
   *
   * @param share the fraction of the buyer's input sourced over this flow, in (0, 1]
   * @return these terms with the given sourcing share
   */
  public GoodsTerms withShare(double share) {
    return new GoodsTerms(price, leadTime, orderDelay, capacity, share, inputCoefficient, input);
  }

  /**
   * Returns these terms with the given input coefficient.
   *
   * @param inputCoefficient units of the seller's product per unit of the buyer's output
   * @return these terms with the given input coefficient
   */
  public GoodsTerms withInputCoefficient(double inputCoefficient) {
    return new GoodsTerms(price, leadTime, orderDelay, capacity, share, inputCoefficient, input);
  }

  /**
   * Returns these terms with the given input name ({@code ""} for the seller's role letter).
   *
   * @param input the name of the input this flow supplies, or {@code ""} for the seller's role letter
   * @return these terms with the given input name ({@code ""} for the seller's role letter)
   */
  public GoodsTerms withInput(String input) {
    return new GoodsTerms(price, leadTime, orderDelay, capacity, share, inputCoefficient, input);
  }

  /**
   * Builds {@link GoodsTerms} by name; every term not set keeps its {@link #defaults() default}. Not thread-safe;
   * values are not checked here but by {@link ValueChain.Builder#build()}.
   */
  public static final class Builder {
    private double price = DEFAULT.price;
    private int leadTime = DEFAULT.leadTime;
    private int orderDelay = DEFAULT.orderDelay;
    private double capacity = DEFAULT.capacity;
    private double share = DEFAULT.share;
    private double inputCoefficient = DEFAULT.inputCoefficient;
    private String input = DEFAULT.input;

    private Builder() {}

    /**
     * Sets the price per unit paid by the buyer.
     *
     * @param price the price, in currency units
     * @return this builder
     */
    public Builder price(double price) {
      this.price = price;
      return this;
    }

    /**
     * Sets the shipping lead time.
     *
     * @param leadTime the lead time, in ticks
     * @return this builder
     */
    public Builder leadTime(int leadTime) {
      this.leadTime = leadTime;
      return this;
    }

    /**
     * Sets the delay of orders from buyer to seller.
     *
     * @param orderDelay the order delay, in ticks
     * @return this builder
     */
    public Builder orderDelay(int orderDelay) {
      this.orderDelay = orderDelay;
      return this;
    }

    /**
     * Sets the most the flow can carry per tick.
     *
     * @param capacity the capacity, in units per tick; {@link Double#POSITIVE_INFINITY} for none
     * @return this builder
     */
    public Builder capacity(double capacity) {
      this.capacity = capacity;
      return this;
    }

    /**
     * Sets the fraction of the buyer's input sourced over this flow.
     *
     * @param share the share, in (0, 1]
     * @return this builder
     */
    public Builder share(double share) {
      this.share = share;
      return this;
    }

    /**
     * Sets the units of the seller's product per unit of the buyer's output.
     *
     * @param inputCoefficient the input coefficient
     * @return this builder
     */
    public Builder inputCoefficient(double inputCoefficient) {
      this.inputCoefficient = inputCoefficient;
      return this;
    }

    /**
     * Sets the name of the input this flow supplies.
     *
     * @param input the name, or {@code ""} for the seller's role letter
     * @return this builder
     * @throws NullPointerException if {@code input} is null
     */
    public Builder input(String input) {
      this.input = Objects.requireNonNull(input, "input");
      return this;
    }

    /**
     * Returns the terms.
     *
     * @return new goods terms with the values set
     */
    public GoodsTerms build() {
      return new GoodsTerms(price, leadTime, orderDelay, capacity, share, inputCoefficient, input);
    }
  }
}
