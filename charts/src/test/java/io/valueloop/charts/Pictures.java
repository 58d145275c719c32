package io.valueloop.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Checks on rendered pictures that several tests share: XML that parses, pixels that are drawn. */
final class Pictures {
  private Pictures() {}

  /** Parses XML (SVG, or a report's HTML without its doctype) with the JDK's parser, never fetching a DTD. */
  static Document parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    } catch (ParserConfigurationException | SAXException e) {
      throw new AssertionError("XML must be well-formed but was not: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a PNG. */
  static BufferedImage png(byte[] bytes) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
      assertThat(image).as("PNG must decode").isNotNull();
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns whether a pixel is drawn on: darker than near-white in some channel. */
  static boolean drawn(int rgb) {
    int r = (rgb >> 16) & 0xFF;
    int g = (rgb >> 8) & 0xFF;
    int b = rgb & 0xFF;
    return Math.min(r, Math.min(g, b)) < 235;
  }

  /** Returns the fraction of drawn pixels in a rectangle of an image. */
  static double drawnFraction(BufferedImage image, int x0, int y0, int x1, int y1) {
    long drawn = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        drawn += drawn(image.getRGB(x, y)) ? 1 : 0;
      }
    }
    return (double) drawn / Math.max(1L, (long) (x1 - x0) * (y1 - y0));
  }
}
