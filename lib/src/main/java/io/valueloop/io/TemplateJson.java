package io.valueloop.io;

import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import io.valueloop.pattern.BusinessModelCode;
import io.valueloop.pattern.ChainTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A chain file's {@code template}: a business-model code, counts per role, a seed and settings by the names of
 * {@link ChainTemplate}'s methods. Each value the template refuses is a problem at its own pointer.
 */
final class TemplateJson {
  /** The settings that take a number, by name. */
  static final List<String> NUMBER_SETTINGS = List.of("demand", "basePrice", "markup", "productionCost",
      "handlingCost", "holdingCost", "backlogCost", "saasFee", "platformTakeRate", "commission", "onlineShare");
  /** The settings that take a whole number, by name. */
  static final List<String> INTEGER_SETTINGS = List.of("leadTime", "orderDelay", "dataDelay", "maxSuppliers");

  private TemplateJson() {}

  /** Returns the template's chain, or null after reporting problems. */
  static ValueChain read(Json node, Reading reading) {
    Reading.Fields fields = reading.object(node, "template");
    if (fields == null) {
      return null;
    }
    long before = reading.problems.count();
    Json codeNode = fields.required("code");
    String codeText = reading.string(codeNode, "code");
    Json counts = fields.get("counts");
    Json seed = fields.get("seed");
    Json settings = fields.get("settings");
    fields.end();
    ChainTemplate template = null;
    if (codeText != null) {
      try {
        template = ChainTemplate.of(BusinessModelCode.parse(codeText));
      } catch (IllegalArgumentException e) {
        reading.problem(codeNode, "code must be a business-model code a template can be made from but was "
            + Reading.shown(codeNode) + ": " + e.getMessage());
      }
    }
    Reading.Fields countFields = reading.object(counts, "counts");
    if (countFields != null) {
      for (Map.Entry<String, Json> count : countFields.node.fields().entrySet()) {
        Role role = roleOf(count.getKey());
        Integer value = reading.integer(count.getValue(), "count");
        if (role == null) {
          reading.problem(count.getValue(), "the count's role must be one of M, S, B, C, P, L, F but was '"
              + count.getKey() + "'");
        } else if (value != null && template != null) {
          template = apply(template, count.getValue(), reading, t -> t.withCount(role, value));
        }
      }
    }
    Long seedValue = reading.longInteger(seed, "seed");
    if (seedValue != null && template != null) {
      template = template.withSeed(seedValue);
    }
    Reading.Fields settingFields = reading.object(settings, "settings");
    if (settingFields != null) {
      for (Map.Entry<String, Json> setting : settingFields.node.fields().entrySet()) {
        template = setting(template, setting.getKey(), setting.getValue(), reading);
      }
    }
    if (template == null || reading.problems.count() > before) {
      return null;
    }
    try {
      return template.build();
    } catch (IllegalArgumentException e) {
      reading.problem(node, "template must build a valid chain but did not: " + e.getMessage());
      return null;
    }
  }

  private static Role roleOf(String letter) {
    for (Role role : Role.values()) {
      if (letter.length() == 1 && role.letter() == letter.charAt(0)) {
        return role;
      }
    }
    return null;
  }

  private static ChainTemplate setting(ChainTemplate template, String name, Json value, Reading reading) {
    if (NUMBER_SETTINGS.contains(name)) {
      Double number = reading.number(value, name, false);
      return number == null || template == null ? template : apply(template, value, reading, t -> number(t, name,
          number));
    }
    if (INTEGER_SETTINGS.contains(name)) {
      Integer number = reading.integer(value, name);
      return number == null || template == null ? template : apply(template, value, reading, t -> integer(t, name,
          number));
    }
    List<String> known = new ArrayList<>(NUMBER_SETTINGS);
    known.addAll(INTEGER_SETTINGS);
    reading.problem(value, "the setting must be one of " + String.join(", ", known) + " but was '" + name + "'"
        + Reading.hint(name, known));
    return template;
  }

  static ChainTemplate number(ChainTemplate t, String name, double value) {
    switch (name) {
      case "demand":
        return t.withDemand(value);
      case "basePrice":
        return t.withBasePrice(value);
      case "markup":
        return t.withMarkup(value);
      case "productionCost":
        return t.withProductionCost(value);
      case "handlingCost":
        return t.withHandlingCost(value);
      case "holdingCost":
        return t.withHoldingCost(value);
      case "backlogCost":
        return t.withBacklogCost(value);
      case "saasFee":
        return t.withSaasFee(value);
      case "platformTakeRate":
        return t.withPlatformTakeRate(value);
      case "commission":
        return t.withCommission(value);
      default:
        return t.withOnlineShare(value);
    }
  }

  static ChainTemplate integer(ChainTemplate t, String name, int value) {
    switch (name) {
      case "leadTime":
        return t.withLeadTime(value);
      case "orderDelay":
        return t.withOrderDelay(value);
      case "dataDelay":
        return t.withDataDelay(value);
      default:
        return t.withMaxSuppliers(value);
    }
  }

  /** Applies a change, turning the template's refusal into a problem at the value. */
  private static ChainTemplate apply(ChainTemplate template, Json at, Reading reading,
      UnaryOperator<ChainTemplate> change) {
    try {
      return change.apply(template);
    } catch (IllegalArgumentException e) {
      reading.problem(at, e.getMessage());
      return template;
    }
  }
}
