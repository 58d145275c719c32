package io.valueloop.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test on the sample files: each test starts from {@code valueloop init} in a fresh folder. */
abstract class SampleStudy {
  @TempDir
  Path dir;

  @BeforeEach
  void samples() {
    Cli.Run run = Cli.run("init", dir);
    if (run.exitCode() != 0) {
      throw new AssertionError("cannot write the sample files: " + run.err());
    }
  }
}
