package io.valueloop.io;

import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import io.valueloop.pattern.BusinessModelCode;
import io.valueloop.pattern.ChainTemplate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A chain file's {@code template}: a business-model code, counts per role, a seed and settings by the names of
 * {@link ChainTemplate}'s {@code withX} methods ({@code demand}, {@code leadTime}, ...). A chain of 2,000 consumer
 * segments is then a few lines of file; {@link ModelFiles#writeTemplate(TemplateSpec, java.nio.file.Path)} writes
 * it and {@link ModelFiles#readChain(java.nio.file.Path)} reads it back as {@link #build()} builds it.
 *
 * @param code the business-model code, as {@link BusinessModelCode#parse(String)} reads it
 * @param counts the number of actors per role; roles not given keep the template's default
 * @param seed the seed of the template's random choices
 * @param settings the settings by name, in the order applied; whole-number settings take whole numbers
 */
public record TemplateSpec(String code, Map<Role, Integer> counts, long seed, Map<String, Double> settings) {

  /**
   * Copies the maps and checks the code and the setting names.
   *
   * @param code the business-model code
   * @param counts the number of actors per role
   * @param seed the seed
   * @param settings the settings by name
   * @throws IllegalArgumentException if the code does not parse, or a setting has no such name or a whole-number
   *     setting is not whole
   */
  public TemplateSpec {
    Objects.requireNonNull(code, "code");
    BusinessModelCode.parse(code);
    counts = Collections.unmodifiableMap(new EnumMap<>(Objects.requireNonNull(counts, "counts").isEmpty()
        ? new EnumMap<>(Role.class) : counts));
    settings = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(settings, "settings")));
    List<String> known = new ArrayList<>(TemplateJson.NUMBER_SETTINGS);
    known.addAll(TemplateJson.INTEGER_SETTINGS);
    for (Map.Entry<String, Double> setting : settings.entrySet()) {
      double value = Objects.requireNonNull(setting.getValue(), "setting value");
      if (!known.contains(setting.getKey())) {
        throw new IllegalArgumentException("setting must be one of " + known + " but was '" + setting.getKey()
            + "'" + Reading.hint(setting.getKey(), known));
      }
      if (TemplateJson.INTEGER_SETTINGS.contains(setting.getKey())
          && !(value == Math.rint(value) && Math.abs(value) <= Integer.MAX_VALUE)) {
        throw new IllegalArgumentException(setting.getKey() + " must be a whole number within the range of an int"
            + " but was " + value);
      }
    }
  }

  /**
   * Returns the template's chain.
   *
   * @return the chain
   * @throws IllegalArgumentException if the template refuses a count or setting
   */
  public ValueChain build() {
    ChainTemplate template = ChainTemplate.of(BusinessModelCode.parse(code));
    for (Map.Entry<Role, Integer> count : counts.entrySet()) {
      template = template.withCount(count.getKey(), count.getValue());
    }
    template = template.withSeed(seed);
    for (Map.Entry<String, Double> setting : settings.entrySet()) {
      template = TemplateJson.INTEGER_SETTINGS.contains(setting.getKey())
          ? TemplateJson.integer(template, setting.getKey(), (int) (double) setting.getValue())
          : TemplateJson.number(template, setting.getKey(), setting.getValue());
    }
    return template.build();
  }

  /** Returns the file's {@code template} object. */
  Json json() {
    Json json = Json.object().put("code", code);
    if (!counts.isEmpty()) {
      Json byRole = Json.object();
      counts.forEach((role, count) -> byRole.put(role.name(), Json.number(count.longValue())));
      json.put("counts", byRole);
    }
    json.put("seed", Json.number(seed));
    if (!settings.isEmpty()) {
      Json values = Json.object();
      settings.forEach(values::put);
      json.put("settings", values);
    }
    return json;
  }
}
