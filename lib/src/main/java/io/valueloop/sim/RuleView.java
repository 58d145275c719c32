package io.valueloop.sim;

import io.valueloop.model.Role;

/**
 * The view an actor's rule sees at step 8 (and a policy when it starts a rule): one object pointed at actor after
 * actor, reading the run's state. Each thread of a run has its own.
 */
final class RuleView implements ActorView {
  private final Topology t;
  private final RunState s;
  int actor;
  int tick;
  /** The echelons of the actors that ask for their echelon position, found at the first ask. */
  private Echelons echelons;

  RuleView(Topology t, RunState s) {
    this.t = t;
    this.s = s;
  }

  @Override
  public int tick() {
    return tick;
  }

  @Override
  public String id() {
    return t.chain.id(actor);
  }

  @Override
  public Role role() {
    return t.chain.role(actor);
  }

  @Override
  public double onHand() {
    return s.onHandView(actor);
  }

  @Override
  public double backlog() {
    return s.backlogView(actor);
  }

  @Override
  public double onOrder() {
    return s.onOrderView(actor);
  }

  @Override
  public double echelonPosition() {
    if (echelons == null) {
      echelons = new Echelons(t, s);
    }
    return echelons.position(actor);
  }

  @Override
  public double incomingOrders() {
    return s.field(actor, RunState.S_INCOMING);
  }

  @Override
  public double shipped() {
    return s.field(actor, RunState.S_SHIPPED);
  }

  @Override
  public double received() {
    return s.field(actor, RunState.S_RECEIVED);
  }

  @Override
  public double demandSignal() {
    return s.field(actor, RunState.S_SIGNAL);
  }

  @Override
  public int leadTime() {
    int lead = t.actorInt[Topology.AI * actor + Topology.A_LEAD];
    return lead > 0 ? lead : s.production;
  }

  @Override
  public String toString() {
    return "ActorView{" + id() + ", tick=" + tick + "}";
  }
}
