package io.valueloop.charts;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Writes a file whole or not at all: a temporary file in the same folder, then a move over the target. */
final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes the bytes to the file, creating missing parent folders; on failure the target is untouched. */
  static void write(Path file, byte[] bytes) throws IOException {
    Path target = file.toAbsolutePath();
    Path folder = target.getParent();
    Files.createDirectories(folder);
    Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
    try {
      Files.write(temporary, bytes);
      permissions(temporary, target);
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Gives the new file the permissions of the file it replaces, or {@code rw-r--r--} if there is none: a temporary
   * file is created private ({@code rw-------}), which suits no report or picture meant to be shared.
   */
  private static void permissions(Path temporary, Path target) throws IOException {
    if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
        : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(temporary, permissions);
  }
}
