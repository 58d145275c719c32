package io.valueloop.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 defines them: fields separated by commas, records by line breaks (CRLF or
 * LF), a field quoted with {@code "} when it holds a comma, a quote or a line break, a quote inside doubled. A reader
 * can tell an empty field ({@code ,,}) from a quoted empty one ({@code ,"",}): writers that need to tell a missing
 * value from an empty text write the latter for the empty text.
 */
final class Csv {
  private Csv() {}

  /**
   * One record and the line of the file it starts on, counting from 1.
   *
   * @param quotedEmpty the indices of the cells written as {@code ""}, or null when there are none
   * @param malformed whether the record broke the quoting rules (already reported); its cells are then the reader's
   *     best reading, to be used only to avoid knock-on problems
   */
  record Row(int line, List<String> cells, BitSet quotedEmpty, boolean malformed) {
    /** A well-formed record without quoted empty cells. */
    Row(int line, List<String> cells) {
      this(line, cells, null, false);
    }

    /** Whether a cell is empty because it was written {@code ""}, not because it was left empty. */
    boolean isQuotedEmpty(int cell) {
      return quotedEmpty != null && quotedEmpty.get(cell);
    }
  }

  /** Appends a record, quoting the fields that need it, and a line break; empty fields are written empty. */
  static void writeRow(Appendable out, List<String> fields) throws IOException {
    writeRow(out, fields, false);
  }

  /**
   * Appends a record, quoting the fields that need it, and a line break.
   *
   * @param fields the fields; a null field is written empty
   * @param quoteEmpty whether an empty field is written {@code ""}, to tell it from a null one
   */
  static void writeRow(Appendable out, List<String> fields, boolean quoteEmpty) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String field = fields.get(i);
      if (field == null) {
        continue;
      }
      if (quoteEmpty && field.isEmpty()) {
        out.append("\"\"");
      } else {
        appendField(out, field);
      }
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
   * its line and returned marked {@linkplain Row#malformed() malformed}.
   */
  static final class Records {
    /**
     * What {@link #utf8(Path)} puts in place of bytes that are not UTF-8: a lone low surrogate, which decoding valid
     * UTF-8 never gives (U+FFFD, the usual replacement, is a character a valid file may hold).
     */
    private static final String UNDECODABLE = "\uDFFF";

    private final Reader in;
    /** Characters read ahead in blocks: a call per character on a reader costs more than parsing it. */
    private char[] buffer = new char[1 << 10];
    private int position;
    private int limit;
    private final String file;
    private final Problems problems;
    private final List<String> cells = new ArrayList<>();
    private final StringBuilder cell = new StringBuilder();
    private BitSet quotedEmpty;
    private int line = 1;
    private char previous;
    private boolean started;
    private boolean ended;

    /**
     * Opens a file as UTF-8 text in which bytes that are not UTF-8 read as a lone surrogate, so that {@link #next()}
     * can report each such line instead of the whole read failing at the first.
     */
    static Reader utf8(Path file) throws IOException {
      return utf8(Files.newInputStream(file));
    }

    /** Reads a stream as {@link #utf8(Path)} reads a file. */
    static Reader utf8(InputStream in) {
      CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .replaceWith(UNDECODABLE);
      return new InputStreamReader(in, decoder);
    }

    /**
     * Reads from {@code in}, in blocks (the reader need not be buffered).
     *
     * @param file the file's name, for problems
     */
    Records(Reader in, String file, Problems problems) {
      this.in = in;
      this.file = file;
      this.problems = problems;
    }

    /**
     * Returns the next non-blank record, or null at the end of the text. A record holding an unpaired surrogate (bytes
     * that were not UTF-8, from {@link #utf8(Path)}, or a broken text from another reader) is reported and returned
     * malformed; a reader that throws on such bytes instead ends the reading, reported at the line it had reached.
     */
    Row next() throws IOException {
      while (!ended) {
        Row row;
        try {
          row = readRecord();
        } catch (CharacterCodingException e) {
          problems.add(file, line, "", "the text must be UTF-8 but was not (" + e + ")");
          ended = true;
          return null;
        }
        if (row != null) {
          return row;
        }
      }
      return null;
    }

    /** Reads up to the end of one record; returns it, or null if it was blank. */
    private Row readRecord() throws IOException {
      int rowLine = line;
      boolean quoted = false;
      boolean sawQuote = false;
      boolean afterQuote = false;
      boolean bad = false;
      cells.clear();
      cell.setLength(0);
      quotedEmpty = null;
      int c = read();
      if (!started) {
        started = true;
        if (c == '\uFEFF') {
          c = read();
        }
      }
      if (c == '\n' && previous == '\r') {
        c = read();
      }
      for (; c != -1; c = read()) {
        char ch = (char) c;
        char before = previous;
        previous = ch;
        if (!bad && (Character.isLowSurrogate(ch) != Character.isHighSurrogate(before))) {
          problems.add(file, rowLine, "", "the text must be UTF-8 but this line holds bytes that are not");
          bad = true;
        }
        if (quoted) {
          if (ch == '"') {
            quoted = false;
            afterQuote = true;
          } else {
            if (ch == '\r' || ch == '\n' && before != '\r') {
              line++;
            }
            cell.append(ch);
          }
        } else if (ch == '"') {
          sawQuote = true;
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
          endCell(afterQuote);
          afterQuote = false;
        } else if (ch == '\n' || ch == '\r') {
          line++;
          return finish(rowLine, bad, sawQuote, afterQuote);
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
      if (!bad && Character.isHighSurrogate(previous)) {
        problems.add(file, rowLine, "", "the text must be UTF-8 but this line holds bytes that are not");
        bad = true;
      }
      if (quoted) {
        problems.add(file, rowLine, "", "a quoted field must be closed but the file ended inside it");
        bad = true;
      }
      return finish(rowLine, bad, sawQuote, afterQuote);
    }

    /** Ends a cell; {@code closedQuote} tells whether it was quoted, so that an empty one is noted as {@code ""}. */
    private void endCell(boolean closedQuote) {
      if (closedQuote && cell.length() == 0) {
        if (quotedEmpty == null) {
          quotedEmpty = new BitSet();
        }
        quotedEmpty.set(cells.size());
      }
      cells.add(cell.toString());
      cell.setLength(0);
    }

    /** Returns the next character, or -1 at the end of the text. */
    private int read() throws IOException {
      if (position == limit) {
        if (limit == buffer.length && buffer.length < 1 << 14) {
          // A small text fits the first block; a large one gets larger blocks.
          buffer = new char[1 << 14];
        }
        int read = in.read(buffer, 0, buffer.length);
        if (read <= 0) {
          return -1;
        }
        position = 0;
        limit = read;
      }
      return buffer[position++];
    }

    /** Ends a record; a line with nothing on it is blank, but one holding just {@code ""} is a record. */
    private Row finish(int rowLine, boolean bad, boolean sawQuote, boolean closedQuote) {
      endCell(closedQuote);
      boolean blank = cells.size() == 1 && cells.get(0).isEmpty() && !sawQuote;
      return blank ? null : new Row(rowLine, List.copyOf(cells), quotedEmpty, bad);
    }
  }
}
