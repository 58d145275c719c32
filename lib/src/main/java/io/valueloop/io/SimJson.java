package io.valueloop.io;

import io.valueloop.sim.DemandProcess;
import io.valueloop.sim.DemandProcesses;
import io.valueloop.sim.Event;
import io.valueloop.sim.Forecast;
import io.valueloop.sim.OrderingPolicy;
import io.valueloop.sim.Policies;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Policies, forecasts, demand processes and events as JSON objects with a {@code type} from a closed list, read
 * by calling the library's own factories ({@link Policies}, {@link DemandProcesses}, {@link Event}), so that a file
 * can only ever name what those factories make.
 *
 * <p>Writing reads the parameters back from the value: the factories return records, whose components are read
 * by reflection within this module; a custom policy or process (a lambda) cannot be written and is refused.
 */
final class SimJson {
  static final List<String> POLICY_TYPES = List.of("lotForLot", "orderUpTo", "reorderPoint", "fixedQuantity",
      "anchoring", "reorderLot", "periodicReview", "echelonBaseStock");
  static final List<String> DEMAND_TYPES = List.of("constant", "step", "uniform", "normal", "truncatedNormal",
      "poisson", "ar1", "seasonal", "replay");
  static final List<String> EVENT_TYPES = List.of("actorOutage", "linkOutage", "capacityShock", "demandShock",
      "priceChange", "policyChange");

  private SimJson() {}

  /** Returns the policy an object describes, or null after reporting problems. */
  static OrderingPolicy policy(Json node, Reading reading) {
    return typed(node, "policy", POLICY_TYPES, reading, (type, f) -> policyMaker(type, f, reading));
  }

  /** Reads the fields of one type of policy and returns how to make it. */
  private static Supplier<OrderingPolicy> policyMaker(String type, Reading.Fields f, Reading reading) {
    switch (type) {
      case "orderUpTo": {
        Forecast forecast = forecast(f.required("forecast"), reading);
        double z = f.number("safetyFactor", 0);
        Integer window = f.integer("errorWindow");
        return () -> window == null ? Policies.orderUpTo(forecast, z) : Policies.orderUpTo(forecast, z, window);
      }
      case "reorderPoint": {
        Double s = reading.number(f.required("reorderPoint"), "reorderPoint", false);
        Double big = reading.number(f.required("orderUpToLevel"), "orderUpToLevel", false);
        return () -> Policies.reorderPoint(s, big);
      }
      case "reorderLot": {
        Double r = reading.number(f.required("reorderPoint"), "reorderPoint", false);
        Double lot = reading.number(f.required("lot"), "lot", false);
        return () -> Policies.reorderLot(r, lot);
      }
      case "periodicReview": {
        Integer period = reading.integer(f.required("period"), "period");
        Integer offset = f.integer("offset");
        Double level = reading.number(f.required("orderUpToLevel"), "orderUpToLevel", false);
        return () -> Policies.periodicReview(period, offset == null ? 0 : offset, level);
      }
      case "echelonBaseStock": {
        Double level = reading.number(f.required("echelonLevel"), "echelonLevel", false);
        return () -> Policies.echelonBaseStock(level);
      }
      case "fixedQuantity": {
        Double quantity = reading.number(f.required("quantity"), "quantity", false);
        return () -> Policies.fixedQuantity(quantity);
      }
      case "anchoring": {
        Double theta = reading.number(f.required("theta"), "theta", false);
        Double alpha = reading.number(f.required("stockAdjustment"), "stockAdjustment", false);
        Double beta = reading.number(f.required("supplyLineWeight"), "supplyLineWeight", false);
        Double anchor = reading.number(f.required("anchor"), "anchor", false);
        return () -> Policies.anchoring(theta, alpha, beta, anchor);
      }
      default:
        return Policies::lotForLot;
    }
  }

  private static Forecast forecast(Json node, Reading reading) {
    return typed(node, "forecast", List.of("movingAverage", "exponentialSmoothing"), reading,
        (type, f) -> forecastMaker(type, f, reading));
  }

  /** Reads the fields of one type of forecast and returns how to make it. */
  private static Supplier<Forecast> forecastMaker(String type, Reading.Fields f, Reading reading) {
    if (type.equals("movingAverage")) {
      Integer window = reading.integer(f.required("window"), "window");
      return () -> Forecast.movingAverage(window);
    } else {
      Double alpha = reading.number(f.required("alpha"), "alpha", false);
      return () -> Forecast.exponentialSmoothing(alpha);
    }
  }

  /** Returns the demand process an object describes, or null after reporting problems. */
  static DemandProcess demand(Json node, Reading reading) {
    return typed(node, "demand", DEMAND_TYPES, reading, (type, f) -> demandMaker(type, f, reading));
  }

  /** Reads the fields of one type of demand and returns how to make it. */
  private static Supplier<DemandProcess> demandMaker(String type, Reading.Fields f, Reading reading) {
    switch (type) {
      case "constant": {
        Double mean = reading.number(f.required("mean"), "mean", false);
        return () -> DemandProcesses.constant(mean);
      }
      case "step": {
        Double from = reading.number(f.required("before"), "before", false);
        Double to = reading.number(f.required("after"), "after", false);
        Integer at = reading.integer(f.required("atTick"), "atTick");
        return () -> DemandProcesses.step(from, to, at);
      }
      case "uniform": {
        Double min = reading.number(f.required("min"), "min", false);
        Double max = reading.number(f.required("max"), "max", false);
        return () -> DemandProcesses.uniform(min, max);
      }
      case "normal":
      case "truncatedNormal": {
        Double mean = reading.number(f.required("mean"), "mean", false);
        Double sd = reading.number(f.required("sd"), "sd", false);
        return type.equals("normal") ? () -> DemandProcesses.normal(mean, sd)
            : () -> DemandProcesses.truncatedNormal(mean, sd);
      }
      case "poisson": {
        Double mean = reading.number(f.required("mean"), "mean", false);
        return () -> DemandProcesses.poisson(mean);
      }
      case "ar1": {
        Double mean = reading.number(f.required("mean"), "mean", false);
        Double rho = reading.number(f.required("rho"), "rho", false);
        Double sd = reading.number(f.required("sd"), "sd", false);
        return () -> DemandProcesses.ar1(mean, rho, sd);
      }
      case "seasonal": {
        Double base = reading.number(f.required("base"), "base", false);
        Double amplitude = reading.number(f.required("amplitude"), "amplitude", false);
        Double period = reading.number(f.required("period"), "period", false);
        Double noise = reading.number(f.required("noise"), "noise", false);
        return () -> DemandProcesses.seasonal(base, amplitude, period, noise);
      }
      default: {
        List<Json> items = reading.array(f.required("series"), "series");
        double[] series = new double[items.size()];
        for (int i = 0; i < series.length; i++) {
          Double value = reading.number(items.get(i), "demand", false);
          series[i] = value == null ? 0 : value;
        }
        return () -> DemandProcesses.replay(series);
      }
    }
  }

  /** Returns the event an object describes, or null after reporting problems. */
  static Event event(Json node, Reading reading) {
    return typed(node, "event", EVENT_TYPES, reading, (type, f) -> eventMaker(type, f, reading));
  }

  /** Reads the fields of one type of event and returns how to make it. */
  private static Supplier<Event> eventMaker(String type, Reading.Fields f, Reading reading) {
    Integer from = reading.integer(f.required("from"), "from");
    switch (type) {
      case "actorOutage":
      case "capacityShock": {
        String actor = reading.string(f.required("actorId"), "actorId");
        Integer to = reading.integer(f.required("to"), "to");
        Double factor = type.equals("capacityShock") ? reading.number(f.required("factor"), "factor", false) : null;
        return factor == null ? () -> Event.actorOutage(actor, from, to)
            : () -> Event.capacityShock(actor, from, to, factor);
      }
      case "linkOutage": {
        String seller = reading.string(f.required("sellerId"), "sellerId");
        String buyer = reading.string(f.required("buyerId"), "buyerId");
        Integer to = reading.integer(f.required("to"), "to");
        return () -> Event.linkOutage(seller, buyer, from, to);
      }
      case "demandShock": {
        String segment = reading.string(f.required("segmentId"), "segmentId");
        Integer to = reading.integer(f.required("to"), "to");
        Double factor = reading.number(f.required("factor"), "factor", false);
        return () -> Event.demandShock(segment, from, to, factor);
      }
      case "priceChange": {
        String seller = reading.string(f.required("sellerId"), "sellerId");
        String buyer = reading.string(f.required("buyerId"), "buyerId");
        Double price = reading.number(f.required("price"), "price", false);
        return () -> Event.priceChange(seller, buyer, from, price);
      }
      default: {
        String actor = reading.string(f.required("actorId"), "actorId");
        OrderingPolicy policy = policy(f.required("policy"), reading);
        return () -> Event.policyChange(actor, from, policy);
      }
    }
  }

  /** Reads the fields of one type of a typed object and returns how to make its value. */
  @FunctionalInterface
  interface Maker<T> {
    Supplier<T> read(String type, Reading.Fields f);
  }

  /**
   * Reads a typed object, {@code {"type": ..., <fields>}}: checks that the type is one of {@code types}, has
   * {@code maker} read that type's fields, reports fields it did not read, then makes the value (a factory's refusal
   * becomes a problem at the object). Returns null after reporting problems.
   */
  static <T> T typed(Json node, String what, List<String> types, Reading reading, Maker<T> maker) {
    Reading.Fields f = reading.object(node, what);
    String type = f == null ? null : type(f, types, reading);
    if (type == null) {
      return null;
    }
    long before = reading.problems.count();
    Supplier<T> make = maker.read(type, f);
    f.end();
    return reading.problems.count() > before ? null : make(make, node, reading);
  }

  /** Reads an object's {@code type} field, one of {@code types}; null after reporting a problem. */
  static String type(Reading.Fields f, List<String> types, Reading reading) {
    Json node = f.required("type");
    String type = reading.string(node, "type");
    if (type != null && !types.contains(type)) {
      reading.problem(node, "type must be one of " + String.join(", ", types) + " but was " + Reading.shown(node)
          + Reading.hint(type, types));
      return null;
    }
    if (type == null) {
      f.end();
    }
    return type;
  }

  /** Calls a factory, turning its refusal (a value out of range) into a problem at the object. */
  static <T> T make(Supplier<T> factory, Json node, Reading reading) {
    try {
      return factory.get();
    } catch (IllegalArgumentException e) {
      reading.problem(node, e.getMessage());
      return null;
    }
  }

  /** Returns a policy as JSON; throws IllegalArgumentException for a policy no factory of the library made. */
  static Json policy(OrderingPolicy policy) {
    Map<String, Object> parts = components(policy, "policy", "Policies");
    Json json = Json.object().put("type", typeName(policy));
    parts.forEach((name, value) -> json.put(name, value instanceof Forecast forecast ? forecast(forecast)
        : value(value)));
    return json;
  }

  private static Json forecast(Forecast forecast) {
    return forecast.window().isPresent()
        ? Json.object().put("type", "movingAverage").put("window", Json.number(forecast.window().getAsInt()))
        : Json.object().put("type", "exponentialSmoothing").put("alpha", forecast.alpha().getAsDouble());
  }

  /** Returns a demand process as JSON; throws IllegalArgumentException for a custom process. */
  static Json demand(DemandProcess process) {
    Map<String, Object> parts = components(process, "demand process", "DemandProcesses");
    String type = typeName(process);
    if (type.equals("step") && Double.compare((double) parts.get("before"), (double) parts.get("after")) == 0
        && (int) parts.get("atTick") == 0) {
      return Json.object().put("type", "constant").put("mean", (double) parts.get("before"));
    }
    if (type.equals("normal")) {
      boolean truncated = (boolean) parts.remove("truncated");
      type = truncated ? "truncatedNormal" : "normal";
    }
    Json json = Json.object().put("type", type);
    parts.forEach((name, value) -> json.put(name, value(value)));
    return json;
  }

  /** Returns an event as JSON. */
  static Json event(Event event) {
    Json json = Json.object().put("type", typeName(event));
    components(event, "event", "Event").forEach((name, value) -> json.put(name,
        value instanceof OrderingPolicy policy ? policy(policy) : value(value)));
    return json;
  }

  private static Json value(Object value) {
    if (value instanceof double[] series) {
      Json array = Json.array();
      for (double x : series) {
        array.add(Json.number(x));
      }
      return array;
    }
    if (value instanceof Integer number) {
      return Json.number(number.longValue());
    }
    if (value instanceof Double number) {
      return Json.number(number);
    }
    return Json.string(String.valueOf(value));
  }

  private static String typeName(Object value) {
    String name = value.getClass().getSimpleName();
    return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
  }

  /** The components of one of the library's records, by name in declaration order. */
  private static Map<String, Object> components(Object value, String what, String factories) {
    Class<?> type = value.getClass();
    if (!type.isRecord() || !type.getPackageName().equals(Policies.class.getPackageName())) {
      throw new IllegalArgumentException(what + " must be made by " + factories + " to be written to a file but was "
          + value + " (" + type.getName() + ")");
    }
    Map<String, Object> parts = new LinkedHashMap<>();
    for (RecordComponent component : type.getRecordComponents()) {
      Method accessor = component.getAccessor();
      try {
        accessor.setAccessible(true);
        parts.put(component.getName(), accessor.invoke(value));
      } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
        throw new IllegalStateException("the " + what + "'s " + component.getName() + " must be readable but was not"
            + " (" + value + ")", e);
      }
    }
    return parts;
  }
}
