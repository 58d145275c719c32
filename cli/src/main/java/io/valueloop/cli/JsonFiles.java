package io.valueloop.cli;

import io.valueloop.experiment.Experiment;
import io.valueloop.io.ModelFileException;
import io.valueloop.model.ValueChain;
import io.valueloop.sim.Scenario;
import java.io.IOException;
import java.nio.file.Path;

/** The command line's one seam to the JSON file formats of {@code io.valueloop.io}. */
final class JsonFiles {
  private JsonFiles() {}

  /** An experiment ready to run, and the confidence level of its summary. */
  record Study(Experiment experiment, double level) {}

  static ValueChain readChain(Path file) throws IOException, ModelFileException {
    throw new IOException(file + ": JSON chain files are not supported yet");
  }

  static void writeChain(ValueChain chain, Path file) throws IOException {
    throw new IOException(file + ": JSON chain files are not supported yet");
  }

  static Scenario readScenario(Path file) throws IOException, ModelFileException {
    throw new IOException(file + ": JSON scenario files are not supported yet");
  }

  static Study readExperiment(Path file, Integer threads) throws IOException, ModelFileException {
    throw new IOException(file + ": JSON experiment files are not supported yet");
  }

  static String describe(Path file) throws IOException, ModelFileException {
    throw new IOException(file + ": JSON files are not supported yet");
  }

  static String sample(String name) throws IOException {
    throw new IOException(name + ": JSON sample files are not available yet");
  }
}
