package io.valueloop.cli;

import io.valueloop.io.ExperimentFile;
import io.valueloop.io.ModelFileException;
import io.valueloop.io.ModelFiles;
import io.valueloop.model.ValueChain;
import io.valueloop.sim.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** The command line's one seam to the JSON file formats of {@code io.valueloop.io} ({@link ModelFiles}). */
final class JsonFiles {
  private JsonFiles() {}

  /** Reads a JSON chain, or a template, which it builds. */
  static ValueChain readChain(Path file) throws IOException, ModelFileException {
    return ModelFiles.readChain(file);
  }

  /** Writes a JSON chain; the caller makes the write atomic. */
  static void writeChain(ValueChain chain, Path file) throws IOException {
    ModelFiles.writeChain(chain, file);
  }

  /** Reads a JSON scenario. */
  static Scenario readScenario(Path file) throws IOException, ModelFileException {
    return ModelFiles.readScenario(file);
  }

  /**
   * Reads a JSON experiment with the chain and scenario files it names.
   *
   * @param file the experiment file
   * @param threads the number of threads to run on instead of the file's, or null for the file's
   */
  static ExperimentFile readExperiment(Path file, Integer threads) throws IOException, ModelFileException {
    ExperimentFile experiment = ModelFiles.readExperiment(file);
    return threads == null ? experiment : experiment.withThreads(threads);
  }

  /** Reads a JSON file of any kind, by its {@code "kind"} field, and names the kind. */
  static String describe(Path file) throws IOException, ModelFileException {
    String kind = ModelFiles.validate(file).name().toLowerCase(Locale.ROOT);
    return (kind.startsWith("e") ? "an " : "a ") + kind;
  }

  /** Returns the text of a sample file for {@code init}, by its name: chain.json, scenario.json or experiment.json. */
  static String sample(String name) {
    String kind = name.substring(0, name.indexOf('.')).toUpperCase(Locale.ROOT);
    return ModelFiles.sample(ModelFiles.Kind.valueOf(kind));
  }
}
