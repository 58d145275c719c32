package io.valueloop.sim;

import io.valueloop.flow.CompiledChain;

/** The view observers and recorders see at the end of a tick (step 9): the run's state and money, read only. */
final class EndOfTickView implements TickView {
  private final Topology t;
  private final RunState s;
  private final Ledger ledger;
  int tick;

  EndOfTickView(Topology t, RunState s, Ledger ledger) {
    this.t = t;
    this.s = s;
    this.ledger = ledger;
  }

  @Override
  public int tick() {
    return tick;
  }

  @Override
  public CompiledChain chain() {
    return t.chain;
  }

  @Override
  public double value(Series series, int a) {
    switch (series) {
      case ON_HAND:
        return s.onHandView(a);
      case BACKLOG:
        return s.backlogView(a);
      case ON_ORDER:
        return s.onOrderView(a);
      case INCOMING_ORDERS:
        return s.field(a, RunState.S_INCOMING);
      case ORDERS:
        return s.field(a, RunState.S_ORDERED);
      case SHIPPED:
        return s.field(a, RunState.S_SHIPPED);
      case RECEIVED:
        return s.field(a, RunState.S_RECEIVED);
      case DEMAND_SIGNAL:
        return s.field(a, t.kind[a] == Topology.CONSUMER ? RunState.S_ORDERED : RunState.S_SIGNAL);
      case CONSUMER_DEMAND:
        return s.field(a, RunState.S_EXPOSURE);
      case CAPACITY:
        return s.field(a, RunState.S_CAPACITY);
      case REVENUE:
        return ledger.revenue[a];
      case COST:
        return ledger.cost[a];
      case PROFIT:
        return ledger.revenue[a] - ledger.cost[a];
      default:
        throw new AssertionError(series);
    }
  }

  @Override
  public String toString() {
    return "TickView{tick=" + tick + "}";
  }
}
