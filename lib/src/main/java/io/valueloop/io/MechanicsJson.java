package io.valueloop.io;

import io.valueloop.sim.ChannelPlan;
import io.valueloop.sim.ChannelSetup;
import io.valueloop.sim.Fault;
import io.valueloop.sim.Mechanics;
import io.valueloop.sim.RandomLeadTime;
import io.valueloop.sim.Scenario;
import io.valueloop.sim.Shortage;
import io.valueloop.sim.SourcingRule;
import io.valueloop.sim.Switching;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The scenario fields of the mechanics that extend the tick ({@link Mechanics}): {@code shortage}, {@code sourcing}
 * (with {@code switching}), {@code faults}, {@code leadTimes} and {@code channels}. See {@code docs/file-formats.md}.
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
      Reading.Fields switching = reading.object(sourcing.get("switching"), "switching");
      if (switching != null) {
        for (Map.Entry<String, Json> e : switching.node.fields().entrySet()) {
          String id = e.getKey();
          ScenarioJson.setting(settings, e.getValue(), switching(e.getValue(), reading), (b, v) -> b.switching(id, v));
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
    channels(f.get("channels"), reading, settings);
  }

  private static Switching switching(Json node, Reading reading) {
    Reading.Fields f = reading.object(node, "switching");
    if (f == null) {
      return null;
    }
    Double threshold = f.number("threshold");
    Integer window = f.integer("window");
    Integer recovery = f.integer("recovery");
    f.end();
    return SimJson.make(() -> Switching.of(threshold == null ? 0 : threshold, window == null ? 1 : window,
        recovery == null ? 0 : recovery), node, reading);
  }

  /** Reads the {@code channels} object into one setting, or nothing if absent or wrong. */
  private static void channels(Json node, Reading reading, List<Consumer<Scenario.Builder>> settings) {
    Reading.Fields f = reading.object(node, "channels");
    if (f == null) {
      return;
    }
    boolean[] ok = {true};
    Double share = f.has("onlineShare") ? f.number("onlineShare") : Double.valueOf(0);
    ok[0] &= share != null;
    Reading.Fields segments = reading.object(f.get("segments"), "segments");
    Map<String, Double> shares = new LinkedHashMap<>();
    if (segments != null) {
      for (Map.Entry<String, Json> e : segments.node.fields().entrySet()) {
        Double x = reading.number(e.getValue(), "online share", false);
        ok[0] &= x != null;
        shares.put(e.getKey(), x);
      }
    }
    List<ChannelPlan.ShareChange> changes = new ArrayList<>();
    for (Json c : reading.array(f.get("shareChanges"), "shareChanges")) {
      Reading.Fields cf = reading.object(c, "share change");
      if (cf == null) {
        ok[0] = false;
        continue;
      }
      Integer tick = reading.integer(cf.required("tick"), "tick");
      String segment = reading.string(cf.required("segmentId"), "segmentId");
      Double x = reading.number(cf.required("share"), "share", false);
      cf.end();
      ChannelPlan.ShareChange change = tick == null || segment == null || x == null ? null
          : SimJson.make(() -> new ChannelPlan.ShareChange(tick, segment, x), c, reading);
      ok[0] &= change != null;
      changes.add(change);
    }
    Map<String, ChannelSetup> businesses = new LinkedHashMap<>();
    Reading.Fields bs = reading.object(f.required("businesses"), "businesses");
    if (bs != null) {
      for (Map.Entry<String, Json> e : bs.node.fields().entrySet()) {
        ChannelSetup setup = setup(e.getValue(), reading);
        ok[0] &= setup != null;
        businesses.put(e.getKey(), setup);
      }
    }
    f.end();
    if (!ok[0]) {
      return;
    }
    ChannelPlan plan = SimJson.make(() -> {
      ChannelPlan.Builder b = ChannelPlan.builder().onlineShare(share);
      businesses.forEach(b::business);
      shares.forEach(b::onlineShare);
      changes.forEach(c -> b.shareChange(c.tick(), c.segmentId(), c.share()));
      return b.build();
    }, node, reading);
    ScenarioJson.setting(settings, node, plan, (b, v) -> b.channels(v));
  }

  private static ChannelSetup setup(Json node, Reading reading) {
    Reading.Fields f = reading.object(node, "channel setup");
    if (f == null) {
      return null;
    }
    Integer lead = reading.integer(f.required("onlineLeadTime"), "onlineLeadTime");
    boolean integrated = f.bool("integrated", true);
    String platform = f.has("dropShipperId") ? f.string("dropShipperId") : "";
    double fee = f.number("dropShipFee", 0);
    double price = f.number("onlinePriceFactor", 1);
    double handling = f.number("onlineHandlingCost", 0);
    boolean offlineLost = f.bool("offlineLost", true);
    boolean onlineLost = f.bool("onlineLost", false);
    f.end();
    if (lead == null || platform == null) {
      return null;
    }
    return SimJson.make(() -> new ChannelSetup(lead, integrated, platform, fee, price, handling, offlineLost,
        onlineLost), node, reading);
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
    if (!m.switching().isEmpty()) {
      Json switching = Json.object();
      m.switching().forEach((id, rule) -> switching.put(id, Json.object().put("threshold", rule.threshold())
          .put("window", Json.number(rule.window())).put("recovery", Json.number(rule.recovery()))));
      sourcing.put("switching", switching);
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
    ChannelPlan plan = m.channels();
    if (!plan.equals(ChannelPlan.none())) {
      Json channels = Json.object().put("onlineShare", plan.defaultShare());
      if (!plan.shares().isEmpty()) {
        Json segments = Json.object();
        plan.shares().forEach(segments::put);
        channels.put("segments", segments);
      }
      if (!plan.changes().isEmpty()) {
        Json changes = Json.array();
        plan.changes().forEach(c -> changes.add(Json.object().put("tick", Json.number(c.tick()))
            .put("segmentId", c.segmentId()).put("share", c.share())));
        channels.put("shareChanges", changes);
      }
      Json businesses = Json.object();
      plan.businesses().forEach((id, c) -> {
        Json b = Json.object().put("onlineLeadTime", Json.number(c.onlineLeadTime())).put("integrated",
            c.integrated());
        if (c.dropShips()) {
          b.put("dropShipperId", c.dropShipperId()).put("dropShipFee", c.dropShipFee());
        }
        businesses.put(id, b.put("onlinePriceFactor", c.onlinePriceFactor())
            .put("onlineHandlingCost", c.onlineHandlingCost()).put("offlineLost", c.offlineLost())
            .put("onlineLost", c.onlineLost()));
      });
      root.put("channels", channels.put("businesses", businesses));
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
