package io.valueloop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.valueloop.model.ValueChain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save that fails leaves the previous save whole: both files as they were and no temporary file. */
class ChainFilesSaveTest {
  private static final SplittableRandom RANDOM = new SplittableRandom(11);
  private static final ValueChain OLD = FileChains.chain(RANDOM);
  private static final ValueChain NEW = FileChains.chain(RANDOM);

  @TempDir
  Path folder;
  private Path actors;
  private Path flows;

  @BeforeEach
  void saveTheOldChain() throws IOException {
    actors = folder.resolve("actors.csv");
    flows = folder.resolve("flows.csv");
    ChainFiles.write(OLD, actors, flows);
  }

  @Test
  void write_thatFailsOnTheSecondFileLeavesBothOldFiles() throws Exception {
    Path flowsFolder = Files.createDirectory(folder.resolve("flows"));

    assertThatThrownBy(() -> ChainFiles.write(NEW, actors, flowsFolder)).isInstanceOf(IOException.class);

    assertThat(ChainFiles.read(actors, flows)).isEqualTo(OLD);
    assertThat(listing()).containsExactly("actors.csv", "flows", "flows.csv");
  }

  @Test
  void write_thatFailsOnTheFirstFileLeavesBothOldFiles() throws Exception {
    assertThatThrownBy(() -> ChainFiles.write(NEW, folder.resolve("none/actors.csv"), flows))
        .isInstanceOf(IOException.class);

    assertThat(ChainFiles.read(actors, flows)).isEqualTo(OLD);
    assertThat(listing()).containsExactly("actors.csv", "flows.csv");
  }

  @Test
  void write_refusesOneFileForBothTables() throws Exception {
    assertThatIllegalArgumentException().isThrownBy(() -> ChainFiles.write(NEW, actors, actors));

    assertThat(ChainFiles.read(actors, flows)).isEqualTo(OLD);
    assertThat(listing()).containsExactly("actors.csv", "flows.csv");
  }

  @Test
  void write_replacesBothFilesWhenItSucceeds() throws Exception {
    ChainFiles.write(NEW, actors, flows);

    assertThat(ChainFiles.read(actors, flows)).isEqualTo(NEW);
    assertThat(listing()).containsExactly("actors.csv", "flows.csv");
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(path -> path.getFileName().toString()).sorted().toList();
    }
  }
}
