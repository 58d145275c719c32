package io.valueloop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** Runs a lesson small and checks the files it wrote: the report, SVGs that parse, PNGs that are PNGs. */
final class LessonFilesCheck {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

  private LessonFilesCheck() {}

  /**
   * Runs a lesson at {@link Lesson.Size#SMALL} into a folder and checks every file it says it wrote.
   *
   * @param lesson the lesson
   * @param dir the folder
   * @return what the lesson printed
   */
  static String runSmall(Lesson lesson, Path dir) throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    LessonOutput output;
    try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      output = lesson.run(dir, out, Lesson.Size.SMALL);
    }
    check(output, dir);
    return printed.toString(StandardCharsets.UTF_8);
  }

  /** Checks a lesson's output: the report last and in {@code dir}, every SVG well-formed, every PNG a PNG. */
  static void check(LessonOutput output, Path dir) throws Exception {
    assertThat(output.report()).isEqualTo(dir.resolve("report.html")).isNotEmptyFile();
    assertThat(output.files()).last().isEqualTo(output.report());
    assertThat(Files.readString(output.report())).startsWith("<!DOCTYPE html>").contains("</html>");
    assertThat(output.files()).anyMatch(file -> file.toString().endsWith(".svg"));
    for (Path file : output.files()) {
      assertThat(file).isNotEmptyFile();
      if (file.toString().endsWith(".svg")) {
        assertThat(parse(file).getDocumentElement().getLocalName()).as(file.toString()).isEqualTo("svg");
      } else if (file.toString().endsWith(".png")) {
        byte[] head = new byte[PNG.length];
        System.arraycopy(Files.readAllBytes(file), 0, head, 0, PNG.length);
        assertThat(head).as(file.toString()).isEqualTo(PNG);
      }
    }
  }

  private static Document parse(Path svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    try {
      return factory.newDocumentBuilder().parse(svg.toFile());
    } catch (IOException e) {
      throw new AssertionError("could not read " + svg, e);
    }
  }
}
