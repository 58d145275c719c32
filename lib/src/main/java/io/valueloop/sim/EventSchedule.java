package io.valueloop.sim;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The scenario's events, resolved against the chain when a run starts and applied at step 1 of each tick. The
 * state at a tick depends only on which events are active then (see {@link Event}): when an event starts or ends,
 * its target is recomputed from all the events on it that are active.
 *
 * <p>Cost: O(e log e) at set-up for {@code e} events (their start and end ticks sorted once into buckets); per tick
 * O(1) plus, at a tick where events start or end, the events of that tick and the active events of their targets.
 * A run with events that do not overlap on one target costs O(ticks + e), however many events there are.
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
  /** The distinct ticks below the run's end at which events start or end, ascending. */
  private final int[] boundaries;
  /** The events starting or ending at {@code boundaries[k]}: {@code bucket[bucketStart[k] .. bucketStart[k+1])}. */
  private final int[] bucketStart;
  private final int[] bucket;
  private int nextBoundary;

  /*
   * Windowed events are grouped by kind and target; each group keeps a list of its active events in event order,
   * so that a target is recomputed from its active events alone, in the order the scenario lists them.
   */
  private final int[] group;
  private final int[] capacityGroup;
  private final int[] outageGroup;
  private final int[] head;
  private final int[] next;
  private final int[] previous;
  private long work;

  private final int[] downFlows;
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
    long[] points = resolve(events);
    Arrays.sort(points);
    int distinct = 0;
    for (int k = 0; k < points.length; k++) {
      if (k == 0 || (points[k] >>> 32) != (points[k - 1] >>> 32)) {
        distinct++;
      }
    }
    boundaries = new int[distinct];
    bucketStart = new int[distinct + 1];
    bucket = new int[points.length];
    int b = -1;
    for (int k = 0; k < points.length; k++) {
      int at = (int) (points[k] >>> 32);
      if (b < 0 || boundaries[b] != at) {
        boundaries[++b] = at;
        bucketStart[b] = k;
      }
      bucket[k] = (int) points[k];
    }
    bucketStart[distinct] = points.length;

    group = new int[e];
    capacityGroup = new int[e];
    outageGroup = new int[e];
    Map<Long, Integer> groups = new HashMap<>();
    for (int i = 0; i < e; i++) {
      group[i] = eventKind[i] == PRICE || eventKind[i] == POLICY ? -1 : groupOf(groups, eventKind[i], i);
    }
    for (int i = 0; i < e; i++) {
      boolean capacity = eventKind[i] == CAPACITY || eventKind[i] == OUTAGE;
      capacityGroup[i] = capacity ? groups.getOrDefault(key(CAPACITY, eventTarget[i]), -1) : -1;
      outageGroup[i] = capacity ? groups.getOrDefault(key(OUTAGE, eventTarget[i]), -1) : -1;
    }
    head = new int[groups.size()];
    Arrays.fill(head, -1);
    next = new int[e];
    previous = new int[e];
    int links = 0;
    for (Map.Entry<Long, Integer> entry : groups.entrySet()) {
      links += (int) (entry.getKey() >>> 32) == LINK ? 1 : 0;
    }
    downFlows = new int[links];
  }

  private int groupOf(Map<Long, Integer> groups, int kind, int i) {
    return groups.computeIfAbsent(key(kind, eventTarget[i]), k -> groups.size());
  }

  private static long key(int kind, int target) {
    return ((long) kind << 32) | target;
  }

  /**
   * Resolves the events against the chain and returns their start and end ticks below the run's end, each as
   * {@code tick << 32 | event index}, so that sorting them orders by tick, then event.
   */
  private long[] resolve(List<Event> events) {
    long[] points = new long[2 * events.size()];
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
      if (eventFrom[i] < ticks) {
        points[count++] = ((long) eventFrom[i] << 32) | i;
      }
      if (eventTo[i] < ticks) {
        points[count++] = ((long) eventTo[i] << 32) | i;
      }
    }
    return Arrays.copyOf(points, count);
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
      int from = bucketStart[nextBoundary];
      int to = bucketStart[nextBoundary + 1];
      nextBoundary++;
      for (int k = from; k < to; k++) {
        int i = bucket[k];
        if (group[i] >= 0) {
          if (eventFrom[i] == tick) {
            activate(i);
          } else {
            deactivate(i);
          }
        }
      }
      for (int k = from; k < to; k++) {
        refresh(bucket[k], tick);
      }
      work += to - from;
    }
    for (int i = 0; i < downCount; i++) {
      s.paused[downFlows[i]]++;
    }
  }

  /** Returns the number of event visits so far: linear in events plus boundaries for events that do not overlap. */
  long work() {
    return work;
  }

  /** Adds event {@code i} to the active list of its group, which is kept in event order. */
  private void activate(int i) {
    int g = group[i];
    int before = -1;
    int after = head[g];
    while (after >= 0 && after < i) {
      before = after;
      after = next[after];
      work++;
    }
    previous[i] = before;
    next[i] = after;
    if (before < 0) {
      head[g] = i;
    } else {
      next[before] = i;
    }
    if (after >= 0) {
      previous[after] = i;
    }
  }

  private void deactivate(int i) {
    int before = previous[i];
    int after = next[i];
    if (before < 0) {
      head[group[i]] = after;
    } else {
      next[before] = after;
    }
    if (after >= 0) {
      previous[after] = before;
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
        s.state[RunState.record(target) + RunState.S_DEMAND_FACTOR] = product(group[i]);
        break;
      case LINK:
        boolean down = product(group[i]) == 0;
        if (down != s.linkDown[target]) {
          s.linkDown[target] = down;
          if (down) {
            downFlows[downCount++] = target;
            s.linksTouched = true;
          } else {
            int k = 0;
            while (downFlows[k] != target) {
              k++;
            }
            downFlows[k] = downFlows[--downCount];
          }
        }
        break;
      default:
        double factor = product(capacityGroup[i]) * product(outageGroup[i]);
        // Zero first: an unlimited capacity times zero must be zero, not NaN.
        s.state[RunState.record(target) + RunState.S_CAPACITY] = factor == 0 ? 0 : t.baseCapacity[target] * factor;
        break;
    }
  }

  /**
   * Returns the product, in event order, of the factors of the active events of a group (one kind on one target);
   * outages and link outages count as factor 0; 1 for no group.
   */
  private double product(int g) {
    double p = 1;
    if (g < 0) {
      return p;
    }
    for (int i = head[g]; i >= 0; i = next[i]) {
      p *= eventKind[i] == OUTAGE || eventKind[i] == LINK ? 0 : eventValue[i];
      work++;
    }
    return p;
  }
}
