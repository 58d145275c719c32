package io.valueloop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir
  Path folder;

  @Test
  void writeText_createsAndReplacesAFile() throws IOException {
    Path file = folder.resolve("table.csv");

    AtomicFiles.writeText(file, out -> out.write("first"));
    AtomicFiles.writeText(file, out -> out.append("sécond ").append("\uD83D\uDE00"));

    assertThat(Files.readString(file)).isEqualTo("sécond \uD83D\uDE00");
    assertThat(listing()).containsExactly("table.csv");
  }

  @Test
  void write_leavesTheOldFileAndNoTemporaryWhenTheContentFails() throws IOException {
    Path file = folder.resolve("table.csv");
    Files.writeString(file, "old");

    assertThatThrownBy(() -> AtomicFiles.writeText(file, out -> {
      out.write("new, half");
      out.flush();
      throw new IOException("disk full");
    })).hasMessage("disk full");
    assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
      out.write(new byte[1 << 20]);
      throw new IllegalStateException("bug");
    })).hasMessage("bug");

    assertThat(Files.readString(file)).isEqualTo("old");
    assertThat(listing()).containsExactly("table.csv");
  }

  @Test
  void writeText_refusesAnUnpairedSurrogateAndLeavesTheOldFile() throws IOException {
    Path file = folder.resolve("actors.csv");
    Files.writeString(file, "old");

    assertThatThrownBy(() -> AtomicFiles.writeText(file, out -> out.write("id\nx\uD800y\n")))
        .isInstanceOf(CharacterCodingException.class);

    assertThat(Files.readString(file)).isEqualTo("old");
    assertThat(listing()).containsExactly("actors.csv");
  }

  @Test
  void writeAll_writesEveryFileBeforeReplacingAny() throws IOException {
    Path first = folder.resolve("a.csv");
    Path second = folder.resolve("b.csv");
    Files.writeString(first, "old a");
    Files.writeString(second, "old b");
    Map<Path, AtomicFiles.Content> contents = new LinkedHashMap<>();
    contents.put(first, AtomicFiles.utf8(out -> out.write("new a")));
    contents.put(second, AtomicFiles.utf8(out -> {
      assertThat(Files.readString(first)).isEqualTo("old a");
      throw new IOException("failed");
    }));

    assertThatThrownBy(() -> AtomicFiles.writeAll(contents)).hasMessage("failed");

    assertThat(Files.readString(first)).isEqualTo("old a");
    assertThat(Files.readString(second)).isEqualTo("old b");
    assertThat(listing()).containsExactly("a.csv", "b.csv");
  }

  @Test
  void writeAll_replacesEveryFileWhenAllAreWritten() throws IOException {
    Map<Path, AtomicFiles.Content> contents = new LinkedHashMap<>();
    contents.put(folder.resolve("a.csv"), out -> out.write(1));
    contents.put(folder.resolve("b.csv"), out -> {
      out.write(new byte[] {2, 3}, 0, 2);
      out.close();
    });

    AtomicFiles.writeAll(contents);

    assertThat(Files.readAllBytes(folder.resolve("a.csv"))).containsExactly(1);
    assertThat(Files.readAllBytes(folder.resolve("b.csv"))).containsExactly(2, 3);
    assertThat(listing()).containsExactly("a.csv", "b.csv");
  }

  @Test
  void writeAll_refusesTheSameFileTwice() throws IOException {
    Map<Path, AtomicFiles.Content> contents = new LinkedHashMap<>();
    contents.put(folder.resolve("a.csv"), out -> out.write(1));
    contents.put(folder.resolve("x/../a.csv"), out -> out.write(2));

    assertThatIllegalArgumentException().isThrownBy(() -> AtomicFiles.writeAll(contents))
        .withMessageContaining("targets must be distinct files but was");
    assertThat(listing()).isEmpty();
  }

  @Test
  void write_refusesAFolderAndAMissingFolder() throws IOException {
    Path sub = Files.createDirectory(folder.resolve("sub"));

    assertThatThrownBy(() -> AtomicFiles.writeText(sub, out -> out.write("x")))
        .isInstanceOf(FileSystemException.class).hasMessageContaining("is a folder, not a file");
    assertThatThrownBy(() -> AtomicFiles.writeText(folder.resolve("none/a.csv"), out -> out.write("x")))
        .isInstanceOf(IOException.class);
    assertThat(listing()).containsExactly("sub");
  }

  @Test
  void write_keepsTheReplacedFilesPermissions() throws IOException {
    Path file = folder.resolve("shared.csv");
    Files.writeString(file, "old");
    PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    assumeThat(view).isNotNull();
    view.setPermissions(PosixFilePermissions.fromString("rw-rw-r--"));

    AtomicFiles.writeText(file, out -> out.write("new"));

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw-r--");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("new");
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(path -> path.getFileName().toString()).sorted().toList();
    }
  }
}
