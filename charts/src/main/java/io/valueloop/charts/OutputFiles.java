package io.valueloop.charts;

import io.valueloop.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the charts' and reports' files through the library's {@link AtomicFiles}, making missing folders first. */
final class OutputFiles {
  private OutputFiles() {}

  /** Writes the bytes to the file whole or not at all, creating missing parent folders. */
  static void write(Path file, byte[] bytes) throws IOException {
    Path target = file.toAbsolutePath();
    Files.createDirectories(target.getParent());
    AtomicFiles.write(target, out -> out.write(bytes));
  }
}
