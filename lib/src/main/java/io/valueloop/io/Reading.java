package io.valueloop.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads typed values out of a {@link Json} tree, adding a problem for every value that is not what the format
 * expects and going on, so that one read reports every problem. Each problem names the value's file, line, column
 * and JSON pointer.
 */
final class Reading {
  /** The format version every file declares in its {@code format} field. */
  static final String FORMAT = "valueloop/1";
  /** The field every object may carry for people: free text that the reader ignores. */
  static final String DESCRIPTION = "description";

  final Problems problems;
  /** Problems found and not added (beyond what a chain's validation keeps), counted in the total. */
  long uncounted;
  /** What the problems came from, if one exception did: a chain's validation. */
  Throwable cause;

  Reading(Problems problems) {
    this.problems = problems;
  }

  void problem(Json at, String message) {
    problems.add(at.file, at.line, at.column, at.path, message);
  }

  /** Returns the fields of an object value, or null after a problem if the value is not an object. */
  Fields object(Json value, String what) {
    return value == null || !isA(Json.Type.OBJECT, value, what, Json.Type.OBJECT.article) ? null : new Fields(value);
  }

  /** Returns the items of an array value, or an empty list after a problem if the value is not an array. */
  List<Json> array(Json value, String what) {
    return value == null || !isA(Json.Type.ARRAY, value, what, Json.Type.ARRAY.article) ? List.of() : value.items();
  }

  /** Whether a value is of a type; if not, reports that {@code what} must be as {@code expected} says. */
  private boolean isA(Json.Type type, Json value, String what, String expected) {
    if (value.is(type)) {
      return true;
    }
    problem(value, what + " must be " + expected + " but was " + shown(value));
    return false;
  }

  /** A short rendering of a value for a message: its text, or its type for objects and arrays. */
  static String shown(Json value) {
    switch (value.type) {
      case STRING:
        return "'" + (value.text.length() > 60 ? value.text.substring(0, 60) + "..." : value.text) + "'";
      case OBJECT:
      case ARRAY:
        return value.type.article;
      default:
        return value.text.length() > 60 ? value.text.substring(0, 60) + "..." : value.text;
    }
  }

  String string(Json value, String what) {
    return value == null || !isA(Json.Type.STRING, value, what, Json.Type.STRING.article) ? null : value.text;
  }

  /** A finite double, or, when {@code infinity} allows, the string {@code "inf"} (any case) for +∞. */
  Double number(Json value, String what, boolean infinity) {
    if (value == null) {
      return null;
    }
    if (infinity && value.is(Json.Type.STRING) && isInfinity(value.text)) {
      return Double.POSITIVE_INFINITY;
    }
    double number = value.is(Json.Type.NUMBER) ? Double.parseDouble(value.text) : Double.NaN;
    if (!Double.isFinite(number)) {
      problem(value, what + " must be a number within the range of a double" + (infinity ? " (or \"inf\")" : "")
          + " but was " + shown(value));
      return null;
    }
    return number;
  }

  Integer integer(Json value, String what) {
    if (value == null) {
      return null;
    }
    double number = value.is(Json.Type.NUMBER) ? Double.parseDouble(value.text) : Double.NaN;
    if (!(number == Math.rint(number) && Math.abs(number) <= Integer.MAX_VALUE)) {
      problem(value, what + " must be a whole number within the range of an int but was " + shown(value));
      return null;
    }
    return (int) number;
  }

  Long longInteger(Json value, String what) {
    if (value == null) {
      return null;
    }
    if (value.is(Json.Type.NUMBER)) {
      try {
        // Exact: 1e3 is 1000, as the schema's "integer" reads it; 1.5 and 1e19 are refused.
        return new BigDecimal(value.text).longValueExact();
      } catch (ArithmeticException | NumberFormatException e) {
        // Reported below.
      }
    }
    problem(value, what + " must be a whole number within the range of a long but was " + shown(value));
    return null;
  }

  Boolean bool(Json value, String what) {
    return value == null || !isA(Json.Type.BOOLEAN, value, what, "true or false") ? null
        : Boolean.parseBoolean(value.text);
  }

  /** An enum constant named by a string, in any case. */
  <E extends Enum<E>> E constant(Json value, String what, Class<E> type) {
    String text = string(value, what);
    if (text == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(text.strip())) {
        return constant;
      }
    }
    problem(value, what + " must be one of " + Arrays.toString(type.getEnumConstants()) + " but was "
        + shown(value) + hint(text, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    return null;
  }

  /** Checks the {@code format} field of a file's root object and its {@code kind}. */
  void header(Fields root, String kind) {
    Json format = root.required("format");
    String text = string(format, "format");
    if (text != null && !text.equals(FORMAT)) {
      problem(format, "format must be \"" + FORMAT + "\" but was " + shown(format));
    }
    Json declared = root.required("kind");
    String kindText = string(declared, "kind");
    if (kindText != null && !kindText.equals(kind)) {
      problem(declared, "kind must be \"" + kind + "\" but was " + shown(declared));
    }
  }

  private static boolean isInfinity(String text) {
    String unsigned = text.startsWith("+") ? text.substring(1) : text;
    return unsigned.equalsIgnoreCase("inf") || unsigned.equalsIgnoreCase("infinity");
  }

  /** Returns {@code " (did you mean X?)"} for the known name nearest to a text, or empty if none is near. */
  static String hint(String text, Iterable<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lower = text.toLowerCase(Locale.ROOT);
    for (String name : known) {
      int distance = distance(lower, name.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = name;
        bestDistance = distance;
      }
    }
    return best != null && bestDistance <= Math.max(2, text.length() / 3) && bestDistance < text.length()
        ? " (did you mean " + best + "?)" : "";
  }

  /** The Levenshtein distance of two strings, for texts up to a field name's length (longer ones are far). */
  static int distance(String a, String b) {
    if (a.length() > 64 || b.length() > 64) {
      return a.equals(b) ? 0 : Integer.MAX_VALUE / 2;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /**
   * The fields of one object: each read marks its name as known; {@link #end()} reports every other field as
   * unknown, with the nearest known name.
   */
  final class Fields {
    final Json node;
    private final Set<String> known = new LinkedHashSet<>();

    Fields(Json node) {
      this.node = node;
    }

    /** Returns the field's value, or null if absent; the name becomes known. */
    Json get(String name) {
      known.add(name);
      return node.field(name);
    }

    /** Returns the field's value; reports a problem at the object and returns null if absent. */
    Json required(String name) {
      Json value = get(name);
      if (value == null) {
        problem(node, "field '" + name + "' must be present but was missing");
      }
      return value;
    }

    boolean has(String name) {
      return node.field(name) != null;
    }

    String string(String name) {
      return Reading.this.string(get(name), name);
    }

    Double number(String name) {
      return Reading.this.number(get(name), name, false);
    }

    double number(String name, double fallback) {
      Double value = number(name);
      return value == null ? fallback : value;
    }

    Integer integer(String name) {
      return Reading.this.integer(get(name), name);
    }

    int integer(String name, int fallback) {
      Integer value = integer(name);
      return value == null ? fallback : value;
    }

    boolean bool(String name, boolean fallback) {
      Boolean value = Reading.this.bool(get(name), name);
      return value == null ? fallback : value;
    }

    /** Marks names as known without reading them (fields read elsewhere). */
    void known(String... names) {
      known.addAll(Arrays.asList(names));
    }

    /** Reports every field not read or marked known, except {@value #DESCRIPTION}, which must be a string. */
    void end() {
      Json description = node.field(DESCRIPTION);
      if (description != null) {
        Reading.this.string(description, DESCRIPTION);
      }
      List<String> unknown = new ArrayList<>();
      for (String name : node.fields().keySet()) {
        if (!known.contains(name) && !name.equals(DESCRIPTION)) {
          unknown.add(name);
        }
      }
      for (String name : unknown) {
        problem(node.name(name), "the field must be one of " + String.join(", ", known) + ", " + DESCRIPTION
            + " but was '" + name + "'" + hint(name, known));
      }
    }
  }
}
