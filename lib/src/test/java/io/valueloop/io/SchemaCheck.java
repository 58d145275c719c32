package io.valueloop.io;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Validates texts against the library's JSON Schemas, for tests in any package that write files. */
public final class SchemaCheck {
  private static final String BASE = "https://github.com/valueloop/valueloop/schema/1/";
  private static final Map<ModelFiles.Kind, JsonSchema> SCHEMAS = load();

  private SchemaCheck() {}

  /**
   * Returns what the schema of a kind finds wrong in a text; empty when the text is valid.
   *
   * @param kind the kind of file
   * @param text the JSON text
   * @return the validation messages
   */
  public static Set<ValidationMessage> problems(ModelFiles.Kind kind, String text) {
    return SCHEMAS.get(kind).validate(text, InputFormat.JSON);
  }

  private static Map<ModelFiles.Kind, JsonSchema> load() {
    // The schemas as the library hands them out, so that the tests read what the jar holds (also when tests run
    // patched into the named module, whose resources a class loader does not show).
    Map<String, String> texts = new HashMap<>();
    for (ModelFiles.Kind kind : ModelFiles.Kind.values()) {
      texts.put(BASE + kind.fieldValue() + ".schema.json", ModelFiles.schema(kind));
    }
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
        builder -> builder.schemaLoaders(loaders -> loaders.schemas(texts)));
    Map<ModelFiles.Kind, JsonSchema> schemas = new EnumMap<>(ModelFiles.Kind.class);
    for (ModelFiles.Kind kind : ModelFiles.Kind.values()) {
      schemas.put(kind, factory.getSchema(SchemaLocation.of(BASE + kind.fieldValue() + ".schema.json")));
    }
    return schemas;
  }
}
