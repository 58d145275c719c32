package io.valueloop.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON value with the place it was read from: the file, the line and column of its first character, and its JSON
 * pointer ({@code /flows/12/terms/price}). Values built in memory, for writing, have line and column 0. Objects
 * keep their fields in the order read or put; numbers keep their text, so that a double reads back exactly.
 * Immutable once read; a value being built is not shared until it is written.
 */
final class Json {
  /** The kinds of JSON value. */
  enum Type {
    OBJECT("an object"), ARRAY("an array"), STRING("a string"), NUMBER("a number"), BOOLEAN("a boolean"),
    NULL("null");

    final String article;

    Type(String article) {
      this.article = article;
    }
  }

  final Type type;
  final String file;
  final int line;
  final int column;
  final String path;
  /** The text of a string, the literal text of a number, or {@code true}/{@code false}/{@code null}. */
  final String text;
  private final Map<String, Json> fields;
  private final List<Json> items;
  /** Where each field's name starts, as {@code {line, column}}, for objects read from a file. */
  private final Map<String, int[]> names;

  private Json(Type type, String file, int line, int column, String path, String text) {
    this.type = type;
    this.file = file;
    this.line = line;
    this.column = column;
    this.path = path;
    this.text = text;
    this.fields = type == Type.OBJECT ? new LinkedHashMap<>() : Map.of();
    this.items = type == Type.ARRAY ? new ArrayList<>() : List.of();
    this.names = type == Type.OBJECT ? new LinkedHashMap<>() : Map.of();
  }

  static Json read(Type type, String file, int line, int column, String path, String text) {
    return new Json(type, file, line, column, path, text);
  }

  static Json object() {
    return new Json(Type.OBJECT, "", 0, 0, "", null);
  }

  static Json array() {
    return new Json(Type.ARRAY, "", 0, 0, "", null);
  }

  static Json string(String value) {
    return new Json(Type.STRING, "", 0, 0, "", Objects.requireNonNull(value, "value"));
  }

  /** A number written as {@link Double#toString(double)} (an integral double as a whole number), finite. */
  static Json number(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("number must be finite but was " + value);
    }
    String text = value == Math.rint(value) && Math.abs(value) < 1e15 && !(value == 0 && 1 / value < 0)
        ? Long.toString((long) value) : Double.toString(value);
    return new Json(Type.NUMBER, "", 0, 0, "", text);
  }

  static Json number(long value) {
    return new Json(Type.NUMBER, "", 0, 0, "", Long.toString(value));
  }

  static Json bool(boolean value) {
    return new Json(Type.BOOLEAN, "", 0, 0, "", Boolean.toString(value));
  }

  static Json nullValue() {
    return new Json(Type.NULL, "", 0, 0, "", "null");
  }

  /** Puts a field (replacing one of the same name, in place); returns this object. */
  Json put(String name, Json value) {
    requireType(Type.OBJECT);
    fields.put(name, value);
    return this;
  }

  Json put(String name, String value) {
    return put(name, string(value));
  }

  Json put(String name, double value) {
    return put(name, number(value));
  }

  Json put(String name, boolean value) {
    return put(name, bool(value));
  }

  /** Puts a field read from a file, with the line and column its name starts at. */
  void putRead(String name, Json value, int line, int column) {
    put(name, value);
    names.put(name, new int[] {line, column});
  }

  /** Returns a field's name, as a string value placed where the name was read (the field's value if not read). */
  Json name(String name) {
    int[] at = names.get(name);
    Json value = fields.get(name);
    return at == null ? value : new Json(Type.STRING, file, at[0], at[1], value.path, name);
  }

  /** Appends an item; returns this array. */
  Json add(Json value) {
    requireType(Type.ARRAY);
    items.add(value);
    return this;
  }

  /** Returns the fields of an object in order; empty for other values. */
  Map<String, Json> fields() {
    return Collections.unmodifiableMap(fields);
  }

  /** Returns the items of an array in order; empty for other values. */
  List<Json> items() {
    return Collections.unmodifiableList(items);
  }

  /** Returns the field of an object, or null. */
  Json field(String name) {
    return fields.get(name);
  }

  boolean is(Type type) {
    return this.type == type;
  }

  /**
   * Returns a deep copy in which the value at a JSON pointer relative to this value is replaced, creating objects
   * on the way where fields are missing. The pointer's tokens are unescaped ({@code ~1} is {@code /}, {@code ~0} is
   * {@code ~}); an array index must name an existing item.
   *
   * @throws IllegalArgumentException naming the first token that does not lead anywhere
   */
  Json with(String pointer, Json value) {
    if (pointer.isEmpty()) {
      return value;
    }
    if (!pointer.startsWith("/")) {
      throw new IllegalArgumentException("path must start with '/' but was '" + pointer + "'");
    }
    int slash = pointer.indexOf('/', 1);
    String token = unescape(slash < 0 ? pointer.substring(1) : pointer.substring(1, slash));
    String rest = slash < 0 ? "" : pointer.substring(slash);
    Json copy = new Json(type, file, line, column, path, text);
    if (type == Type.OBJECT) {
      copy.fields.putAll(fields);
      copy.names.putAll(names);
      Json child = fields.get(token);
      if (child == null) {
        child = new Json(Type.OBJECT, file, line, column, path + "/" + escape(token), null);
      }
      copy.fields.put(token, child.with(rest, value));
      return copy;
    }
    if (type == Type.ARRAY) {
      copy.items.addAll(items);
      int index = token.matches("0|[1-9][0-9]{0,8}") ? Integer.parseInt(token) : -1;
      if (index < 0 || index >= items.size()) {
        throw new IllegalArgumentException("path token must be an index in [0, " + items.size() + ") but was '"
            + token + "'");
      }
      copy.items.set(index, items.get(index).with(rest, value));
      return copy;
    }
    throw new IllegalArgumentException("path must lead through objects and arrays but '" + token + "' is inside "
        + type.article);
  }

  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }

  /** Whether two values are equal as JSON (numbers by their double value), ignoring where they were read. */
  boolean sameAs(Json other) {
    if (type != other.type) {
      return false;
    }
    switch (type) {
      case OBJECT:
        if (!fields.keySet().equals(other.fields.keySet())) {
          return false;
        }
        for (Map.Entry<String, Json> e : fields.entrySet()) {
          if (!e.getValue().sameAs(other.fields.get(e.getKey()))) {
            return false;
          }
        }
        return true;
      case ARRAY:
        if (items.size() != other.items.size()) {
          return false;
        }
        for (int i = 0; i < items.size(); i++) {
          if (!items.get(i).sameAs(other.items.get(i))) {
            return false;
          }
        }
        return true;
      case NUMBER:
        return Double.compare(Double.parseDouble(text), Double.parseDouble(other.text)) == 0;
      default:
        return text.equals(other.text);
    }
  }

  private void requireType(Type expected) {
    if (type != expected) {
      throw new IllegalStateException("value must be " + expected.article + " but was " + type.article);
    }
  }

  @Override
  public String toString() {
    return JsonText.write(this);
  }
}
