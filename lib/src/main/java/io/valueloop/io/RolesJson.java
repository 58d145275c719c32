package io.valueloop.io;

import io.valueloop.sim.Adoption;
import io.valueloop.sim.Churn;
import io.valueloop.sim.Conversion;
import io.valueloop.sim.Leaving;
import io.valueloop.sim.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The scenario fields of role dynamics: {@code conversions} ({@link Conversion}), {@code adoptions}
 * ({@link Adoption}) and {@code churn} ({@link Churn}). See {@code docs/file-formats.md}.
 */
final class RolesJson {
  static final List<String> PROCESS_TYPES = List.of("bass", "constant");
  static final List<String> LEAVING_TYPES = List.of("keep", "return", "sellOff", "lose");

  private RolesJson() {}

  /** Reads the role-dynamics fields of a scenario object into settings; problems go to {@code reading}. */
  static void read(Reading.Fields f, Reading reading, List<Consumer<Scenario.Builder>> settings) {
    for (Json node : reading.array(f.get("conversions"), "conversions")) {
      ScenarioJson.setting(settings, node, conversion(node, reading), (b, v) -> b.conversion(v));
    }
    for (Json node : reading.array(f.get("adoptions"), "adoptions")) {
      ScenarioJson.setting(settings, node, adoption(node, reading), (b, v) -> b.adoption(v));
    }
    for (Json node : reading.array(f.get("churn"), "churn")) {
      ScenarioJson.setting(settings, node, churn(node, reading), (b, v) -> b.churn(v));
    }
  }

  private static Conversion conversion(Json node, Reading reading) {
    Reading.Fields f = reading.object(node, "conversion");
    String type = f == null ? null : SimJson.type(f, PROCESS_TYPES, reading);
    if (type == null) {
      return null;
    }
    String segment = reading.string(f.required("segmentId"), "segmentId");
    Double p = type.equals("bass") ? reading.number(f.required("p"), "p", false) : null;
    Double q = type.equals("bass") ? reading.number(f.required("q"), "q", false) : null;
    Double hazard = type.equals("constant") ? reading.number(f.required("hazard"), "hazard", false) : null;
    Long pool = reading.longInteger(f.required("pool"), "pool");
    List<String> candidates = strings(f.required("candidates"), "candidates", reading);
    double takeover = f.number("takeover", 0);
    double churn = f.number("churn", 0);
    Reading.Fields near = reading.object(f.get("neighbours"), "neighbours");
    Double nearShare = null;
    List<String> nearIds = List.of();
    if (near != null) {
      nearShare = reading.number(near.required("share"), "share", false);
      nearIds = strings(near.required("segmentIds"), "segmentIds", reading);
      near.end();
    }
    double offer = f.number("offerReference", 0);
    Leaving leaving = f.has("leaving") ? leaving(f.get("leaving"), reading) : Leaving.keep();
    f.end();
    boolean ok = segment != null && pool != null && candidates != null && leaving != null
        && (type.equals("bass") ? p != null && q != null : hazard != null) && (near == null || (nearShare != null
        && nearIds != null));
    if (!ok) {
      return null;
    }
    double share = nearShare == null ? 0 : nearShare;
    List<String> ids = nearIds;
    return SimJson.make(() -> {
      Conversion c = type.equals("bass") ? Conversion.bass(segment, p, q, pool)
          : Conversion.constant(segment, hazard, pool);
      c = c.withCandidates(candidates).withTakeover(takeover).withChurn(churn).withOffer(offer).withLeaving(leaving);
      return ids.isEmpty() && share == 0 ? c : c.withNeighbours(share, ids);
    }, node, reading);
  }

  private static Adoption adoption(Json node, Reading reading) {
    Reading.Fields f = reading.object(node, "adoption");
    String type = f == null ? null : SimJson.type(f, PROCESS_TYPES, reading);
    if (type == null) {
      return null;
    }
    String wholesaler = reading.string(f.required("wholesalerId"), "wholesalerId");
    String platform = reading.string(f.required("platformId"), "platformId");
    Double p = type.equals("bass") ? reading.number(f.required("p"), "p", false) : null;
    Double q = type.equals("bass") ? reading.number(f.required("q"), "q", false) : null;
    Double hazard = type.equals("constant") ? reading.number(f.required("hazard"), "hazard", false) : null;
    List<String> businesses = strings(f.required("businesses"), "businesses", reading);
    f.end();
    if (wholesaler == null || platform == null || businesses == null
        || (type.equals("bass") ? p == null || q == null : hazard == null)) {
      return null;
    }
    return SimJson.make(() -> (type.equals("bass") ? Adoption.bass(wholesaler, platform, p, q)
        : Adoption.constant(wholesaler, platform, hazard)).withBusinesses(businesses), node, reading);
  }

  private static Churn churn(Json node, Reading reading) {
    Reading.Fields f = reading.object(node, "churn rule");
    if (f == null) {
      return null;
    }
    List<String> actors = strings(f.required("actorIds"), "actorIds", reading);
    double hazard = f.number("hazard", 0);
    Reading.Fields floor = reading.object(f.get("profitFloor"), "profitFloor");
    Integer window = null;
    Double threshold = null;
    if (floor != null) {
      window = reading.integer(floor.required("window"), "window");
      threshold = reading.number(floor.required("threshold"), "threshold", false);
      floor.end();
    }
    Leaving leaving = f.has("leaving") ? leaving(f.get("leaving"), reading) : Leaving.keep();
    f.end();
    if (actors == null || leaving == null || (floor != null && (window == null || threshold == null))) {
      return null;
    }
    Integer w = window;
    Double x = threshold;
    return SimJson.make(() -> {
      Churn c = Churn.of(actors).withHazard(hazard).withLeaving(leaving);
      return w == null ? c : c.withProfitFloor(w, x);
    }, node, reading);
  }

  private static Leaving leaving(Json node, Reading reading) {
    Reading.Fields f = reading.object(node, "leaving rule");
    String type = f == null ? null : SimJson.type(f, LEAVING_TYPES, reading);
    if (type == null) {
      return null;
    }
    Leaving rule = switch (type) {
      case "return" -> Leaving.returnToSupplier();
      case "lose" -> Leaving.lose();
      case "sellOff" -> {
        Double factor = reading.number(f.required("priceFactor"), "priceFactor", false);
        yield factor == null ? null : SimJson.make(() -> Leaving.sellOff(factor), node, reading);
      }
      default -> Leaving.keep();
    };
    f.end();
    return rule;
  }

  /** Reads an array of strings; returns null after a problem. */
  private static List<String> strings(Json node, String what, Reading reading) {
    if (node == null) {
      return null;
    }
    List<String> values = new ArrayList<>();
    boolean ok = true;
    for (Json item : reading.array(node, what)) {
      String value = reading.string(item, what);
      ok &= value != null;
      values.add(value);
    }
    return ok ? values : null;
  }

  /** Writes the role dynamics of a scenario into its JSON object, if any. */
  static void write(Scenario scenario, Json root) {
    if (!scenario.conversions().isEmpty()) {
      Json list = Json.array();
      for (Conversion c : scenario.conversions()) {
        Json json = Json.object().put("segmentId", c.segmentId()).put("type", c.isBass() ? "bass" : "constant");
        if (c.isBass()) {
          json.put("p", c.innovation()).put("q", c.imitation());
        } else {
          json.put("hazard", c.innovation());
        }
        json.put("pool", Json.number(c.pool())).put("candidates", strings(c.candidates()));
        json.put("takeover", c.takeover());
        if (c.churn() != 0) {
          json.put("churn", c.churn());
        }
        if (!c.neighbours().isEmpty() || c.neighbourShare() != 0) {
          json.put("neighbours", Json.object().put("share", c.neighbourShare())
              .put("segmentIds", strings(c.neighbours())));
        }
        if (c.offerReference() != 0) {
          json.put("offerReference", c.offerReference());
        }
        leaving(c.leaving(), json);
        list.add(json);
      }
      root.put("conversions", list);
    }
    if (!scenario.mechanics().adoptions().isEmpty()) {
      Json list = Json.array();
      for (Adoption a : scenario.mechanics().adoptions()) {
        Json json = Json.object().put("wholesalerId", a.wholesalerId()).put("platformId", a.platformId())
            .put("type", a.isBass() ? "bass" : "constant");
        if (a.isBass()) {
          json.put("p", a.innovation()).put("q", a.imitation());
        } else {
          json.put("hazard", a.innovation());
        }
        list.add(json.put("businesses", strings(a.businesses())));
      }
      root.put("adoptions", list);
    }
    if (!scenario.mechanics().churns().isEmpty()) {
      Json list = Json.array();
      for (Churn c : scenario.mechanics().churns()) {
        Json json = Json.object().put("actorIds", strings(c.actorIds()));
        if (c.hazard() != 0) {
          json.put("hazard", c.hazard());
        }
        if (c.window() > 0) {
          json.put("profitFloor", Json.object().put("window", Json.number(c.window()))
              .put("threshold", c.threshold()));
        }
        leaving(c.leaving(), json);
        list.add(json);
      }
      root.put("churn", list);
    }
  }

  private static void leaving(Leaving rule, Json json) {
    if (rule.rule() == Leaving.Rule.KEEP) {
      return;
    }
    Json l = Json.object().put("type", LEAVING_TYPES.get(rule.rule().ordinal()));
    if (rule.rule() == Leaving.Rule.SELL_OFF) {
      l.put("priceFactor", rule.priceFactor());
    }
    json.put("leaving", l);
  }

  private static Json strings(List<String> values) {
    Json list = Json.array();
    values.forEach(v -> list.add(Json.string(v)));
    return list;
  }
}
