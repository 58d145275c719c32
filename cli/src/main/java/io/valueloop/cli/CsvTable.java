package io.valueloop.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

/**
 * A tidy CSV table written row by row (RFC 4180, UTF-8, a header first), as {@code io.valueloop.io.ResultTables}
 * writes them: doubles by {@link Double#toString(double)} so that they read back exactly, a missing value as an empty
 * cell ({@code NA} in R, {@code NaN} in pandas).
 */
final class CsvTable implements AutoCloseable {
  private final Writer out;

  private CsvTable(Writer out) {
    this.out = out;
  }

  /**
   * Opens a table file and writes its header.
   *
   * @param file the file, created or replaced
   * @param columns the column names
   * @return the table, to which rows are added
   * @throws IOException if the file cannot be written
   */
  static CsvTable create(Path file, String... columns) throws IOException {
    CsvTable table = new CsvTable(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    table.row((Object[]) columns);
    return table;
  }

  /**
   * Writes one row; a cell is a {@link String}, a number, an {@link OptionalDouble} (empty when absent), a boolean or
   * {@code null} (empty).
   *
   * @param cells the cells
   * @throws IOException if the file cannot be written
   */
  void row(Object... cells) throws IOException {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quoted(text(cells[i])));
    }
    out.write('\n');
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  private static String text(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof OptionalDouble) {
      OptionalDouble value = (OptionalDouble) cell;
      return value.isPresent() ? Double.toString(value.getAsDouble()) : "";
    }
    return cell.toString();
  }

  private static String quoted(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        return '"' + text.replace("\"", "\"\"") + '"';
      }
    }
    return text;
  }
}
