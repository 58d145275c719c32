package io.valueloop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.valueloop.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagingTest {
  @TempDir
  Path dir;

  @Test
  void folder_commit_movesEveryFileIntoANewFolder() throws Exception {
    try (Staging out = Staging.folder(dir.resolve("a/b"))) {
      Files.writeString(out.file("x.csv"), "x");
      Files.writeString(out.file("y.csv"), "y");
      out.commit();
    }

    assertThat(Cli.names(dir.resolve("a"))).containsExactly("b");
    assertThat(Cli.names(dir.resolve("a/b"))).containsExactly("x.csv", "y.csv");
  }

  @Test
  void folder_failureBeforeCommit_leavesNothing() throws Exception {
    Files.createDirectories(dir.resolve("out"));
    Files.writeString(dir.resolve("out/x.csv"), "old");

    assertThatThrownBy(() -> {
      try (Staging out = Staging.folder(dir.resolve("out"))) {
        Files.writeString(out.file("x.csv"), "new");
        throw new IOException("disk full");
      }
    }).hasMessage("disk full");

    assertThat(Cli.names(dir)).containsExactly("out");
    assertThat(Cli.names(dir.resolve("out"))).containsExactly("x.csv");
    assertThat(dir.resolve("out/x.csv")).hasContent("old");
  }

  @Test
  void folder_existing_getsTheFilesBesideItsOthers() throws Exception {
    Files.createDirectories(dir.resolve("out"));
    Files.writeString(dir.resolve("out/notes.txt"), "mine");
    Files.writeString(dir.resolve("out/x.csv"), "old");

    try (Staging out = Staging.folder(dir.resolve("out"))) {
      Files.writeString(out.file("x.csv"), "new");
      Files.writeString(out.file("y.csv"), "y");
      out.commit();
    }

    assertThat(Cli.names(dir.resolve("out"))).containsExactly("notes.txt", "x.csv", "y.csv");
    assertThat(dir.resolve("out/x.csv")).hasContent("new");
  }

  @Test
  void folder_failureInANewFolder_leavesNoFolder() throws Exception {
    assertThatThrownBy(() -> {
      try (Staging out = Staging.folder(dir.resolve("new"))) {
        Files.writeString(out.file("x.csv"), "x");
        throw new IOException("disk full");
      }
    }).hasMessage("disk full");

    assertThat(Cli.names(dir)).isEmpty();
  }

  @Test
  void file_commit_replacesTheFileAndLeavesNoTemporaryFolder() throws Exception {
    Files.writeString(dir.resolve("chain.dot"), "old");

    AtomicFiles.writeText(Staging.parentsOf(dir.resolve("chain.dot")), out -> out.write("new"));

    assertThat(Cli.names(dir)).containsExactly("chain.dot");
    assertThat(dir.resolve("chain.dot")).hasContent("new");
  }

  @Test
  void file_thatIsAFolder_isRefused() throws Exception {
    Files.createDirectories(dir.resolve("chain.dot"));

    assertThatThrownBy(() -> AtomicFiles.writeText(Staging.parentsOf(dir.resolve("chain.dot")), out -> out.write("x")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("is a folder");
  }
}
