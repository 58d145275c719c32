package io.valueloop.cli;

import io.valueloop.io.ChainFiles;
import io.valueloop.io.ModelFileException;
import io.valueloop.model.ValueChain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How a chain is named on the command line. A name ending in {@code .json} is a JSON chain (or template) file. Any
 * other name is a CSV chain: a folder holding the two tables {@code actors.csv} and {@code flows.csv}; naming either
 * table ({@code mychain/actors.csv}) names its folder.
 */
final class ChainPaths {
  /** The actors table of a CSV chain folder. */
  static final String ACTORS = "actors.csv";
  /** The flows table of a CSV chain folder. */
  static final String FLOWS = "flows.csv";

  private ChainPaths() {}

  /** Tells whether a name on the command line is a JSON file rather than a CSV chain folder. */
  static boolean isJson(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }

  /**
   * Returns the folder of a CSV chain named by its folder or by one of its two tables.
   *
   * @param path the name on the command line
   * @return the folder
   * @throws IllegalArgumentException if the name is of another CSV file, which holds no whole chain
   */
  static Path csvFolder(Path path) {
    Path name = path.getFileName();
    if (name != null && (name.toString().equals(ACTORS) || name.toString().equals(FLOWS))) {
      Path parent = path.getParent();
      return parent == null ? Path.of(".") : parent;
    }
    if (name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
      throw new IllegalArgumentException("a CSV chain must be named by its folder, its " + ACTORS + " or its "
          + FLOWS + " but was " + path);
    }
    return path;
  }

  /**
   * Reads a chain.
   *
   * @param path a JSON file or a CSV chain (see the class comment)
   * @return the validated chain
   * @throws IOException if a file cannot be read
   * @throws ModelFileException if the files are malformed or the chain is invalid, with every problem
   */
  static ValueChain read(Path path) throws IOException, ModelFileException {
    if (isJson(path)) {
      return JsonFiles.readChain(path);
    }
    Path folder = csvFolder(path);
    if (!Files.isDirectory(folder)) {
      throw new NoSuchFileException(folder.toString(), null,
          "a CSV chain must be a folder holding " + ACTORS + " and " + FLOWS);
    }
    return ChainFiles.read(folder.resolve(ACTORS), folder.resolve(FLOWS));
  }

  /**
   * Writes a chain atomically: nothing is replaced unless all of it was written.
   *
   * @param chain the chain
   * @param path a JSON file or a CSV chain folder (see the class comment), created or replaced
   * @throws IOException if a file cannot be written
   */
  static void write(ValueChain chain, Path path) throws IOException {
    if (isJson(path)) {
      JsonFiles.writeChain(chain, Staging.parentsOf(path));
      return;
    }
    try (Staging out = Staging.folder(csvFolder(path))) {
      ChainFiles.write(chain, out.file(ACTORS), out.file(FLOWS));
      out.commit();
    }
  }
}
