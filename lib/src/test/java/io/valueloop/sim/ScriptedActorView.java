package io.valueloop.sim;

import io.valueloop.model.Role;

/** A hand-driven {@link ActorView} for policy tests: the test sets the state a rule sees at step 8. */
final class ScriptedActorView implements ActorView {
  private final String id;
  private int tick;
  private double onHand;
  private double backlog;
  private double onOrder;
  private double incomingOrders;
  private double signal;
  private int leadTime = 1;
  private double echelon = Double.NaN;

  ScriptedActorView(String id) {
    this.id = id;
  }

  /** Sets the signal (also the incoming orders) of the current tick. */
  ScriptedActorView signal(double value) {
    this.signal = value;
    this.incomingOrders = value;
    return this;
  }

  ScriptedActorView stock(double onHand, double backlog, double onOrder) {
    this.onHand = onHand;
    this.backlog = backlog;
    this.onOrder = onOrder;
    return this;
  }

  /** Sets the inventory position as on-order alone (no stock, no backlog). */
  ScriptedActorView position(double value) {
    return stock(0, 0, value);
  }

  /** Sets the echelon position (by default the local position). */
  ScriptedActorView echelon(double value) {
    this.echelon = value;
    return this;
  }

  ScriptedActorView leadTime(int value) {
    this.leadTime = value;
    return this;
  }

  ScriptedActorView tick(int value) {
    this.tick = value;
    return this;
  }

  @Override
  public int tick() {
    return tick;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Role role() {
    return Role.B;
  }

  @Override
  public double onHand() {
    return onHand;
  }

  @Override
  public double backlog() {
    return backlog;
  }

  @Override
  public double onOrder() {
    return onOrder;
  }

  @Override
  public double incomingOrders() {
    return incomingOrders;
  }

  @Override
  public double shipped() {
    return 0;
  }

  @Override
  public double received() {
    return 0;
  }

  @Override
  public double demandSignal() {
    return signal;
  }

  @Override
  public int leadTime() {
    return leadTime;
  }

  @Override
  public double echelonPosition() {
    return Double.isNaN(echelon) ? inventoryPosition() : echelon;
  }
}
