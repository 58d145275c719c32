package io.valueloop.io;

import io.valueloop.experiment.Design;
import io.valueloop.experiment.DesignPoint;
import io.valueloop.experiment.Factor;
import io.valueloop.experiment.Measure;
import io.valueloop.experiment.StoppingRule;
import io.valueloop.flow.CompiledChain;
import io.valueloop.model.ValueChain;
import io.valueloop.sim.Scenario;
import io.valueloop.sim.Simulation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The experiment format. A variant's {@code set} maps JSON pointers into the scenario to values; a factor sets one
 * pointer to one of its {@code levels} (any JSON values) or, in a Latin hypercube, to a number in
 * {@code [min, max]} (rounded when {@code integer}). Every expanded scenario is read as a scenario file is, so a
 * bad value is reported where it was written: in the experiment file for overrides, in the scenario for the rest.
 */
final class ExperimentJson {
  /** The order fields are written in. */
  private static final List<String> FIELDS = List.of("format", "kind", Reading.DESCRIPTION, "chain", "scenario",
      "variants", "factors", "design", "measures", "replications", "threads", "confidenceLevel", "stopping");
  /** The most scenarios an experiment file may expand to. */
  private static final int MAX_SCENARIOS = 100_000;

  private ExperimentJson() {}

  /** A variant or design point as read: its name and its overrides. */
  private record Override(String name, Map<String, Json> set) {}

  static ExperimentFile read(Json root, Path folder, Problems problems) throws ModelFileException {
    Reading reading = new Reading(problems);
    Reading.Fields f = reading.object(root, "the experiment file");
    if (f == null) {
      throw problems.exception(0, null);
    }
    reading.header(f, ModelFiles.Kind.EXPERIMENT.fieldValue());
    String description = f.string(Reading.DESCRIPTION);
    ValueChain chain = chain(f.required("chain"), folder, reading);
    Json scenarioNode = f.required("scenario");
    Json scenarioJson = scenarioJson(scenarioNode, folder, reading);
    boolean scenarioHeader = scenarioNode != null && scenarioNode.is(Json.Type.STRING);
    long before = problems.count();
    Scenario base = scenarioJson == null ? null : ScenarioJson.read(scenarioJson, scenarioHeader, reading);
    boolean baseValid = base != null && problems.count() == before;
    List<Override> variants = variants(f.get("variants"), reading);
    List<Override> points = DesignJson.points(f.get("factors"), f.get("design"), reading);
    List<String> measures = new ArrayList<>();
    for (Json item : reading.array(f.required("measures"), "measures")) {
      String name = reading.string(item, "measure");
      if (name != null) {
        try {
          String named = Measure.named(name).name();
          if (measures.contains(named)) {
            reading.problem(item, "measure must appear once but '" + name + "' appeared again");
          } else {
            measures.add(named);
          }
        } catch (IllegalArgumentException e) {
          reading.problem(item, e.getMessage());
        }
      }
    }
    int replications = positive(f, "replications", ExperimentFile.DEFAULT_REPLICATIONS, 1, reading);
    int threads = positive(f, "threads", 1, 1, reading);
    Json levelNode = f.get("confidenceLevel");
    double level = f.number("confidenceLevel", ExperimentFile.DEFAULT_CONFIDENCE_LEVEL);
    if (levelNode != null && !(level > 0 && level < 1)) {
      reading.problem(levelNode, "confidenceLevel must be in (0, 1) but was " + level);
    }
    Optional<StoppingRule> stopping = stopping(f.get("stopping"), level, replications, measures, reading);
    f.end();
    Map<String, Scenario> scenarios = new LinkedHashMap<>();
    if (baseValid && (long) Math.max(1, variants.size()) * Math.max(1, points.size()) > MAX_SCENARIOS) {
      reading.problem(root, "variants × design points must be at most " + MAX_SCENARIOS + " but was "
          + (long) variants.size() * points.size());
    } else if (baseValid) {
      expand(scenarioJson, scenarioHeader, variants, points, reading, scenarios);
    }
    if (chain != null && !scenarios.isEmpty()) {
      startEach(chain, scenarios, f.node.field("chain"), scenarioNode, reading);
    }
    if (chain == null || base == null || problems.count() > 0) {
      throw problems.exception(reading.uncounted, reading.cause);
    }
    if (measures.isEmpty()) {
      reading.problem(f.node.field("measures"), "measures must be non-empty but was []");
      throw problems.exception(0, null);
    }
    return new ExperimentFile(root, chain, base, scenarios, measures, replications, threads, level, stopping,
        Optional.ofNullable(description));
  }

  /**
   * Starts a run of every scenario on the chain, as the experiment will, so that a file that cannot run (an id the
   * chain lacks, a lead time the simulation refuses) fails when read, not after hours of other runs.
   */
  private static void startEach(ValueChain chain, Map<String, Scenario> scenarios, Json chainNode,
      Json scenarioNode, Reading reading) {
    Simulation simulation;
    try {
      simulation = Simulation.of(CompiledChain.compile(chain));
    } catch (RuntimeException e) {
      reading.problem(chainNode, "chain must be one the simulation can run but was not: " + e.getMessage());
      return;
    }
    for (Map.Entry<String, Scenario> scenario : scenarios.entrySet()) {
      try {
        simulation.start(scenario.getValue());
      } catch (RuntimeException e) {
        reading.problem(scenarioNode, "scenario '" + scenario.getKey() + "' must run on the chain but did not: "
            + e.getMessage());
      }
    }
  }

  private static void expand(Json scenarioJson, boolean header, List<Override> variants, List<Override> points,
      Reading reading, Map<String, Scenario> scenarios) {
    List<Override> rows = variants.isEmpty() ? List.of(new Override("base", Map.of())) : variants;
    List<Override> columns = points.isEmpty() ? List.of(new Override("", Map.of())) : points;
    for (Override variant : rows) {
      for (Override point : columns) {
        String name = points.isEmpty() ? variant.name() : variants.isEmpty() ? point.name()
            : variant.name() + " | " + point.name();
        Json json = scenarioJson;
        Map<String, Json> set = new LinkedHashMap<>(variant.set());
        set.putAll(point.set());
        for (Map.Entry<String, Json> entry : set.entrySet()) {
          try {
            json = json.with(entry.getKey(), entry.getValue());
          } catch (IllegalArgumentException e) {
            reading.problem(entry.getValue(), "the path " + entry.getKey() + " must lead to a field of the scenario"
                + " but did not: " + e.getMessage());
          }
        }
        Scenario scenario = ScenarioJson.read(json, header, reading);
        if (scenario != null && scenarios.putIfAbsent(name, scenario) != null) {
          reading.problem(scenarioJson, "scenario names must be distinct but '" + name + "' appeared twice");
        }
      }
    }
  }

  private static List<Override> variants(Json node, Reading reading) {
    List<Override> variants = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Json item : reading.array(node, "variants")) {
      Reading.Fields v = reading.object(item, "variant");
      if (v == null) {
        continue;
      }
      Json nameNode = v.required("name");
      String name = reading.string(nameNode, "name");
      if (name != null && (name.isBlank() || names.contains(name))) {
        reading.problem(nameNode, "name must be non-blank and distinct but was " + Reading.shown(nameNode));
      }
      names.add(name);
      Map<String, Json> set = new LinkedHashMap<>();
      Reading.Fields s = reading.object(v.get("set"), "set");
      if (s != null) {
        for (Map.Entry<String, Json> entry : s.node.fields().entrySet()) {
          if (!entry.getKey().startsWith("/")) {
            reading.problem(entry.getValue(), "the path must be a JSON pointer starting with '/' but was '"
                + entry.getKey() + "'");
          }
          set.put(entry.getKey(), entry.getValue());
        }
      }
      v.end();
      variants.add(new Override(name == null ? "" : name, set));
    }
    return variants;
  }

  private static int positive(Reading.Fields f, String name, int fallback, int least, Reading reading) {
    Json node = f.get(name);
    Integer value = reading.integer(node, name);
    if (value != null && value < least) {
      reading.problem(node, name + " must be at least " + least + " but was " + value);
      return fallback;
    }
    return value == null ? fallback : value;
  }

  private static Optional<StoppingRule> stopping(Json node, double level, int replications, List<String> measures,
      Reading reading) {
    Reading.Fields f = reading.object(node, "stopping");
    if (f == null) {
      return Optional.empty();
    }
    long before = reading.problems.count();
    Json measureNode = f.required("measure");
    String measure = reading.string(measureNode, "measure");
    if (measure != null && !measures.contains(measure)) {
      reading.problem(measureNode, "measure must be one of the experiment's measures " + measures + " but was '"
          + measure + "'" + Reading.hint(measure, measures));
    }
    Json widthNode = f.required("halfWidth");
    Double halfWidth = reading.number(widthNode, "halfWidth", false);
    Json capNode = f.required("maxReplications");
    Integer cap = reading.integer(capNode, "maxReplications");
    f.end();
    if (reading.problems.count() > before || measure == null || halfWidth == null || cap == null) {
      return Optional.empty();
    }
    if (cap < Math.max(2, replications)) {
      reading.problem(capNode, "maxReplications must be at least the replications, and 2, but was " + cap);
    }
    if (replications < 2) {
      reading.problem(f.node, "replications must be at least 2 with a stopping rule but was " + replications);
    }
    try {
      return reading.problems.count() > before ? Optional.empty()
          : Optional.of(new StoppingRule(measure, halfWidth, level, cap));
    } catch (IllegalArgumentException e) {
      reading.problem(widthNode, e.getMessage());
      return Optional.empty();
    }
  }

  private static ValueChain chain(Json node, Path folder, Reading reading) {
    if (node == null) {
      return null;
    }
    if (node.is(Json.Type.STRING)) {
      Path file = resolve(node, folder, reading);
      if (file == null) {
        return null;
      }
      try {
        return ModelFiles.readChain(file);
      } catch (ModelFileException e) {
        reading.problems.addAll(e);
      } catch (IOException e) {
        reading.problem(node, "chain must name a readable chain file but reading " + file + " failed: " + e);
      }
      return null;
    }
    Reading.Fields f = reading.object(node, "chain");
    if (f == null) {
      return null;
    }
    f.known("format", "kind");
    return ChainJson.readBody(f, reading);
  }

  private static Json scenarioJson(Json node, Path folder, Reading reading) {
    if (node == null || !node.is(Json.Type.STRING)) {
      return node;
    }
    Path file = resolve(node, folder, reading);
    if (file == null) {
      return null;
    }
    try (InputStream in = Files.newInputStream(file)) {
      return JsonText.parse(in, file.toString(), reading.problems);
    } catch (IOException e) {
      reading.problem(node, "scenario must name a readable scenario file but reading " + file + " failed: " + e);
      return null;
    }
  }

  private static Path resolve(Json node, Path folder, Reading reading) {
    try {
      return folder.resolve(node.text);
    } catch (InvalidPathException e) {
      reading.problem(node, "the path must be a file path but was " + Reading.shown(node) + ": " + e.getMessage());
      return null;
    }
  }

  /** Returns an experiment as written: the fields as read, with an inline chain and scenario in canonical form. */
  static Json write(ExperimentFile experiment) {
    Json source = experiment.source;
    Json root = Json.object();
    for (String name : FIELDS) {
      Json value = source.field(name);
      if (name.equals("format")) {
        value = Json.string(Reading.FORMAT);
      } else if (name.equals("kind")) {
        value = Json.string(ModelFiles.Kind.EXPERIMENT.fieldValue());
      } else if (name.equals("chain") && !value.is(Json.Type.STRING)) {
        value = ChainJson.write(experiment.chain());
      } else if (name.equals("scenario") && !value.is(Json.Type.STRING)) {
        value = experiment.canonicalScenario;
      }
      if (value != null) {
        root.put(name, value);
      }
    }
    return root;
  }

  /** The design's factors and points: see {@link Design}. */
  static final class DesignJson {
    private DesignJson() {}

    static List<Override> points(Json factorsNode, Json designNode, Reading reading) {
      List<Factor> factors = new ArrayList<>();
      List<String> paths = new ArrayList<>();
      List<List<Json>> levels = new ArrayList<>();
      List<Boolean> integers = new ArrayList<>();
      List<Json> nodes = new ArrayList<>();
      long before = reading.problems.count();
      for (Json item : reading.array(factorsNode, "factors")) {
        Reading.Fields f = reading.object(item, "factor");
        if (f == null) {
          continue;
        }
        Json nameNode = f.required("name");
        String name = reading.string(nameNode, "name");
        Json pathNode = f.required("path");
        String path = reading.string(pathNode, "path");
        if (path != null && !path.startsWith("/")) {
          reading.problem(pathNode, "path must be a JSON pointer starting with '/' but was '" + path + "'");
        }
        List<Json> values = f.has("levels") ? reading.array(f.get("levels"), "levels") : null;
        Double min = f.has("levels") ? null : reading.number(f.required("min"), "min", false);
        Double max = f.has("levels") ? null : reading.number(f.required("max"), "max", false);
        boolean integer = f.bool("integer", false);
        f.end();
        if (name == null || path == null || values == null && (min == null || max == null)) {
          continue;
        }
        try {
          factors.add(values != null ? Factor.levels(name, indices(values.size())) : Factor.range(name, min, max));
          paths.add(path);
          levels.add(values);
          integers.add(integer);
          nodes.add(item);
        } catch (IllegalArgumentException e) {
          reading.problem(item, e.getMessage());
        }
      }
      Reading.Fields d = reading.object(designNode, "design");
      String type = "fullFactorial";
      int points = 0;
      long seed = 0;
      if (d != null) {
        Json typeNode = d.required("type");
        String text = reading.string(typeNode, "type");
        if (text != null && !List.of("fullFactorial", "latinHypercube").contains(text)) {
          reading.problem(typeNode, "type must be one of fullFactorial, latinHypercube but was "
              + Reading.shown(typeNode) + Reading.hint(text, List.of("fullFactorial", "latinHypercube")));
        }
        type = text == null ? type : text;
        if (type.equals("latinHypercube")) {
          points = d.integer("points", 0);
          Long s = reading.longInteger(d.required("seed"), "seed");
          seed = s == null ? 0 : s;
          if (!d.has("points")) {
            d.required("points");
          }
        }
        d.end();
      }
      if (factors.isEmpty() || reading.problems.count() > before) {
        return List.of();
      }
      long count = type.equals("latinHypercube") ? points : 1;
      for (int i = 0; i < factors.size() && !type.equals("latinHypercube"); i++) {
        count *= factors.get(i).levels().length;
        count = Math.min(count, Integer.MAX_VALUE);
      }
      if (count > MAX_SCENARIOS) {
        reading.problem(designNode != null ? designNode : factorsNode, "design points must be at most "
            + MAX_SCENARIOS + " but were " + (count == Integer.MAX_VALUE ? "more" : String.valueOf(count)));
        return List.of();
      }
      Design design;
      try {
        design = type.equals("latinHypercube") ? Design.latinHypercube(factors, points, seed)
            : Design.fullFactorial(factors);
      } catch (IllegalArgumentException e) {
        reading.problem(designNode != null ? designNode : factorsNode, e.getMessage());
        return List.of();
      }
      List<Override> overrides = new ArrayList<>();
      for (DesignPoint point : design.points()) {
        Map<String, Json> set = new LinkedHashMap<>();
        List<String> label = new ArrayList<>();
        for (int i = 0; i < factors.size(); i++) {
          double value = point.value(factors.get(i).name());
          Json node = nodes.get(i);
          Json setting;
          if (levels.get(i) != null) {
            setting = levels.get(i).get((int) value);
          } else {
            double number = integers.get(i) ? Math.rint(value) : value;
            setting = Json.read(Json.Type.NUMBER, node.file, node.line, node.column, node.path,
                Json.number(number).text);
          }
          set.put(paths.get(i), setting);
          label.add(factors.get(i).name() + "=" + (setting.is(Json.Type.OBJECT) || setting.is(Json.Type.ARRAY)
              ? "#" + (int) value : setting.text));
        }
        overrides.add(new Override(String.join(", ", label), set));
      }
      return overrides;
    }

    private static double[] indices(int count) {
      double[] indices = new double[count];
      for (int i = 0; i < count; i++) {
        indices[i] = i;
      }
      return indices;
    }
  }
}
