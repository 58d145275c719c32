package io.valueloop.io;

import io.valueloop.model.Role;
import io.valueloop.sim.DemandProcess;
import io.valueloop.sim.Event;
import io.valueloop.sim.OrderingPolicy;
import io.valueloop.sim.Scenario;
import io.valueloop.sim.Series;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The scenario format: every setting of {@link Scenario.Builder}, by the builder's names. See
 * {@code docs/file-formats.md}.
 */
final class ScenarioJson {
  private ScenarioJson() {}

  /**
   * Reads a scenario object; returns null after reporting problems.
   *
   * @param header whether the object is a file's root, with {@code format} and {@code kind}
   */
  static Scenario read(Json root, boolean header, Reading reading) {
    Reading.Fields f = reading.object(root, "the scenario");
    if (f == null) {
      return null;
    }
    if (header) {
      reading.header(f, ModelFiles.Kind.SCENARIO.fieldValue());
    } else {
      f.known("format", "kind");
    }
    long before = reading.problems.count();
    Json ticksNode = f.required("ticks");
    Integer ticks = reading.integer(ticksNode, "ticks");
    Scenario.Builder b = null;
    if (ticks != null) {
      try {
        b = Scenario.builder(ticks);
      } catch (IllegalArgumentException e) {
        reading.problem(ticksNode, e.getMessage());
      }
    }
    List<Consumer<Scenario.Builder>> settings = new ArrayList<>();
    Integer warmUp = f.integer("warmUp");
    Long seed = reading.longInteger(f.get("seed"), "seed");
    Long replication = reading.longInteger(f.get("replication"), "replication");
    Integer productionLeadTime = f.integer("productionLeadTime");
    setting(settings, f.get("warmUp"), warmUp, (s, v) -> s.warmUp(v));
    setting(settings, f.get("seed"), seed, (s, v) -> s.seed(v));
    setting(settings, f.get("replication"), replication, (s, v) -> s.replication(v));
    setting(settings, f.get("productionLeadTime"), productionLeadTime, (s, v) -> s.productionLeadTime(v));
    boolean sharing = f.bool("informationSharing", true);
    boolean negative = f.bool("negativeOrders", false);
    boolean steady = f.bool("steadyStart", true);
    boolean conservation = f.bool("conservationCheck", false);
    settings.add(s -> s.informationSharing(sharing).negativeOrders(negative).steadyStart(steady)
        .conservationCheck(conservation));
    policies(f.get("policies"), reading, settings);
    demand(f.get("demand"), reading, settings);
    for (Json node : reading.array(f.get("events"), "events")) {
      Event event = SimJson.event(node, reading);
      setting(settings, node, event, (s, v) -> s.event(v));
    }
    record(f.get("record"), reading, settings);
    MechanicsJson.read(f, reading, settings);
    RolesJson.read(f, reading, settings);
    f.end();
    if (b == null) {
      return null;
    }
    // Settings are applied in file order of their kind; a refusal (warm-up beyond the ticks) names its value.
    for (Consumer<Scenario.Builder> setting : settings) {
      try {
        setting.accept(b);
      } catch (SettingRefused e) {
        reading.problem(e.at, e.getMessage());
      }
    }
    return reading.problems.count() > before ? null : b.build();
  }

  /** A setting that the builder may refuse: the refusal becomes a problem at the value. */
  interface Setter<T> {
    void set(Scenario.Builder builder, T value);
  }

  /** Adds a setting of a value read at {@code at}; nothing for a null value (a problem was reported). */
  static <T> void setting(List<Consumer<Scenario.Builder>> settings, Json at, T value, Setter<T> setter) {
    if (value == null) {
      return;
    }
    settings.add(b -> {
      try {
        setter.set(b, value);
      } catch (IllegalArgumentException e) {
        throw new SettingRefused(at, e.getMessage());
      }
    });
  }

  private static void policies(Json node, Reading reading, List<Consumer<Scenario.Builder>> settings) {
    Reading.Fields f = reading.object(node, "policies");
    if (f == null) {
      return;
    }
    byDefault(f, reading, settings, SimJson::policy, (s, v) -> s.policy(v));
    Reading.Fields roles = reading.object(f.get("roles"), "roles");
    if (roles != null) {
      for (Map.Entry<String, Json> entry : roles.node.fields().entrySet()) {
        Optional<Role> role = entry.getKey().length() == 1 ? Role.ofLetter(entry.getKey().charAt(0))
            : Optional.empty();
        OrderingPolicy policy = SimJson.policy(entry.getValue(), reading);
        if (role.isEmpty()) {
          reading.problem(entry.getValue(), "the role must be one of M, S, B, C, P, L, F but was '" + entry.getKey()
              + "'");
        } else {
          setting(settings, entry.getValue(), policy, (s, v) -> s.policy(role.get(), v));
        }
      }
    }
    byActor(f, "actors", reading, settings, SimJson::policy, id -> (s, v) -> s.policy(id, v));
    f.end();
  }

  private static void demand(Json node, Reading reading, List<Consumer<Scenario.Builder>> settings) {
    Reading.Fields f = reading.object(node, "demand");
    if (f == null) {
      return;
    }
    byDefault(f, reading, settings, SimJson::demand, (s, v) -> s.demand(v));
    byActor(f, "segments", reading, settings, SimJson::demand, id -> (s, v) -> s.demand(id, v));
    f.end();
  }

  /** Puts a non-empty map as an object field, each key named by {@code name} and each value written by {@code write}. */
  private static <K, V> void putUnlessEmpty(Json parent, String field, Map<K, V> map, Function<K, String> name,
      Function<V, Json> write) {
    if (!map.isEmpty()) {
      Json object = Json.object();
      map.forEach((key, value) -> object.put(name.apply(key), write.apply(value)));
      parent.put(field, object);
    }
  }

  /** Reads the {@code "default"} value, if given, adding a setting for it. */
  private static <T> void byDefault(Reading.Fields f, Reading reading, List<Consumer<Scenario.Builder>> settings,
      BiFunction<Json, Reading, T> read, Setter<T> setter) {
    Json fallback = f.get("default");
    if (fallback != null) {
      setting(settings, fallback, read.apply(fallback, reading), setter);
    }
  }

  /** Reads an object of values by actor id, {@code {"<id>": value, ...}}, adding a setting for each value read. */
  private static <T> void byActor(Reading.Fields f, String field, Reading reading,
      List<Consumer<Scenario.Builder>> settings, BiFunction<Json, Reading, T> read, Function<String, Setter<T>> setter) {
    Reading.Fields values = reading.object(f.get(field), field);
    if (values != null) {
      for (Map.Entry<String, Json> entry : values.node.fields().entrySet()) {
        setting(settings, entry.getValue(), read.apply(entry.getValue(), reading), setter.apply(entry.getKey()));
      }
    }
  }

  private static void record(Json node, Reading reading, List<Consumer<Scenario.Builder>> settings) {
    Reading.Fields f = reading.object(node, "record");
    if (f == null) {
      return;
    }
    for (Json item : reading.array(f.get("all"), "all")) {
      setting(settings, item, reading.constant(item, "series", Series.class), (s, v) -> s.recordAll(v));
    }
    Reading.Fields roles = reading.object(f.get("roles"), "roles");
    for (Map.Entry<String, Json> entry : roles == null ? Set.<Map.Entry<String, Json>>of()
        : roles.node.fields().entrySet()) {
      Series series = seriesNamed(entry.getKey(), entry.getValue(), reading);
      for (Json item : reading.array(entry.getValue(), "roles")) {
        Role role = reading.constant(item, "role", Role.class);
        if (series != null) {
          setting(settings, item, role, (s, v) -> s.record(series, v));
        }
      }
    }
    Reading.Fields actors = reading.object(f.get("actors"), "actors");
    for (Map.Entry<String, Json> entry : actors == null ? Set.<Map.Entry<String, Json>>of()
        : actors.node.fields().entrySet()) {
      Series series = seriesNamed(entry.getKey(), entry.getValue(), reading);
      for (Json item : reading.array(entry.getValue(), "actors")) {
        String id = reading.string(item, "actor id");
        if (series != null) {
          setting(settings, item, id, (s, v) -> s.record(series, v));
        }
      }
    }
    f.end();
  }

  private static Series seriesNamed(String name, Json at, Reading reading) {
    for (Series series : Series.values()) {
      if (series.name().equals(name)) {
        return series;
      }
    }
    List<String> names = Arrays.stream(Series.values()).map(Enum::name).toList();
    reading.problem(at, "the series must be one of " + names + " but was '" + name + "'" + Reading.hint(name, names));
    return null;
  }

  /** Thrown inside {@link #read} when the builder refuses a value; caught there and turned into a problem. */
  static final class SettingRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Json at;

    SettingRefused(Json at, String message) {
      super(message, null, false, false);
      this.at = at;
    }
  }

  /** Returns a scenario as JSON; every setting that differs from its default is written. */
  static Json write(Scenario scenario, boolean header) {
    Json root = Json.object();
    if (header) {
      root.put("format", Reading.FORMAT).put("kind", ModelFiles.Kind.SCENARIO.fieldValue());
    }
    root.put("ticks", Json.number(scenario.ticks()));
    if (scenario.warmUp() != 0) {
      root.put("warmUp", Json.number(scenario.warmUp()));
    }
    if (scenario.seed() != 0) {
      root.put("seed", Json.number(scenario.seed()));
    }
    if (scenario.replication() != 0) {
      root.put("replication", Json.number(scenario.replication()));
    }
    Json policies = Json.object();
    if (!scenario.defaultPolicy().equals(Scenario.DEFAULT_POLICY)) {
      policies.put("default", SimJson.policy(scenario.defaultPolicy()));
    }
    putUnlessEmpty(policies, "roles", scenario.rolePolicies(), Role::name, SimJson::policy);
    putUnlessEmpty(policies, "actors", scenario.actorPolicies(), id -> id, SimJson::policy);
    if (!policies.fields().isEmpty()) {
      root.put("policies", policies);
    }
    Json demand = Json.object();
    scenario.defaultDemand().ifPresent(process -> demand.put("default", SimJson.demand(process)));
    putUnlessEmpty(demand, "segments", scenario.segmentDemand(), id -> id, SimJson::demand);
    if (!demand.fields().isEmpty()) {
      root.put("demand", demand);
    }
    root.put("informationSharing", scenario.informationSharing());
    root.put("negativeOrders", scenario.negativeOrders());
    if (scenario.productionLeadTime() != 1) {
      root.put("productionLeadTime", Json.number(scenario.productionLeadTime()));
    }
    root.put("steadyStart", scenario.steadyStart());
    if (!scenario.events().isEmpty()) {
      Json events = Json.array();
      scenario.events().forEach(event -> events.add(SimJson.event(event)));
      root.put("events", events);
    }
    Json record = Json.object();
    if (!scenario.recordedForAll().isEmpty()) {
      Json all = Json.array();
      scenario.recordedForAll().forEach(series -> all.add(Json.string(series.name())));
      record.put("all", all);
    }
    if (!scenario.recordedRoles().isEmpty()) {
      Json roles = Json.object();
      scenario.recordedRoles().forEach((series, set) -> {
        Json list = Json.array();
        set.forEach(role -> list.add(Json.string(role.name())));
        roles.put(series.name(), list);
      });
      record.put("roles", roles);
    }
    if (!scenario.recordedActors().isEmpty()) {
      Json actors = Json.object();
      scenario.recordedActors().forEach((series, ids) -> {
        Json list = Json.array();
        ids.forEach(id -> list.add(Json.string(id)));
        actors.put(series.name(), list);
      });
      record.put("actors", actors);
    }
    if (!record.fields().isEmpty()) {
      root.put("record", record);
    }
    if (scenario.conservationCheck()) {
      root.put("conservationCheck", true);
    }
    MechanicsJson.write(scenario.mechanics(), root);
    RolesJson.write(scenario, root);
    return root;
  }
}
