package io.valueloop.cli;

import io.valueloop.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Files a command writes, made in a hidden temporary folder and moved into place only when all of them are complete:
 * a command that fails part-way leaves its destination as it was. An output folder that does not exist yet is the
 * temporary folder renamed, all files at once; into an existing folder (the temporary one made inside it, so that
 * only that folder need be writable) each file is moved atomically where the file system can, replacing a file of
 * the same name. The temporary folder is removed on {@link #close()} whatever happened.
 *
 * <p>Use: {@code try (Staging out = Staging.folder(dir)) { write(out.file("a.csv")); out.commit(); }}. A command
 * that writes one file writes it with {@link AtomicFiles} after {@link #parentsOf(Path)}.
 */
final class Staging implements AutoCloseable {
  private final Path destination;
  private final Path temporary;
  private final boolean renameFolder;
  private final List<String> names = new ArrayList<>();

  private Staging(Path destination, Path temporary, boolean renameFolder) {
    this.destination = destination;
    this.temporary = temporary;
    this.renameFolder = renameFolder;
  }

  /**
   * Stages files for an output folder, which is created (with its parents) on commit if it does not exist.
   *
   * @param folder the output folder
   * @return the staging area
   * @throws IOException if the folder names an existing file or the temporary folder cannot be made
   */
  static Staging folder(Path folder) throws IOException {
    Path absolute = folder.toAbsolutePath().normalize();
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw new NotDirectoryException(folder.toString());
    }
    if (Files.isDirectory(absolute)) {
      return new Staging(absolute, Files.createTempDirectory(absolute, ".valueloop-tmp-"), false);
    }
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    return new Staging(absolute, Files.createTempDirectory(parent, "." + absolute.getFileName() + ".tmp-"), true);
  }

  /**
   * Makes the missing parent folders of a single output file, which is then written whole or not at all by
   * {@link AtomicFiles} (directly, or through a library writer that uses it): one file needs no staging folder.
   *
   * @param file the file to create or replace
   * @return the file
   * @throws IOException if a parent folder cannot be made
   */
  static Path parentsOf(Path file) throws IOException {
    Path parent = file.toAbsolutePath().normalize().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return file;
  }

  /**
   * Returns where to write an output file of the given name, in the temporary folder.
   *
   * @param name the file's name in the destination folder
   * @return the temporary path to write
   */
  Path file(String name) {
    Objects.requireNonNull(name, "name");
    if (!names.contains(name)) {
      names.add(name);
    }
    return temporary.resolve(name);
  }

  /**
   * Moves every staged file into the destination, which is created if needed.
   *
   * @throws IOException if a file cannot be moved
   */
  void commit() throws IOException {
    if (renameFolder) {
      try {
        Files.move(temporary, destination, StandardCopyOption.ATOMIC_MOVE);
        return;
      } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException | DirectoryNotEmptyException e) {
        // another process made the folder meanwhile, or it cannot be renamed: move the files one by one
        Files.createDirectories(destination);
      }
    }
    for (String name : names) {
      Path source = temporary.resolve(name);
      Path target = destination.resolve(name);
      try {
        Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** Removes the temporary folder and whatever is left in it. */
  @Override
  public void close() throws IOException {
    if (!Files.exists(temporary)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(temporary)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(path);
      }
    }
  }
}
