package io.valueloop.charts;

import java.util.Locale;

/** Escaping and number formatting shared by the SVG and HTML writers. */
final class Markup {
  private Markup() {}

  /**
   * Escapes text for XML and HTML content and double-quoted attribute values: {@code & < > " '} become entities, and
   * characters XML 1.0 forbids (control characters other than tab, line feed and carriage return, unpaired
   * surrogates, U+FFFE and U+FFFF) become U+FFFD, so that any string yields a well-formed document.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || Character.isSurrogate(c)
              || c == '\uFFFE' || c == '\uFFFF') {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** Formats a coordinate with at most two decimals, in the root locale. */
  static String coordinate(double value) {
    String s = String.format(Locale.ROOT, "%.2f", value);
    s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    return s.equals("-0") ? "0" : s;
  }

  /**
   * Formats a number for a table: empty for NaN, "∞" for infinities, four significant digits for very large or
   * small magnitudes, otherwise up to four decimals without trailing zeros.
   */
  static String number(double value) {
    if (Double.isNaN(value)) {
      return "";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "∞" : "−∞";
    }
    double magnitude = Math.abs(value);
    if (magnitude != 0 && (magnitude >= 1e7 || magnitude < 1e-3)) {
      return String.format(Locale.ROOT, "%.4g", value);
    }
    String s = String.format(Locale.ROOT, "%.4f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
    return s.equals("-0") ? "0" : s;
  }
}
