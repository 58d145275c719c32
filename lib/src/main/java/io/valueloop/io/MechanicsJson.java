package io.valueloop.io;

import io.valueloop.sim.Fault;
import io.valueloop.sim.Mechanics;
import io.valueloop.sim.RandomLeadTime;
import io.valueloop.sim.Scenario;
import io.valueloop.sim.Shortage;
import io.valueloop.sim.SourcingRule;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The scenario fields of the mechanics that extend the tick ({@link Mechanics}): {@code shortage}, {@code sourcing},
 * {@code faults} and {@code leadTimes}. See {@code docs/file-formats.md}.
 */
final class MechanicsJson {
  static final List<String> SHORTAGE_TYPES = List.of("backorder", "lost", "patience");
  static final List<String> DURATION_TYPES = List.of("geometric", "fixed");

  private MechanicsJson() {}

  /** Reads the mechanics fields of a scenario object into settings; problems go to {@code reading}. */
  static void read(Reading.Fields f, Reading reading, List<Consumer<Scenario.Builder>> settings) {
    Reading.Fields shortage = reading.object(f.get("shortage"), "shortage");
    if (shortage != null) {
      Json fallback = shortage.get("default");
      if (fallback != null) {
        ScenarioJson.setting(settings, fallback, shortage(fallback, reading), (b, v) -> b.shortage(v));
      }
      Reading.Fields buyers = reading.object(shortage.get("buyers"), "buyers");
      if (buyers != null) {
        for (Map.Entry<String, Json> e : buyers.node.fields().entrySet()) {
          String id = e.getKey();
          ScenarioJson.setting(settings, e.getValue(), shortage(e.getValue(), reading), (b, v) -> b.shortage(id, v));
        }
      }
      for (Json node : reading.array(shortage.get("trades"), "trades")) {
        Reading.Fields t = reading.object(node, "trade");
        if (t == null) {
          continue;
        }
        String seller = reading.string(t.required("sellerId"), "sellerId");
        String buyer = reading.string(t.required("buyerId"), "buyerId");
        Shortage rule = shortage(t.required("rule"), reading);
        t.end();
        if (seller != null && buyer != null) {
          ScenarioJson.setting(settings, node, rule, (b, v) -> b.shortage(seller, buyer, v));
        }
      }
      shortage.end();
    }
    Reading.Fields sourcing = reading.object(f.get("sourcing"), "sourcing");
    if (sourcing != null) {
      Json fallback = sourcing.get("default");
      if (fallback != null) {
        ScenarioJson.setting(settings, fallback, reading.constant(fallback, "sourcing rule", SourcingRule.class),
            (b, v) -> b.sourcing(v));
      }
      Reading.Fields buyers = reading.object(sourcing.get("buyers"), "buyers");
      if (buyers != null) {
        for (Map.Entry<String, Json> e : buyers.node.fields().entrySet()) {
          String id = e.getKey();
          ScenarioJson.setting(settings, e.getValue(), reading.constant(e.getValue(), "sourcing rule",
              SourcingRule.class), (b, v) -> b.sourcing(id, v));
        }
      }
      sourcing.end();
    }
    for (Json node : reading.array(f.get("faults"), "faults")) {
      ScenarioJson.setting(settings, node, fault(node, reading), (b, v) -> b.fault(v));
    }
    for (Json node : reading.array(f.get("leadTimes"), "leadTimes")) {
      Reading.Fields t = reading.object(node, "lead time");
      if (t == null) {
        continue;
      }
      String seller = reading.string(t.required("sellerId"), "sellerId");
      String buyer = reading.string(t.required("buyerId"), "buyerId");
      List<Json> ticks = reading.array(t.required("ticks"), "ticks");
      List<Json> probabilities = reading.array(t.required("probabilities"), "probabilities");
      t.end();
      int[] ts = new int[ticks.size()];
      double[] ps = new double[probabilities.size()];
      boolean ok = seller != null && buyer != null;
      for (int i = 0; i < ts.length; i++) {
        Integer x = reading.integer(ticks.get(i), "lead time");
        ok &= x != null;
        ts[i] = x == null ? 0 : x;
      }
      for (int i = 0; i < ps.length; i++) {
        Double x = reading.number(probabilities.get(i), "probability", false);
        ok &= x != null;
        ps[i] = x == null ? 0 : x;
      }
      if (ok) {
        RandomLeadTime lead = SimJson.make(() -> RandomLeadTime.of(ts, ps), node, reading);
        ScenarioJson.setting(settings, node, lead, (b, v) -> b.leadTime(seller, buyer, v));
      }
    }
  }

  private static Shortage shortage(Json node, Reading reading) {
    Reading.Fields f = reading.object(node, "shortage rule");
    String type = f == null ? null : SimJson.type(f, SHORTAGE_TYPES, reading);
    if (type == null) {
      return null;
    }
    Supplier<Shortage> make;
    if (type.equals("patience")) {
      Integer ticks = reading.integer(f.required("ticks"), "ticks");
      make = ticks == null ? null : () -> Shortage.patience(ticks);
    } else {
      make = type.equals("lost") ? Shortage::lost : Shortage::backorder;
    }
    f.end();
    return make == null ? null : SimJson.make(make, node, reading);
  }

  private static Fault fault(Json node, Reading reading) {
    Reading.Fields f = reading.object(node, "fault");
    if (f == null) {
      return null;
    }
    String actor = f.has("actorId") ? reading.string(f.get("actorId"), "actorId") : null;
    String seller = f.has("sellerId") || actor == null ? reading.string(f.required("sellerId"), "sellerId") : null;
    String buyer = seller != null ? reading.string(f.required("buyerId"), "buyerId") : null;
    Fault.Duration up = duration(f.required("timeToFailure"), reading);
    Fault.Duration down = duration(f.required("timeToRepair"), reading);
    Double destroyed = f.has("destroyedFraction") ? f.number("destroyedFraction") : null;
    f.end();
    if (up == null || down == null || (actor == null && (seller == null || buyer == null))) {
      return null;
    }
    return SimJson.make(() -> {
      Fault fault = actor != null ? Fault.actor(actor, up, down) : Fault.link(seller, buyer, up, down);
      return destroyed == null ? fault : fault.destroying(destroyed);
    }, node, reading);
  }

  private static Fault.Duration duration(Json node, Reading reading) {
    Reading.Fields f = reading.object(node, "duration");
    String type = f == null ? null : SimJson.type(f, DURATION_TYPES, reading);
    if (type == null) {
      return null;
    }
    Supplier<Fault.Duration> make;
    if (type.equals("fixed")) {
      Integer ticks = reading.integer(f.required("ticks"), "ticks");
      make = ticks == null ? null : () -> Fault.Duration.fixed(ticks);
    } else {
      Double p = reading.number(f.required("probability"), "probability", false);
      make = p == null ? null : () -> Fault.Duration.geometric(p);
    }
    f.end();
    return make == null ? null : SimJson.make(make, node, reading);
  }

  /** Writes the mechanics of a scenario into its JSON object, if any is on. */
  static void write(Mechanics m, Json root) {
    if (m.equals(Mechanics.none())) {
      return;
    }
    Json shortage = Json.object();
    m.defaultShortage().ifPresent(rule -> shortage.put("default", shortage(rule)));
    if (!m.buyerShortage().isEmpty()) {
      Json buyers = Json.object();
      m.buyerShortage().forEach((id, rule) -> buyers.put(id, shortage(rule)));
      shortage.put("buyers", buyers);
    }
    if (!m.tradeShortage().isEmpty()) {
      Json trades = Json.array();
      m.tradeShortage().forEach((link, rule) -> trades.add(Json.object().put("sellerId", link.sellerId())
          .put("buyerId", link.buyerId()).put("rule", shortage(rule))));
      shortage.put("trades", trades);
    }
    if (!shortage.fields().isEmpty()) {
      root.put("shortage", shortage);
    }
    Json sourcing = Json.object();
    m.defaultSourcing().ifPresent(rule -> sourcing.put("default", rule.name()));
    if (!m.buyerSourcing().isEmpty()) {
      Json buyers = Json.object();
      m.buyerSourcing().forEach((id, rule) -> buyers.put(id, rule.name()));
      sourcing.put("buyers", buyers);
    }
    if (!sourcing.fields().isEmpty()) {
      root.put("sourcing", sourcing);
    }
    if (!m.faults().isEmpty()) {
      Json faults = Json.array();
      for (Fault f : m.faults()) {
        Json json = Json.object();
        if (f.buyerId().isPresent()) {
          json.put("sellerId", f.actorId()).put("buyerId", f.buyerId().get());
        } else {
          json.put("actorId", f.actorId());
        }
        json.put("timeToFailure", duration(f.timeToFailure())).put("timeToRepair", duration(f.timeToRepair()));
        if (f.destroyedFraction() > 0) {
          json.put("destroyedFraction", f.destroyedFraction());
        }
        faults.add(json);
      }
      root.put("faults", faults);
    }
    if (!m.leadTimes().isEmpty()) {
      Json leads = Json.array();
      m.leadTimes().forEach((link, lead) -> {
        Json ticks = Json.array();
        lead.ticks().forEach(t -> ticks.add(Json.number(t.longValue())));
        Json probabilities = Json.array();
        lead.probabilities().forEach(p -> probabilities.add(Json.number(p)));
        leads.add(Json.object().put("sellerId", link.sellerId()).put("buyerId", link.buyerId()).put("ticks", ticks)
            .put("probabilities", probabilities));
      });
      root.put("leadTimes", leads);
    }
  }

  private static Json shortage(Shortage rule) {
    if (rule.backordered()) {
      return Json.object().put("type", "backorder");
    }
    return rule.patience() == 0 ? Json.object().put("type", "lost")
        : Json.object().put("type", "patience").put("ticks", Json.number(rule.patience()));
  }

  private static Json duration(Fault.Duration d) {
    return d.ticks() == 0 ? Json.object().put("type", "geometric").put("probability", d.probability())
        : Json.object().put("type", "fixed").put("ticks", Json.number(d.ticks()));
  }
}
