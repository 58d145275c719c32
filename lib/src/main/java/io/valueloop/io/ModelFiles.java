package io.valueloop.io;

import io.valueloop.model.ValueChain;
import io.valueloop.sim.Scenario;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads and writes chains, scenarios and experiments as JSON files of the versioned format
 * {@code "format": "valueloop/1"}, described by the JSON Schemas {@link #schema(Kind)} returns and documented in
 * {@code docs/file-formats.md}.
 *
 * <p><b>Reading</b> is safe on untrusted files: the text is limited in size (256 MiB), nesting depth (64), number
 * and string length; no type is ever chosen by the file beyond the format's closed lists (roles, flow kinds,
 * policy, demand and event types); and a read either returns a complete, valid model or throws a
 * {@link ModelFileException} with every problem found, each naming the file, line, column, JSON pointer
 * ({@code /flows/12/terms/price}) and what was expected. Unknown fields are problems, with the nearest known name
 * ({@code did you mean leadTime?}). Every object may carry a {@code "description"} string for people.
 *
 * <p><b>Writing</b> is atomic: the text goes to a temporary file in the target's folder, which is then moved over
 * the target, so that a failed write never leaves half a file. Doubles are written so that they read back exactly:
 * writing then reading gives an equal chain, an equal scenario and an equal experiment.
 */
public final class ModelFiles {

  /** The three kinds of file, as their {@code "kind"} field names them. */
  public enum Kind {
    /** A value chain: actors and flows, or a template. */
    CHAIN,
    /** A scenario: what to simulate on a chain. */
    SCENARIO,
    /** An experiment: a chain, a base scenario, variants, factors, measures and replications. */
    EXPERIMENT;

    /** {@return the name the {@code "kind"} field uses: {@code chain}, {@code scenario} or {@code experiment}} */
    public String fieldValue() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private ModelFiles() {}

  /**
   * Reads a chain file in UTF-8.
   *
   * @param file the file
   * @return the validated chain (a template's chain when the file holds a template)
   * @throws IOException if the file cannot be read
   * @throws ModelFileException if the file is not a valid chain file or the chain breaks a rule of
   *     {@link ValueChain.Builder#build()}, each problem at the JSON pointer of the actor or flow at fault
   */
  public static ValueChain readChain(Path file) throws IOException, ModelFileException {
    return read(file, ChainJson::read);
  }

  /**
   * Reads a chain from a text; the name is used only in problems.
   *
   * @param in the text
   * @param name the text's name, for problems
   * @return the validated chain
   * @throws IOException if the reader fails
   * @throws ModelFileException as {@link #readChain(Path)}
   */
  public static ValueChain readChain(Reader in, String name) throws IOException, ModelFileException {
    return read(in, name, ChainJson::read);
  }

  /**
   * Writes a chain file in UTF-8, atomically, creating or replacing it.
   *
   * @param chain the chain
   * @param file the file
   * @throws IOException if the file cannot be written
   */
  public static void writeChain(ValueChain chain, Path file) throws IOException {
    writeFile(file, ChainJson.write(Objects.requireNonNull(chain, "chain")));
  }

  /**
   * Writes a chain as JSON text.
   *
   * @param chain the chain
   * @param out where the text goes
   * @throws IOException if the output fails
   */
  public static void writeChain(ValueChain chain, Writer out) throws IOException {
    Objects.requireNonNull(chain, "chain");
    write(ChainJson.write(chain), out);
  }

  /**
   * Writes a chain file holding a template, in UTF-8, atomically, creating or replacing it: a few lines for a chain
   * of any size. Reading the file gives the chain {@link TemplateSpec#build()} gives.
   *
   * @param template the template
   * @param file the file
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException if the template refuses a count or setting (the file is then not written)
   */
  public static void writeTemplate(TemplateSpec template, Path file) throws IOException {
    Objects.requireNonNull(template, "template");
    template.build();
    writeFile(file, templateJson(template));
  }

  /**
   * Writes a chain file holding a template as JSON text.
   *
   * @param template the template
   * @param out where the text goes
   * @throws IOException if the output fails
   */
  public static void writeTemplate(TemplateSpec template, Writer out) throws IOException {
    Objects.requireNonNull(template, "template");
    write(templateJson(template), out);
  }

  /**
   * Reads a scenario file in UTF-8.
   *
   * @param file the file
   * @return the scenario
   * @throws IOException if the file cannot be read
   * @throws ModelFileException if the file is not a valid scenario file, with every problem
   */
  public static Scenario readScenario(Path file) throws IOException, ModelFileException {
    return read(file, ModelFiles::scenario);
  }

  /**
   * Reads a scenario from a text; the name is used only in problems.
   *
   * @param in the text
   * @param name the text's name, for problems
   * @return the scenario
   * @throws IOException if the reader fails
   * @throws ModelFileException as {@link #readScenario(Path)}
   */
  public static Scenario readScenario(Reader in, String name) throws IOException, ModelFileException {
    return read(in, name, ModelFiles::scenario);
  }

  private static Scenario scenario(Json root, Problems problems) throws ModelFileException {
    Scenario scenario = ScenarioJson.read(root, true, new Reading(problems));
    problems.throwIfAny();
    return scenario;
  }

  /**
   * Writes a scenario file in UTF-8, atomically, creating or replacing it.
   *
   * @param scenario the scenario; its policies, demand processes and events must be the library's own (from
   *     {@link io.valueloop.sim.Policies}, {@link io.valueloop.sim.DemandProcesses} and
   *     {@link io.valueloop.sim.Event}), since a file cannot hold code
   * @param file the file
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException if the scenario holds a custom policy or demand process
   */
  public static void writeScenario(Scenario scenario, Path file) throws IOException {
    Objects.requireNonNull(scenario, "scenario");
    writeFile(file, ScenarioJson.write(scenario, true));
  }

  /**
   * Writes a scenario as JSON text.
   *
   * @param scenario the scenario, as for {@link #writeScenario(Scenario, Path)}
   * @param out where the text goes
   * @throws IOException if the output fails
   * @throws IllegalArgumentException if the scenario holds a custom policy or demand process
   */
  public static void writeScenario(Scenario scenario, Writer out) throws IOException {
    Objects.requireNonNull(scenario, "scenario");
    write(ScenarioJson.write(scenario, true), out);
  }

  /**
   * Reads an experiment file in UTF-8; chain and scenario files it names are read relative to its folder.
   *
   * @param file the file
   * @return the experiment
   * @throws IOException if a file cannot be read
   * @throws ModelFileException if the file, or a file it names, is not valid, with every problem
   */
  public static ExperimentFile readExperiment(Path file) throws IOException, ModelFileException {
    Path folder = Objects.requireNonNull(file, "file").toAbsolutePath().getParent();
    return read(file, (root, problems) -> ExperimentJson.read(root, folder, problems));
  }

  /**
   * Reads an experiment from a text; the name is used only in problems.
   *
   * @param in the text
   * @param name the text's name, for problems
   * @param folder the folder that relative chain and scenario paths are resolved against
   * @return the experiment
   * @throws IOException if a file cannot be read
   * @throws ModelFileException as {@link #readExperiment(Path)}
   */
  public static ExperimentFile readExperiment(Reader in, String name, Path folder)
      throws IOException, ModelFileException {
    Objects.requireNonNull(folder, "folder");
    return read(in, name, (root, problems) -> ExperimentJson.read(root, folder, problems));
  }

  /** Reads a chain from bytes in UTF-8, for the fuzz tests; see {@link #readChain(Path)}. */
  static ValueChain readChain(InputStream in, String name) throws ModelFileException {
    return read(in, name, ChainJson::read);
  }

  /** Reads a scenario from bytes in UTF-8, for the fuzz tests; see {@link #readScenario(Path)}. */
  static Scenario readScenario(InputStream in, String name) throws ModelFileException {
    return read(in, name, ModelFiles::scenario);
  }

  /** Reads an experiment from bytes in UTF-8, for the fuzz tests; see {@link #readExperiment(Path)}. */
  static ExperimentFile readExperiment(InputStream in, String name, Path folder) throws ModelFileException {
    return read(in, name, (root, problems) -> ExperimentJson.read(root, folder, problems));
  }

  /** Reads a model of one kind from a file's parsed JSON, recording every problem. */
  @FunctionalInterface
  private interface FromJson<T> {
    T read(Json root, Problems problems) throws ModelFileException;
  }

  /** Reads a model from a file in UTF-8; the file's name is used in problems. */
  private static <T> T read(Path file, FromJson<T> fromJson) throws IOException, ModelFileException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), fromJson);
    }
  }

  /** Reads a model from bytes in UTF-8; the name is used only in problems. */
  private static <T> T read(InputStream in, String name, FromJson<T> fromJson) throws ModelFileException {
    Problems problems = new Problems();
    return fromJson.read(root(JsonText.parse(in, name, problems), problems), problems);
  }

  /** Reads a model from a text; the name is used only in problems. */
  private static <T> T read(Reader in, String name, FromJson<T> fromJson) throws ModelFileException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    Problems problems = new Problems();
    return fromJson.read(root(JsonText.parse(in, name, problems), problems), problems);
  }

  /** {@return a parsed root, or throws the problems if the text was not JSON} */
  private static Json root(Json root, Problems problems) throws ModelFileException {
    if (root == null) {
      problems.throwIfAny();
    }
    return root;
  }

  /**
   * Writes an experiment file in UTF-8, atomically, creating or replacing it. Chain and scenario files it names are
   * named again, not written.
   *
   * @param experiment the experiment
   * @param file the file
   * @throws IOException if the file cannot be written
   */
  public static void writeExperiment(ExperimentFile experiment, Path file) throws IOException {
    writeFile(file, ExperimentJson.write(Objects.requireNonNull(experiment, "experiment")));
  }

  /**
   * Writes an experiment as JSON text.
   *
   * @param experiment the experiment
   * @param out where the text goes
   * @throws IOException if the output fails
   */
  public static void writeExperiment(ExperimentFile experiment, Writer out) throws IOException {
    Objects.requireNonNull(experiment, "experiment");
    write(ExperimentJson.write(experiment), out);
  }

  /**
   * Reads a file of any of the three kinds, as its {@code "kind"} field says, and reports every problem: what a
   * {@code validate} command needs.
   *
   * @param file the file
   * @return the kind of the file
   * @throws IOException if a file cannot be read
   * @throws ModelFileException if the file is not valid, or names no known kind
   */
  public static Kind validate(Path file) throws IOException, ModelFileException {
    Objects.requireNonNull(file, "file");
    byte[] bytes = Files.readAllBytes(file);
    Problems problems = new Problems();
    Json root = root(JsonText.parse(new ByteArrayInputStream(bytes), file.toString(), problems), problems);
    Kind kind = kindOf(root, new Reading(problems));
    if (kind == null) {
      throw problems.exception(0, null);
    }
    switch (kind) {
      case CHAIN:
        readChain(new ByteArrayInputStream(bytes), file.toString());
        break;
      case SCENARIO:
        readScenario(new ByteArrayInputStream(bytes), file.toString());
        break;
      default:
        readExperiment(new ByteArrayInputStream(bytes), file.toString(), file.toAbsolutePath().getParent());
        break;
    }
    return kind;
  }

  /**
   * Returns a sample file's text, with {@code "description"} fields that explain it: a small S2B2C2S2B chain, a
   * scenario for it, or an experiment comparing the data loop off and on, replicated. The experiment names the
   * other two as {@code chain.json} and {@code scenario.json} in its folder.
   *
   * @param kind which sample
   * @return the sample's JSON text
   */
  public static String sample(Kind kind) {
    return resource("samples/" + kind.fieldValue() + ".json");
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of a kind of file.
   *
   * @param kind the kind
   * @return the schema's JSON text
   */
  public static String schema(Kind kind) {
    return resource("schema/" + kind.fieldValue() + ".schema.json");
  }

  static Kind kindOf(Json root, Reading reading) {
    Reading.Fields fields = reading.object(root, "the file");
    if (fields == null) {
      return null;
    }
    Json kind = fields.required("kind");
    String text = reading.string(kind, "kind");
    for (Kind k : Kind.values()) {
      if (k.fieldValue().equals(text)) {
        return k;
      }
    }
    if (text != null) {
      reading.problem(kind, "kind must be one of chain, scenario, experiment but was " + Reading.shown(kind));
    }
    return null;
  }

  private static Json templateJson(TemplateSpec template) {
    return Json.object().put("format", Reading.FORMAT).put("kind", Kind.CHAIN.fieldValue())
        .put("template", template.json());
  }

  /** Writes a model's JSON to a file in UTF-8, atomically, creating or replacing it. */
  private static void writeFile(Path file, Json json) throws IOException {
    AtomicFiles.writeText(file, out -> write(json, out));
  }

  private static void write(Json json, Writer out) throws IOException {
    out.write(JsonText.write(json));
    out.flush();
  }

  private static String resource(String name) {
    try (InputStream in = ModelFiles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource must be in the library's jar but was missing: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
