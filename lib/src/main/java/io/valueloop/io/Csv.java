package io.valueloop.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 defines them: fields separated by commas, records by line breaks (CRLF or
 * LF), a field quoted with {@code "} when it holds a comma, a quote or a line break, a quote inside doubled.
 */
final class Csv {
  private Csv() {}

  /** One record and the line of the file it starts on, counting from 1. */
  record Row(int line, List<String> cells) {}

  /** Appends a record, quoting the fields that need it, and a line break. */
  static void writeRow(Appendable out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      appendField(out, fields.get(i));
    }
    out.append('\n');
  }

  private static void appendField(Appendable out, String field) throws IOException {
    boolean quote = false;
    for (int i = 0; i < field.length() && !quote; i++) {
      char c = field.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      out.append(field);
      return;
    }
    out.append('"');
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '"') {
        out.append('"');
      }
      out.append(c);
    }
    out.append('"');
  }

  /**
   * Reads every record of a text, skipping blank lines and a leading byte-order mark. Malformed quoting is reported
   * to {@code problems} with its line, and reading goes on with the next line.
   *
   * @param file the file's name, for problems
   */
  static List<Row> read(Reader in, String file, Problems problems) throws IOException {
    List<Row> rows = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int line = 1;
    int rowLine = 1;
    boolean quoted = false;
    boolean afterQuote = false;
    boolean bad = false;
    int c = in.read();
    if (c == '\uFEFF') {
      c = in.read();
    }
    char previous = 0;
    for (; c != -1; previous = (char) c, c = in.read()) {
      char ch = (char) c;
      if (quoted) {
        if (ch == '"') {
          quoted = false;
          afterQuote = true;
        } else {
          if (ch == '\n') {
            line++;
          }
          cell.append(ch);
        }
        continue;
      }
      if (ch == '"') {
        if (afterQuote) {
          cell.append('"');
          quoted = true;
          afterQuote = false;
        } else if (cell.length() == 0) {
          quoted = true;
        } else if (!bad) {
          problems.add(file, rowLine, "", "a quote may only open a field but came after '" + cell + "'");
          bad = true;
        }
      } else if (ch == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
        afterQuote = false;
      } else if (ch == '\n' && previous == '\r') {
        continue;
      } else if (ch == '\n' || ch == '\r') {
        endRow(rows, cells, cell, rowLine, bad);
        bad = false;
        afterQuote = false;
        line++;
        rowLine = line;
      } else if (afterQuote) {
        if (!bad) {
          problems.add(file, rowLine, "", "a closing quote must end its field but was followed by '" + ch + "'");
          bad = true;
        }
      } else {
        cell.append(ch);
      }
    }
    if (quoted) {
      problems.add(file, rowLine, "", "a quoted field must be closed but the file ended inside it");
      bad = true;
    }
    endRow(rows, cells, cell, rowLine, bad);
    return rows;
  }

  private static void endRow(List<Row> rows, List<String> cells, StringBuilder cell, int line, boolean bad) {
    cells.add(cell.toString());
    cell.setLength(0);
    boolean blank = cells.size() == 1 && cells.get(0).isEmpty();
    if (!bad && !blank) {
      rows.add(new Row(line, List.copyOf(cells)));
    }
    cells.clear();
  }
}
