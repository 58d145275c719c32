package io.valueloop.charts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of ValueLoop this module was built with, filtered into a resource by Maven. */
final class LibraryVersion {
  private static final String VERSION = read();

  private LibraryVersion() {}

  /** {@return the version, such as {@code 0.1.0-SNAPSHOT}, or {@code unknown} if the resource is missing} */
  static String get() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in = LibraryVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "unknown");
      return version.startsWith("${") ? "unknown" : version;
    } catch (IOException e) {
      throw new UncheckedIOException("version resource must be readable but was not", e);
    }
  }
}
