package io.valueloop.io;

import java.io.BufferedReader;
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
   * The records of a text, read one at a time so that a file of any size takes constant memory beyond the record at
   * hand. Blank lines and a leading byte-order mark are skipped; a malformed record is reported to the problems with
   * its line and skipped.
   */
  static final class Records {
    private final Reader in;
    private final String file;
    private final Problems problems;
    private final List<String> cells = new ArrayList<>();
    private final StringBuilder cell = new StringBuilder();
    private int line = 1;
    private char previous;
    private boolean started;
    private boolean ended;

    /**
     * Reads from {@code in}, buffering it unless it already is.
     *
     * @param file the file's name, for problems
     */
    Records(Reader in, String file, Problems problems) {
      this.in = in instanceof BufferedReader ? in : new BufferedReader(in);
      this.file = file;
      this.problems = problems;
    }

    /** Returns the next well-formed, non-blank record, or null at the end of the text. */
    Row next() throws IOException {
      while (!ended) {
        Row row = readRecord();
        if (row != null) {
          return row;
        }
      }
      return null;
    }

    /** Reads up to the end of one record; returns it, or null if it was blank or malformed. */
    private Row readRecord() throws IOException {
      int rowLine = line;
      boolean quoted = false;
      boolean afterQuote = false;
      boolean bad = false;
      cells.clear();
      cell.setLength(0);
      int c = in.read();
      if (!started) {
        started = true;
        if (c == '\uFEFF') {
          c = in.read();
        }
      }
      if (c == '\n' && previous == '\r') {
        c = in.read();
      }
      for (; c != -1; c = in.read()) {
        char ch = (char) c;
        previous = ch;
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
        } else if (ch == '"') {
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
        } else if (ch == '\n' || ch == '\r') {
          line++;
          return finish(rowLine, bad);
        } else if (afterQuote) {
          if (!bad) {
            problems.add(file, rowLine, "", "a closing quote must end its field but was followed by '" + ch + "'");
            bad = true;
          }
        } else {
          cell.append(ch);
        }
      }
      ended = true;
      if (quoted) {
        problems.add(file, rowLine, "", "a quoted field must be closed but the file ended inside it");
        bad = true;
      }
      return finish(rowLine, bad);
    }

    private Row finish(int rowLine, boolean bad) {
      cells.add(cell.toString());
      boolean blank = cells.size() == 1 && cells.get(0).isEmpty();
      return bad || blank ? null : new Row(rowLine, List.copyOf(cells));
    }
  }
}
