package io.valueloop.sim;

/**
 * The rules of the stock-based policies that {@link Policies#reorderLot(double, double)},
 * {@link Policies#periodicReview(int, int, double)} and {@link Policies#echelonBaseStock(double)} return: stateless
 * specifications that are their own rules, O(1) per tick (the echelon rule O(|E|), see
 * {@link ActorView#echelonPosition()}), with value-based equality.
 */
final class StockPolicies {
  private StockPolicies() {}

  /** A stateless policy: its own rule, shared by every actor and run. */
  private interface Stateless extends OrderingPolicy, OrderRule {
    @Override
    default OrderRule start(ActorView actor) {
      return this;
    }
  }

  /** (r, Q): the smallest multiple of {@code Q} that lifts the position above {@code r}, when at or below it. */
  record ReorderLot(double reorderPoint, double lot) implements Stateless {
    @Override
    public double order(ActorView actor) {
      double position = Policies.finite("inventory position", actor.inventoryPosition(), actor);
      if (position > reorderPoint) {
        return 0;
      }
      return lot * (Math.floor((reorderPoint - position) / lot) + 1);
    }
  }

  /** (R, S): order up to {@code S} on the review ticks {@code offset, offset + R, ...}. */
  record PeriodicReview(int period, int offset, double orderUpToLevel) implements Stateless {
    @Override
    public double order(ActorView actor) {
      int tick = actor.tick();
      if (tick < offset || (tick - offset) % period != 0) {
        return 0;
      }
      return orderUpToLevel - Policies.finite("inventory position", actor.inventoryPosition(), actor);
    }
  }

  /** Echelon base-stock: order up to {@code S^e} on the echelon position. */
  record EchelonBaseStock(double echelonLevel) implements Stateless {
    @Override
    public double order(ActorView actor) {
      return echelonLevel - Policies.finite("echelon inventory position", actor.echelonPosition(), actor);
    }
  }
}
