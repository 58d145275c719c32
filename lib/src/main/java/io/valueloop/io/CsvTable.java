package io.valueloop.io;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file's records read one at a time against its header, with typed cells; problems go to the read's
 * collector. Problems are reported once at their cause: an unknown or repeated column is reported on the header and
 * ignored, a missing required column is reported on the header and not again on every record, a file whose records
 * all have one other length than the header is reported once, and a file separated by {@code ;} or tabs gets a hint.
 */
final class CsvTable {
  private final Csv.Records records;
  private final String file;
  private final Problems problems;
  private final Map<String, Integer> columnIndex = new HashMap<>();
  private List<String> columns = List.of();
  private int headerLine = 1;
  /** Lines and lengths of records whose length differs from the header's, reported at {@link #finish()}. */
  private int[] wrongLines = new int[16];
  private int[] wrongLengths = new int[16];
  private int wrongCount;
  private int rightCount;

  CsvTable(Reader in, String file, Problems problems) {
    this.records = new Csv.Records(in, file, problems);
    this.file = file;
    this.problems = problems;
  }

  String file() {
    return file;
  }

  /**
   * Reads the header: every column known (or an attribute column, when {@code prefix} is not null), none twice, the
   * required ones present. Unknown and repeated columns are reported and ignored. Returns whether the records can
   * be read: false for an empty file or one that is not comma-separated.
   *
   * @param prefix the prefix of free-form columns ({@code attr.}), or null if there are none
   */
  boolean header(List<String> known, List<String> required, String prefix) throws IOException {
    Csv.Row header = records.next();
    if (header == null) {
      problems.add(file, 1, "", "the file must start with a header row but was empty");
      return false;
    }
    headerLine = header.line();
    columns = header.cells();
    if (header.malformed()) {
      return false;
    }
    if (columns.size() == 1 && !known.contains(columns.get(0))) {
      String only = columns.get(0);
      String delimiter = only.contains(";") ? ";" : only.contains("\t") ? "tab" : null;
      if (delimiter != null) {
        problems.add(file, headerLine, "", "the file must be comma-separated but its header has no comma and is"
            + " separated by " + delimiter + " (a spreadsheet set to a language that writes decimal commas saves"
            + " so): save it as CSV with ',' between fields and '.' in numbers");
        return false;
      }
    }
    for (int i = 0; i < columns.size(); i++) {
      String column = columns.get(i);
      boolean isFree = prefix != null && column.startsWith(prefix) && column.length() > prefix.length();
      if (!known.contains(column) && !isFree) {
        problems.add(file, headerLine, column, "the column must be one of " + String.join(", ", known)
            + (prefix != null ? " or " + prefix + "<key>" : "") + " but was '" + column + "'"
            + (known.contains(column.strip()) ? " (with spaces around the name)" : ""));
      } else if (columnIndex.putIfAbsent(column, i) != null) {
        problems.add(file, headerLine, column, "the column must appear once but '" + column + "' appeared again");
      }
    }
    for (String column : required) {
      if (!columnIndex.containsKey(column)) {
        problems.add(file, headerLine, column, "the column must be present but was missing");
      }
    }
    return true;
  }

  /** Returns the header's columns, in order, including any ignored ones. */
  List<String> columns() {
    return columns;
  }

  /** Whether the header has a column (and it is not ignored). */
  boolean has(String column) {
    return columnIndex.containsKey(column);
  }

  /** Whether a column was read from the header at this index (not an ignored duplicate or unknown column). */
  boolean isRead(String column, int index) {
    Integer at = columnIndex.get(column);
    return at != null && at == index;
  }

  /**
   * Returns the next record, or null at the end. A record that is malformed or of another length than the header is
   * returned not {@linkplain Record#isWhole() whole}: its problem is reported, and its cells are only a guess.
   */
  Record next() throws IOException {
    Csv.Row row = records.next();
    if (row == null) {
      return null;
    }
    if (row.malformed()) {
      return new Record(this, row, false);
    }
    if (row.cells().size() == columns.size()) {
      rightCount++;
      return new Record(this, row, true);
    }
    if (wrongCount == wrongLines.length) {
      wrongLines = Arrays.copyOf(wrongLines, 2 * wrongCount);
      wrongLengths = Arrays.copyOf(wrongLengths, 2 * wrongCount);
    }
    wrongLines[wrongCount] = row.line();
    wrongLengths[wrongCount++] = row.cells().size();
    return new Record(this, row, false);
  }

  /**
   * Reports the records of the wrong length: once, on the header, when there are several and all have the same
   * other length (a header that lost or gained a column); else each at its line.
   */
  void finish() {
    boolean allAlike = wrongCount > 1 && rightCount == 0;
    for (int i = 1; i < wrongCount && allAlike; i++) {
      allAlike = wrongLengths[i] == wrongLengths[0];
    }
    if (allAlike) {
      problems.add(file, headerLine, "", "the header must have as many columns as the records but had "
          + columns.size() + " while all " + wrongCount + " records had " + wrongLengths[0] + " fields");
      return;
    }
    for (int i = 0; i < wrongCount; i++) {
      problems.add(file, wrongLines[i], "", "the record must have " + columns.size() + " fields, as the header,"
          + " but had " + wrongLengths[i]);
    }
  }

  /** Whether a text is {@code inf} or {@code infinity}, in any case, with an optional {@code +}. */
  static boolean isInfinity(String text) {
    String unsigned = text.startsWith("+") ? text.substring(1) : text;
    return unsigned.equalsIgnoreCase("inf") || unsigned.equalsIgnoreCase("infinity");
  }

  /**
   * Whether a text is a plain decimal, {@code [+-]?(d+.?d*|.d+)([eE][+-]?d+)?} with ASCII digits d: what
   * {@link Double#parseDouble} reads, without its hexadecimal, NaN, infinity and type suffixes. (A scan, not a regular
   * expression: reading a million flows checks millions of numbers.)
   */
  static boolean isDecimal(String text) {
    int i = 0;
    int n = text.length();
    if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    for (; i < n && isDigit(text.charAt(i)); i++) {
      digits++;
    }
    if (i < n && text.charAt(i) == '.') {
      for (i++; i < n && isDigit(text.charAt(i)); i++) {
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int exponent = 0;
      for (; i < n && isDigit(text.charAt(i)); i++) {
        exponent++;
      }
      if (exponent == 0) {
        return false;
      }
    }
    return i == n;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** One record: typed cells, with problems reported against its line. */
  static final class Record {
    private final CsvTable table;
    private final Csv.Row row;
    private final boolean whole;
    private boolean hasProblems;

    Record(CsvTable table, Csv.Row row, boolean whole) {
      this.table = table;
      this.row = row;
      this.whole = whole;
      this.hasProblems = !whole;
    }

    /** Whether the record is well formed and has the header's length; only then are its cells to be trusted. */
    boolean isWhole() {
      return whole;
    }

    void problem(String column, String message) {
      hasProblems = true;
      table.problems.add(table.file, row.line(), column, message);
    }

    /** Marks the record as not usable without a problem of its own: its cause was reported elsewhere. */
    void drop() {
      hasProblems = true;
    }

    boolean hasProblems() {
      return hasProblems;
    }

    int line() {
      return row.line();
    }

    /** The cell's text, or null when the column is absent, the cell empty or not there (a record too short). */
    String cell(String column) {
      Integer index = table.columnIndex.get(column);
      if (index == null || index >= row.cells().size()) {
        return null;
      }
      String cell = row.cells().get(index);
      return cell.isEmpty() ? null : cell;
    }

    /** The cell's text, or null when the column is absent or the cell empty unquoted; {@code ""} gives "". */
    String text(String column) {
      Integer index = table.columnIndex.get(column);
      if (index == null || index >= row.cells().size()) {
        return null;
      }
      String cell = row.cells().get(index);
      return cell.isEmpty() && !row.isQuotedEmpty(index) ? null : cell;
    }

    /**
     * The cell's text; when it is empty, reports a problem and returns null. A missing column was reported on the
     * header: the record is then dropped without another problem.
     */
    String required(String column) {
      if (!table.has(column)) {
        drop();
        return null;
      }
      String cell = cell(column);
      if (cell == null) {
        problem(column, "the value must be given but was empty");
      }
      return cell;
    }

    /** Returns the cell's number when the cell is not empty and holds one; reports a problem if it does not. */
    Double doubleCell(String column) {
      String cell = cell(column);
      if (cell == null) {
        return null;
      }
      String text = cell.strip();
      if (isInfinity(text)) {
        return Double.POSITIVE_INFINITY;
      }
      // Double.parseDouble would also take hexadecimal, "NaN", a trailing d or f, and overflow to infinity.
      double value = isDecimal(text) ? Double.parseDouble(text) : Double.NaN;
      if (!Double.isFinite(value)) {
        problem(column, "the value must be a decimal number within the range of a double (or inf) but was '" + cell
            + "'");
        return null;
      }
      return value;
    }

    /** A whole number of ticks; {@code 2.0}, as pandas writes a column with empty cells, reads as 2. */
    Integer intCell(String column) {
      String cell = cell(column);
      if (cell == null) {
        return null;
      }
      String text = cell.strip();
      double value = isDecimal(text) ? Double.parseDouble(text) : Double.NaN;
      if (!(value == Math.rint(value) && Math.abs(value) <= Integer.MAX_VALUE)) {
        problem(column, "the value must be a whole number of ticks within the range of an int but was '" + cell
            + "'");
        return null;
      }
      return (int) value;
    }

    <E extends Enum<E>> E enumCell(String column, Class<E> type, boolean isRequired) {
      String cell = isRequired ? required(column) : cell(column);
      if (cell == null) {
        return null;
      }
      for (E value : type.getEnumConstants()) {
        if (value.name().equalsIgnoreCase(cell.strip())) {
          return value;
        }
      }
      problem(column, "the value must be one of " + Arrays.toString(type.getEnumConstants()) + " but was '" + cell
          + "'");
      return null;
    }
  }
}
