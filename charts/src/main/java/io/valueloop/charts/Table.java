package io.valueloop.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A table of a report: a caption, column headers and rows of cells. Numbers are formatted for reading (up to four
 * decimals, four significant digits when very large or small) and set right-aligned; missing values (NaN, empty
 * optionals, null) are empty cells. Immutable.
 */
public final class Table {
  private final String caption;
  private final List<String> columns;
  private final List<List<String>> rows;
  private final List<boolean[]> numeric;
  private final String note;

  private Table(Builder b) {
    this.caption = b.caption;
    this.columns = b.columns;
    this.rows = List.copyOf(b.rows);
    this.numeric = List.copyOf(b.numeric);
    this.note = b.note;
  }

  /**
   * Starts a table.
   *
   * @param caption the caption
   * @param columns the column headers, at least one
   * @return a builder
   * @throws IllegalArgumentException if no column is given
   */
  public static Builder builder(String caption, String... columns) {
    return new Builder(caption, columns);
  }

  /** {@return the caption} */
  public String caption() {
    return caption;
  }

  /** {@return the column headers} */
  public List<String> columns() {
    return columns;
  }

  /** {@return the rows, each a list of formatted cells as long as {@link #columns()}} */
  public List<List<String>> rows() {
    return rows;
  }

  /** {@return the note shown under the table, empty if none} */
  public String note() {
    return note;
  }

  /** Appends the table as HTML. */
  void html(StringBuilder out) {
    out.append("<table>\n<caption>").append(Markup.escape(caption)).append("</caption>\n<thead><tr>");
    for (String column : columns) {
      out.append("<th scope=\"col\">").append(Markup.escape(column)).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (int r = 0; r < rows.size(); r++) {
      out.append("<tr>");
      List<String> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        out.append(numeric.get(r)[c] ? "<td class=\"num\">" : "<td>").append(Markup.escape(row.get(c)))
            .append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    if (!note.isEmpty()) {
      out.append("<p class=\"note\">").append(Markup.escape(note)).append("</p>\n");
    }
  }

  @Override
  public String toString() {
    return "Table{caption=" + caption + ", columns=" + columns + ", rows=" + rows.size() + "}";
  }

  /** Builds a {@link Table}. */
  public static final class Builder {
    private final String caption;
    private final List<String> columns;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<boolean[]> numeric = new ArrayList<>();
    private String note = "";

    private Builder(String caption, String... columns) {
      this.caption = Objects.requireNonNull(caption, "caption");
      if (columns.length == 0) {
        throw new IllegalArgumentException("columns must be at least one but were none (" + caption + ")");
      }
      this.columns = List.copyOf(Arrays.asList(columns));
    }

    /**
     * Adds a row. A cell may be a number, an {@link OptionalDouble}, {@link OptionalInt} or {@link Optional}, null
     * (empty), or anything else (shown by {@code toString()}).
     *
     * @param cells the cells, one per column
     * @return this builder
     * @throws IllegalArgumentException if the number of cells differs from the number of columns
     */
    public Builder row(Object... cells) {
      if (cells.length != columns.size()) {
        throw new IllegalArgumentException("row must have " + columns.size() + " cells but had " + cells.length
            + " (" + caption + ", row " + rows.size() + ")");
      }
      List<String> row = new ArrayList<>(cells.length);
      boolean[] numbers = new boolean[cells.length];
      for (int c = 0; c < cells.length; c++) {
        Object cell = cells[c];
        if (cell instanceof OptionalDouble o) {
          cell = o.isPresent() ? (Object) o.getAsDouble() : null;
        } else if (cell instanceof OptionalInt o) {
          cell = o.isPresent() ? (Object) o.getAsInt() : null;
        } else if (cell instanceof Optional<?> o) {
          cell = o.orElse(null);
        }
        if (cell instanceof Double || cell instanceof Float) {
          row.add(Markup.number(((Number) cell).doubleValue()));
          numbers[c] = true;
        } else if (cell instanceof Number n) {
          row.add(n.toString());
          numbers[c] = true;
        } else {
          row.add(cell == null ? "" : cell.toString());
        }
      }
      rows.add(List.copyOf(row));
      numeric.add(numbers);
      return this;
    }

    /**
     * Sets a note shown under the table, such as where the full data are.
     *
     * @param note the note
     * @return this builder
     */
    public Builder note(String note) {
      this.note = Objects.requireNonNull(note, "note");
      return this;
    }

    /** {@return the number of rows added so far} */
    public int rowCount() {
      return rows.size();
    }

    /**
     * Builds the table.
     *
     * @return the table
     */
    public Table build() {
      return new Table(this);
    }
  }
}
