package io.valueloop.io;

import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.function.Supplier;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * JSON text to {@link Json} values and back, on Jackson's streaming parser and generator (no data binding, no
 * polymorphic typing: the reader builds a plain tree and the format's readers interpret it).
 *
 * <p>Limits, so that an untrusted file cannot exhaust memory: {@link #MAX_DOCUMENT_CHARS} characters, nesting depth
 * {@link #MAX_DEPTH}, numbers of at most {@link #MAX_NUMBER_CHARS} characters, strings and names of at most
 * {@link #MAX_STRING_CHARS}. Duplicate field names are problems, reported with the line and column of the repeat.
 */
final class JsonText {
  /** The longest document read, in characters: 256 MiB. */
  static final long MAX_DOCUMENT_CHARS = 256L << 20;
  /** The deepest nesting of objects and arrays read. */
  static final int MAX_DEPTH = 64;
  /** The longest number read, in characters. */
  static final int MAX_NUMBER_CHARS = 400;
  /** The longest string or field name read, in characters. */
  static final int MAX_STRING_CHARS = 1 << 20;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxDocumentLength(MAX_DOCUMENT_CHARS)
          .maxNestingDepth(MAX_DEPTH)
          .maxNumberLength(MAX_NUMBER_CHARS)
          .maxStringLength(MAX_STRING_CHARS)
          .maxNameLength(MAX_STRING_CHARS)
          .build())
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      return new DefaultPrettyPrinter(Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
  };

  private JsonText() {}

  /**
   * Reads one JSON value, the whole of the text. Returns null after adding a problem if the text is not JSON, or
   * holds more than one value, or breaks a limit; duplicate names are problems too, but the value is returned.
   */
  static Json parse(Reader in, String file, Problems problems) {
    return parse(() -> FACTORY.createParser(ObjectReadContext.empty(), in), file, problems);
  }

  /**
   * Reads one JSON value from bytes, as {@link #parse(Reader, String, Problems)}; the encoding is UTF-8 (UTF-16 and
   * UTF-32 with their marks are detected), and bytes that are not are a problem with their line and column.
   */
  static Json parse(InputStream in, String file, Problems problems) {
    return parse(() -> FACTORY.createParser(ObjectReadContext.empty(), in), file, problems);
  }

  private static Json parse(Supplier<JsonParser> open, String file, Problems problems) {
    int[] where = {1, 1};
    try (JsonParser parser = open.get()) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        problems.add(file, 1, 1, "", "the file must hold a JSON value but was empty");
        return null;
      }
      Json root = value(parser, token, file, "", problems, where);
      if (parser.nextToken() != null) {
        TokenStreamLocation at = parser.currentTokenLocation();
        problems.add(file, at.getLineNr(), at.getColumnNr(), "", "the file must hold one JSON value but had more"
            + " after it");
        return null;
      }
      return root;
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      int line = at == null || at.getLineNr() <= 0 ? where[0] : at.getLineNr();
      int column = at == null || at.getColumnNr() <= 0 ? where[1] : at.getColumnNr();
      problems.add(file, line, column, "", "the text must be JSON within the limits (depth " + MAX_DEPTH
          + ", numbers of " + MAX_NUMBER_CHARS + " characters) but was not: " + e.getOriginalMessage());
      return null;
    }
  }

  private static Json value(JsonParser parser, JsonToken token, String file, String path, Problems problems,
      int[] where) {
    TokenStreamLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    where[0] = line;
    where[1] = column;
    switch (token) {
      case START_OBJECT: {
        Json object = Json.read(Json.Type.OBJECT, file, line, column, path, null);
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
          String name = parser.currentName();
          TokenStreamLocation nameAt = parser.currentTokenLocation();
          Json child = value(parser, parser.nextToken(), file, path + "/" + Json.escape(name), problems, where);
          if (object.field(name) != null) {
            problems.add(file, nameAt.getLineNr(), nameAt.getColumnNr(), path + "/" + Json.escape(name),
                "the field must appear once but '" + name + "' appeared again");
          } else {
            object.putRead(name, child, nameAt.getLineNr(), nameAt.getColumnNr());
          }
        }
        return object;
      }
      case START_ARRAY: {
        Json array = Json.read(Json.Type.ARRAY, file, line, column, path, null);
        int i = 0;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          array.add(value(parser, t, file, path + "/" + i++, problems, where));
        }
        return array;
      }
      case VALUE_STRING:
        return Json.read(Json.Type.STRING, file, line, column, path, parser.getString());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return Json.read(Json.Type.NUMBER, file, line, column, path, parser.getString());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return Json.read(Json.Type.BOOLEAN, file, line, column, path, parser.getString());
      case VALUE_NULL:
        return Json.read(Json.Type.NULL, file, line, column, path, "null");
      default:
        throw new IllegalStateException("token must be a value but was " + token);
    }
  }

  /** Writes a value as indented JSON with a final line break. */
  static void write(Json value, Writer out) {
    try (JsonGenerator generator = FACTORY.createGenerator(PRETTY, out)) {
      emit(generator, value);
    }
  }

  /** Returns a value as indented JSON with a final line break. */
  static String write(Json value) {
    StringWriter out = new StringWriter();
    write(value, out);
    return out.append('\n').toString();
  }

  private static void emit(JsonGenerator out, Json value) {
    switch (value.type) {
      case OBJECT:
        out.writeStartObject();
        for (Map.Entry<String, Json> field : value.fields().entrySet()) {
          out.writeName(field.getKey());
          emit(out, field.getValue());
        }
        out.writeEndObject();
        break;
      case ARRAY:
        out.writeStartArray();
        for (Json item : value.items()) {
          emit(out, item);
        }
        out.writeEndArray();
        break;
      case STRING:
        out.writeString(value.text);
        break;
      case NUMBER:
        out.writeNumber(value.text);
        break;
      case BOOLEAN:
        out.writeBoolean(Boolean.parseBoolean(value.text));
        break;
      default:
        out.writeNull();
        break;
    }
  }
}
