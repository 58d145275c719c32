package io.valueloop.io;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that a target is only ever replaced by complete new content. Each file is first written to a
 * temporary file in the target's folder (named {@code .<target name>.<random>.tmp}), forced to the storage device,
 * and then moved over the target: atomically where the file system can ({@link StandardCopyOption#ATOMIC_MOVE}),
 * else with {@link StandardCopyOption#REPLACE_EXISTING}. When writing fails, for any reason (an exception from the
 * content, a full disk, text that is not encodable), the targets keep their old content and the temporary files are
 * deleted. A replaced target keeps its POSIX permissions; a new one gets the folder's defaults.
 *
 * <p>{@link #writeAll(Map)} writes several files as one save: every temporary file is complete before the first
 * target is replaced, so a failure while writing leaves all the old files. (Only a failure of the moves themselves,
 * which are renames in one folder, could leave some targets replaced and others not.)
 */
final class AtomicFiles {
  private AtomicFiles() {}

  /** What writes a file's bytes. */
  @FunctionalInterface
  interface Content {
    /**
     * Writes the content. The stream is buffered; closing it only flushes it.
     *
     * @param out where the bytes go
     * @throws IOException if writing fails; the target is then left as it was
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /** What writes a file's text. */
  @FunctionalInterface
  interface Text {
    /**
     * Writes the text. The writer is buffered; closing it only flushes it.
     *
     * @param out where the text goes
     * @throws IOException if writing fails; the target is then left as it was
     */
    void writeTo(Writer out) throws IOException;
  }

  /**
   * Returns content that encodes a text as UTF-8. A character that UTF-8 cannot encode (an unpaired surrogate) fails
   * the write with a {@link java.nio.charset.CharacterCodingException} instead of being replaced.
   *
   * @param text what writes the text
   * @return the content
   */
  static Content utf8(Text text) {
    Objects.requireNonNull(text, "text");
    return out -> {
      Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
      text.writeTo(writer);
      writer.flush();
    };
  }

  /**
   * Writes one text file in UTF-8, creating or replacing it only when the text is complete.
   *
   * @param target the file
   * @param text what writes the text
   * @throws IOException if the file cannot be written; the target is then left as it was
   */
  static void writeText(Path target, Text text) throws IOException {
    write(target, utf8(text));
  }

  /**
   * Writes one file, creating or replacing it only when its content is complete.
   *
   * @param target the file
   * @param content what writes the bytes
   * @throws IOException if the file cannot be written; the target is then left as it was
   */
  static void write(Path target, Content content) throws IOException {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(content, "content");
    Map<Path, Content> one = new LinkedHashMap<>();
    one.put(target, content);
    writeAll(one);
  }

  /**
   * Writes several files as one save: all are written to temporary files first, then each replaces its target, in
   * the map's order.
   *
   * @param contents each target and what writes it
   * @throws IOException if a file cannot be written; all targets are then left as they were
   * @throws IllegalArgumentException if two targets are the same file
   */
  static void writeAll(Map<Path, Content> contents) throws IOException {
    Objects.requireNonNull(contents, "contents");
    Set<Path> seen = new HashSet<>();
    for (Path target : contents.keySet()) {
      Path normal = Objects.requireNonNull(target, "target").toAbsolutePath().normalize();
      if (!seen.add(normal)) {
        throw new IllegalArgumentException("targets must be distinct files but was " + target + " twice");
      }
    }
    List<Path> targets = new ArrayList<>();
    List<Path> temporaries = new ArrayList<>();
    boolean done = false;
    try {
      for (Map.Entry<Path, Content> entry : contents.entrySet()) {
        Path target = entry.getKey();
        if (Files.isDirectory(target)) {
          throw new FileSystemException(target.toString(), null, "is a folder, not a file");
        }
        targets.add(target);
        temporaries.add(writeTemporary(target, Objects.requireNonNull(entry.getValue(), "content")));
      }
      for (int i = 0; i < targets.size(); i++) {
        keepPermissions(targets.get(i), temporaries.get(i));
      }
      for (int i = 0; i < targets.size(); i++) {
        move(temporaries.get(i), targets.get(i));
      }
      done = true;
    } finally {
      if (!done) {
        for (Path temporary : temporaries) {
          try {
            Files.deleteIfExists(temporary);
          } catch (IOException e) {
            // The first failure is the one to report; a temporary that cannot be deleted has a recognisable name.
          }
        }
      }
    }
  }

  /** Writes the content to a new temporary file beside the target, forced to the device; returns its path. */
  private static Path writeTemporary(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    Path name = absolute.getFileName();
    if (folder == null || name == null) {
      throw new FileSystemException(target.toString(), null, "is not a file name");
    }
    while (true) {
      Path temporary = folder.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
          + ".tmp");
      FileChannel channel;
      try {
        channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (FileAlreadyExistsException e) {
        continue;
      }
      try (FileChannel open = channel) {
        OutputStream buffered = new BufferedOutputStream(Channels.newOutputStream(open), 1 << 16);
        content.writeTo(new FlushOnClose(buffered));
        buffered.flush();
        open.force(true);
      } catch (IOException | RuntimeException | Error e) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
        throw e;
      }
      return temporary;
    }
  }

  /** Gives the temporary file the target's POSIX permissions, when the target exists and the system has them. */
  private static void keepPermissions(Path target, Path temporary) throws IOException {
    PosixFileAttributeView from = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    PosixFileAttributeView to = Files.getFileAttributeView(temporary, PosixFileAttributeView.class,
        LinkOption.NOFOLLOW_LINKS);
    if (from != null && to != null && Files.exists(target)) {
      to.setPermissions(from.readAttributes().permissions());
    }
  }

  private static void move(Path temporary, Path target) throws IOException {
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** A stream whose {@code close} only flushes, so that content cannot close the file before it is forced. */
  private static final class FlushOnClose extends OutputStream {
    private final OutputStream out;

    FlushOnClose(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
