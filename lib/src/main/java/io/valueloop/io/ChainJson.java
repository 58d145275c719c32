package io.valueloop.io;

import io.valueloop.model.Actor;
import io.valueloop.model.ChainValidationException;
import io.valueloop.model.DataTerms;
import io.valueloop.model.FeeBase;
import io.valueloop.model.FlowKind;
import io.valueloop.model.FlowTerms;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.MoneyTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ServiceTerms;
import io.valueloop.model.ValueChain;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The chain format: {@code actors} and {@code flows}, or a {@code template}. See {@code docs/file-formats.md}.
 * Flows of kind {@code TRADE} (reading only) add a goods flow and its payment, as
 * {@link ValueChain.Builder#trade(String, String, GoodsTerms)} does.
 */
final class ChainJson {
  private static final GoodsTerms GOODS_DEFAULTS = GoodsTerms.defaults();

  private ChainJson() {}

  /** Reads a chain file's root; throws with every problem, the chain's validation problems at their pointers. */
  static ValueChain read(Json root, Problems problems) throws ModelFileException {
    Reading reading = new Reading(problems);
    Reading.Fields fields = reading.object(root, "the chain file");
    if (fields == null) {
      throw problems.exception(0, null);
    }
    reading.header(fields, ModelFiles.Kind.CHAIN.fieldValue());
    ValueChain chain = readBody(fields, reading);
    if (chain == null || problems.count() > 0) {
      throw problems.exception(reading.uncounted, reading.cause);
    }
    return chain;
  }

  /**
   * Reads a chain object's actors and flows or template, without the header (an experiment's inline chain may
   * omit it); returns null after reporting problems, a validation failure's as the reading's cause.
   */
  static ValueChain readBody(Reading.Fields fields, Reading reading) {
    Problems problems = reading.problems;
    long before = problems.count();
    Json template = fields.get("template");
    if (template != null) {
      fields.end();
      if (fields.has("actors") || fields.has("flows")) {
        reading.problem(template, "template must be the only content of the chain but actors or flows were given"
            + " too");
      }
      ValueChain chain = TemplateJson.read(template, reading);
      return problems.count() > before ? null : chain;
    }
    ValueChain.Builder builder = ValueChain.builder();
    Map<String, Json> actorIds = new HashMap<>();
    List<Json> actorNodes = new ArrayList<>();
    for (Json node : reading.array(fields.required("actors"), "actors")) {
      Actor actor = actor(node, reading, actorIds);
      if (actor != null) {
        builder.actor(actor);
        actorNodes.add(node);
      }
    }
    List<Json> flowNodes = new ArrayList<>();
    for (Json node : reading.array(fields.required("flows"), "flows")) {
      flow(node, reading, actorIds, builder, flowNodes);
    }
    fields.end();
    if (problems.count() > before) {
      return null;
    }
    try {
      return builder.build();
    } catch (ChainValidationException e) {
      for (ChainValidationException.Problem problem : e.details()) {
        Json at = problem.flow().isPresent() ? flowNodes.get(problem.flow().getAsInt())
            : problem.actor().isPresent() ? actorNodes.get(problem.actor().getAsInt()) : fields.node;
        Json field = fieldOf(at, problem.what());
        reading.problem(field == null ? at : field, problem.message());
      }
      reading.uncounted += e.problemCount() - e.details().size();
      reading.cause = e;
      return null;
    }
  }

  /** The value of an actor's or flow's field that a validation problem names, if there is one. */
  private static Json fieldOf(Json at, String what) {
    String subject = what.startsWith("actor ") || what.startsWith("flow ") ? what.substring(what.indexOf(' ') + 1)
        : what;
    if (subject.isEmpty() || !at.is(Json.Type.OBJECT)) {
      return null;
    }
    Json direct = at.field(subject);
    Json terms = at.field("terms");
    return direct != null ? direct : terms != null && terms.is(Json.Type.OBJECT) ? terms.field(subject) : null;
  }

  private static Actor actor(Json node, Reading reading, Map<String, Json> actorIds) {
    Reading.Fields fields = reading.object(node, "actor");
    if (fields == null) {
      return null;
    }
    long before = reading.problems.count();
    Actor.Builder actor = Actor.builder();
    Json idNode = fields.required("id");
    String id = reading.string(idNode, "id");
    if (id != null) {
      Json first = actorIds.putIfAbsent(id, idNode);
      if (first != null) {
        reading.problem(idNode, "id must be unique but '" + id + "' is at " + first.path + " (line " + first.line
            + ") too");
      }
    }
    Role role = reading.constant(fields.required("role"), "role", Role.class);
    String name = fields.string("name");
    ChainFields.actorParameters(actor, parameter -> parameter.equals("capacity")
        ? reading.number(fields.get(parameter), parameter, true) : fields.number(parameter));
    Reading.Fields attributes = reading.object(fields.get("attributes"), "attributes");
    if (attributes != null) {
      for (Map.Entry<String, Json> attribute : attributes.node.fields().entrySet()) {
        String value = reading.string(attribute.getValue(), "attribute");
        if (value != null) {
          actor.putAttributes(attribute.getKey(), value);
        }
      }
    }
    fields.end();
    if (reading.problems.count() > before || id == null || role == null) {
      return null;
    }
    actor.id(id).role(role);
    if (name != null) {
      actor.name(name);
    }
    return actor.build();
  }

  private static void flow(Json node, Reading reading, Map<String, Json> actorIds, ValueChain.Builder builder,
      List<Json> flowNodes) {
    Reading.Fields fields = reading.object(node, "flow");
    if (fields == null) {
      return;
    }
    long before = reading.problems.count();
    String source = actorId(fields.required("source"), "source", reading, actorIds);
    String target = actorId(fields.required("target"), "target", reading, actorIds);
    Json kindNode = fields.required("kind");
    String kindText = reading.string(kindNode, "kind");
    boolean trade = "TRADE".equalsIgnoreCase(kindText == null ? "" : kindText.strip());
    FlowKind kind = trade ? FlowKind.GOODS : reading.constant(kindNode, "kind", FlowKind.class);
    Json termsNode = fields.get("terms");
    fields.end();
    if (kind == null) {
      return;
    }
    FlowTerms terms = terms(kind, termsNode, reading);
    if (reading.problems.count() > before || source == null || target == null || terms == null) {
      return;
    }
    builder.flow(source, target, terms);
    flowNodes.add(node);
    if (trade) {
      builder.flow(target, source, MoneyTerms.PAYMENT);
      flowNodes.add(node);
    }
  }

  private static String actorId(Json node, String what, Reading reading, Map<String, Json> actorIds) {
    String id = reading.string(node, what);
    if (id != null && !actorIds.containsKey(id)) {
      reading.problem(node, what + " must be the id of an actor of the file but was '" + id + "'"
          + Reading.hint(id, actorIds.keySet()));
      return null;
    }
    return id;
  }

  private static FlowTerms terms(FlowKind kind, Json node, Reading reading) {
    Reading.Fields fields = node == null ? null : reading.object(node, "terms");
    if (node != null && fields == null) {
      return null;
    }
    switch (kind) {
      case GOODS: {
        if (fields == null) {
          return GOODS_DEFAULTS;
        }
        Double price = fields.number("price");
        Integer leadTime = fields.integer("leadTime");
        Integer orderDelay = fields.integer("orderDelay");
        Double capacity = reading.number(fields.get("capacity"), "capacity", true);
        Double share = fields.number("share");
        Double coefficient = fields.number("inputCoefficient");
        String input = fields.string("input");
        fields.end();
        return ChainFields.goodsTerms(price, leadTime, orderDelay, capacity, share, coefficient, input);
      }
      case DATA: {
        int delay = fields == null ? 0 : fields.integer("delay", 0);
        if (fields != null) {
          fields.end();
        }
        return DataTerms.of(delay);
      }
      case SERVICE: {
        if (fields == null) {
          return new ServiceTerms(0, 0, FeeBase.REVENUE);
        }
        double fee = fields.number("fee", 0);
        double takeRate = fields.number("takeRate", 0);
        FeeBase base = reading.constant(fields.get("feeBase"), "feeBase", FeeBase.class);
        fields.end();
        return new ServiceTerms(fee, takeRate, base == null ? FeeBase.REVENUE : base);
      }
      default:
        if (fields != null) {
          fields.end();
        }
        return MoneyTerms.PAYMENT;
    }
  }

  /** Returns a chain as a chain file's root; every value that differs from its default is written. */
  static Json write(ValueChain chain) {
    Json root = Json.object().put("format", Reading.FORMAT).put("kind", ModelFiles.Kind.CHAIN.fieldValue());
    Json actors = Json.array();
    for (int a = 0; a < chain.actorCount(); a++) {
      actors.add(actor(chain.actor(a)));
    }
    root.put("actors", actors);
    Json flows = Json.array();
    for (int f = 0; f < chain.flowCount(); f++) {
      FlowTerms terms = chain.terms(f);
      Json flow = Json.object().put("source", chain.actor(chain.source(f)).id())
          .put("target", chain.actor(chain.target(f)).id()).put("kind", terms.kind().name());
      Json written = terms(terms);
      if (!written.fields().isEmpty()) {
        flow.put("terms", written);
      }
      flows.add(flow);
    }
    return root.put("flows", flows);
  }

  private static Json actor(Actor actor) {
    Json json = Json.object().put("id", actor.id()).put("role", actor.role().name());
    if (!actor.name().equals(actor.id())) {
      json.put("name", actor.name());
    }
    if (actor.capacity() != Double.POSITIVE_INFINITY) {
      json.put("capacity", actor.capacity());
    }
    putUnlessZero(json, "unitCost", actor.unitCost());
    putUnlessZero(json, "holdingCost", actor.holdingCost());
    putUnlessZero(json, "backlogCost", actor.backlogCost());
    putUnlessZero(json, "initialInventory", actor.initialInventory());
    putUnlessZero(json, "demand", actor.demand());
    if (!actor.attributes().isEmpty()) {
      Json attributes = Json.object();
      actor.attributes().forEach(attributes::put);
      json.put("attributes", attributes);
    }
    return json;
  }

  private static Json terms(FlowTerms terms) {
    Json json = Json.object();
    if (terms instanceof GoodsTerms goods) {
      putUnless(json, "price", goods.price(), GOODS_DEFAULTS.price());
      if (goods.leadTime() != GOODS_DEFAULTS.leadTime()) {
        json.put("leadTime", Json.number(goods.leadTime()));
      }
      if (goods.orderDelay() != GOODS_DEFAULTS.orderDelay()) {
        json.put("orderDelay", Json.number(goods.orderDelay()));
      }
      if (goods.capacity() != Double.POSITIVE_INFINITY) {
        json.put("capacity", goods.capacity());
      }
      putUnless(json, "share", goods.share(), GOODS_DEFAULTS.share());
      putUnless(json, "inputCoefficient", goods.inputCoefficient(), GOODS_DEFAULTS.inputCoefficient());
      if (!goods.input().isEmpty()) {
        json.put("input", goods.input());
      }
    } else if (terms instanceof DataTerms data) {
      if (data.delay() != 0) {
        json.put("delay", Json.number(data.delay()));
      }
    } else if (terms instanceof ServiceTerms service) {
      putUnlessZero(json, "fee", service.fee());
      putUnlessZero(json, "takeRate", service.takeRate());
      if (service.base() != FeeBase.REVENUE) {
        json.put("feeBase", service.base().name());
      }
    }
    return json;
  }

  private static void putUnlessZero(Json json, String name, double value) {
    putUnless(json, name, value, 0);
  }

  /** Puts a finite number unless it is the default, bit for bit (so that -0.0 is written). */
  private static void putUnless(Json json, String name, double value, double fallback) {
    if (Double.compare(value, fallback) != 0) {
      json.put(name, value);
    }
  }
}
