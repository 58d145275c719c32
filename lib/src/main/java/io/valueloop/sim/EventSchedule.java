package io.valueloop.sim;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * The scenario's events, resolved against the chain when a run starts and applied at step 1 of each tick. The
 * state at a tick depends only on which events are active then (see {@link Event}): when an event starts or ends,
 * its target is recomputed from all the events on it that are active.
 */
final class EventSchedule {
  private static final int OUTAGE = 0;
  private static final int LINK = 1;
  private static final int CAPACITY = 2;
  private static final int DEMAND = 3;
  private static final int PRICE = 4;
  private static final int POLICY = 5;

  private final Topology t;
  private final RunState s;
  private final Rules rules;
  private final int ticks;

  private final int[] eventKind;
  private final int[] eventTarget;
  private final int[] eventFrom;
  private final int[] eventTo;
  private final double[] eventValue;
  private final OrderingPolicy[] eventPolicy;
  private final int[] boundaries;
  private int nextBoundary;

  private int[] downFlows = new int[0];
  private int downCount;

  EventSchedule(Topology topology, RunState state, Rules rules, List<Event> events, int ticks) {
    this.t = topology;
    this.s = state;
    this.rules = rules;
    this.ticks = ticks;
    int e = events.size();
    eventKind = new int[e];
    eventTarget = new int[e];
    eventFrom = new int[e];
    eventTo = new int[e];
    eventValue = new double[e];
    eventPolicy = new OrderingPolicy[e];
    boundaries = resolve(events);
  }

  private int[] resolve(List<Event> events) {
    int[] points = new int[2 * events.size()];
    int count = 0;
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      eventFrom[i] = e.from();
      eventTo[i] = Integer.MAX_VALUE;
      if (e instanceof Event.ActorOutage) {
        Event.ActorOutage o = (Event.ActorOutage) e;
        eventKind[i] = OUTAGE;
        eventTarget[i] = actor(o.actorId(), "actor outage");
        eventTo[i] = o.to();
      } else if (e instanceof Event.CapacityShock) {
        Event.CapacityShock c = (Event.CapacityShock) e;
        eventKind[i] = CAPACITY;
        eventTarget[i] = actor(c.actorId(), "capacity shock");
        eventTo[i] = c.to();
        eventValue[i] = c.factor();
      } else if (e instanceof Event.DemandShock) {
        Event.DemandShock d = (Event.DemandShock) e;
        eventKind[i] = DEMAND;
        eventTarget[i] = actor(d.segmentId(), "demand shock");
        if (t.kind[eventTarget[i]] != Topology.CONSUMER) {
          throw new IllegalArgumentException("demand shock target must be a consumer segment but was role "
              + t.chain.role(eventTarget[i]) + " (" + d.segmentId() + ")");
        }
        eventTo[i] = d.to();
        eventValue[i] = d.factor();
      } else if (e instanceof Event.LinkOutage) {
        Event.LinkOutage l = (Event.LinkOutage) e;
        eventKind[i] = LINK;
        eventTarget[i] = goodsFlow(l.sellerId(), l.buyerId(), "link outage");
        eventTo[i] = l.to();
      } else if (e instanceof Event.PriceChange) {
        Event.PriceChange p = (Event.PriceChange) e;
        eventKind[i] = PRICE;
        eventTarget[i] = goodsFlow(p.sellerId(), p.buyerId(), "price change");
        eventValue[i] = p.price();
      } else {
        Event.PolicyChange p = (Event.PolicyChange) e;
        eventKind[i] = POLICY;
        eventTarget[i] = actor(p.actorId(), "policy change");
        if (!t.orders(eventTarget[i])) {
          throw new IllegalArgumentException("policy change actor must order goods but was one without goods "
              + "suppliers or customers (" + p.actorId() + ")");
        }
        eventPolicy[i] = p.policy();
      }
      points[count++] = eventFrom[i];
      if (eventTo[i] != Integer.MAX_VALUE) {
        points[count++] = eventTo[i];
      }
    }
    return Arrays.stream(points, 0, count).filter(p -> p < ticks).sorted().distinct().toArray();
  }

  private int actor(String id, String what) {
    OptionalInt a = t.chain.indexOf(id);
    if (a.isEmpty()) {
      throw new IllegalArgumentException(what + " actor must be an actor of the chain but was '" + id + "'");
    }
    return a.getAsInt();
  }

  private int goodsFlow(String sellerId, String buyerId, String what) {
    int seller = actor(sellerId, what);
    int buyer = actor(buyerId, what);
    for (int g = t.outStart[seller]; g < t.outStart[seller + 1]; g++) {
      if (t.buyer[g] == buyer) {
        return g;
      }
    }
    throw new IllegalArgumentException(what + " flow must be a goods flow of the chain but was none ("
        + sellerId + "->" + buyerId + ")");
  }

  /** Step 1: applies the events that start or end at {@code tick}, and advances the clocks of paused links. */
  void apply(int tick) {
    if (nextBoundary < boundaries.length && boundaries[nextBoundary] == tick) {
      nextBoundary++;
      for (int i = 0; i < eventKind.length; i++) {
        if (eventFrom[i] == tick || eventTo[i] == tick) {
          refresh(i, tick);
        }
      }
    }
    for (int i = 0; i < downCount; i++) {
      s.paused[downFlows[i]]++;
    }
  }

  /** Recomputes the target of event {@code i} from all events active now, or applies it if it is a point event. */
  private void refresh(int i, int tick) {
    int target = eventTarget[i];
    switch (eventKind[i]) {
      case PRICE:
        s.flowData[t.flowInt[Topology.FI * target + Topology.F_DATA] + Topology.D_PRICE] =
            t.chain.payment(target).isPresent() ? eventValue[i] : 0;
        break;
      case POLICY:
        rules.start(eventPolicy[i], target, tick);
        break;
      case DEMAND:
        s.state[RunState.AS * target + RunState.S_DEMAND_FACTOR] = product(DEMAND, target, tick);
        break;
      case LINK:
        s.linkDown[target] = product(LINK, target, tick) == 0;
        s.linksTouched |= s.linkDown[target];
        downCount = 0;
        for (int g = 0; g < t.m; g++) {
          if (s.linkDown[g]) {
            if (downCount == downFlows.length) {
              downFlows = Arrays.copyOf(downFlows, Math.max(4, 2 * downCount));
            }
            downFlows[downCount++] = g;
          }
        }
        break;
      default:
        double factor = product(CAPACITY, target, tick) * product(OUTAGE, target, tick);
        // Zero first: an unlimited capacity times zero must be zero, not NaN.
        s.state[RunState.AS * target + RunState.S_CAPACITY] = factor == 0 ? 0 : t.baseCapacity[target] * factor;
        break;
    }
  }

  /**
   * Returns the product of the factors of the events of a kind on a target active at this tick; outages and link
   * outages count as factor 0.
   */
  private double product(int kind, int target, int tick) {
    double p = 1;
    for (int i = 0; i < eventKind.length; i++) {
      if (eventKind[i] == kind && eventTarget[i] == target && eventFrom[i] <= tick && tick < eventTo[i]) {
        p *= kind == OUTAGE || kind == LINK ? 0 : eventValue[i];
      }
    }
    return p;
  }
}
