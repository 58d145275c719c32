package io.valueloop.io;

import io.valueloop.model.Actor;
import io.valueloop.model.ChainValidationException;
import io.valueloop.model.DataTerms;
import io.valueloop.model.FeeBase;
import io.valueloop.model.FlowKind;
import io.valueloop.model.FlowTerms;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.MoneyTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ServiceTerms;
import io.valueloop.model.ValueChain;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.DoubleConsumer;

/**
 * Reads and writes a value chain as two CSV files (RFC 4180, UTF-8, a header row first): one row per actor and one
 * row per flow — the tables a spreadsheet, an ERP export, R's {@code read.csv} or pandas' {@code read_csv} handle.
 *
 * <p><b>Actors file.</b> Columns {@code id} and {@code role} (a role letter: M, S, B, C, P, L, F) are required;
 * {@code name}, {@code capacity}, {@code unitCost}, {@code holdingCost}, {@code backlogCost},
 * {@code initialInventory} and {@code demand} are optional, and an empty cell takes the {@link Actor} default.
 * Columns named {@code attr.<key>} carry free-form attributes; an empty cell sets none (so an attribute whose
 * value is the empty string does not survive a write and a read).
 *
 * <p><b>Flows file.</b> Columns {@code source}, {@code target} (actor ids) and {@code kind} (GOODS, MONEY, DATA or
 * SERVICE) are required. Goods flows read {@code price}, {@code leadTime}, {@code orderDelay}, {@code capacity},
 * {@code share}, {@code inputCoefficient} and {@code input}; data flows read {@code delay}; services read
 * {@code fee}, {@code takeRate} and {@code feeBase} (REVENUE or CONSUMER_REVENUE). An empty cell takes the default
 * of {@link GoodsTerms#defaults()}, delay 0, fee 0, take rate 0, base REVENUE; a value in a column that does not
 * apply to the row's kind is a problem (it usually means shifted columns). A money flow is one row of kind MONEY,
 * so a trade is two rows, as in the chain.
 *
 * <p>Numbers are written with {@link Double#toString(double)}, so that reading gives back the same doubles; an
 * unlimited capacity is {@code Infinity} (reading also accepts {@code inf}, any case). Tick columns take whole
 * numbers, also written as decimals ({@code 2.0}, as pandas writes a column with empty cells). Roles, kinds and fee
 * bases are read in any case; ids exactly as written, spaces included. Column order is free; an unknown column is a
 * problem.
 *
 * <p><b>Errors.</b> Reading reports every problem in the files at once in a {@link ModelFileException} whose
 * problems name file, line and column: text that is not UTF-8, unreadable quoting, missing or unknown columns,
 * records of the wrong length, malformed or out-of-range numbers, unknown roles or kinds, duplicate actor ids and flow
 * ends that name no actor first; when the files are well formed, every rule of the chain that
 * {@link ValueChain.Builder#build()} checks (value ranges, payments for goods, role rules, shares, zero-delay loops),
 * each at the line of the actor or flow at fault (a loop of flows, which no one line holds, at line 0 of the flows
 * file), with the {@link io.valueloop.model.ChainValidationException} as the cause. Reading streams the files: time
 * is linear in their size, and memory beyond the chain's is one record.
 */
public final class ChainFiles {
  private static final List<String> ACTOR_COLUMNS = List.of("id", "role", "name", "capacity", "unitCost",
      "holdingCost", "backlogCost", "initialInventory", "demand");
  private static final List<String> FLOW_COLUMNS = List.of("source", "target", "kind", "price", "leadTime",
      "orderDelay", "capacity", "share", "inputCoefficient", "input", "delay", "fee", "takeRate", "feeBase");
  private static final String ATTRIBUTE_PREFIX = "attr.";
  private static final Set<String> GOODS_COLUMNS =
      Set.of("price", "leadTime", "orderDelay", "capacity", "share", "inputCoefficient", "input");
  private static final Set<String> SERVICE_COLUMNS = Set.of("fee", "takeRate", "feeBase");

  private ChainFiles() {}

  /**
   * Reads a chain from an actors file and a flows file in UTF-8.
   *
   * @param actorsFile the actors file
   * @param flowsFile the flows file
   * @return the validated chain
   * @throws IOException if a file cannot be read
   * @throws ModelFileException if the files are malformed or the chain they hold is invalid, with every problem's
   *     file, line and column
   */
  public static ValueChain read(Path actorsFile, Path flowsFile) throws IOException, ModelFileException {
    Objects.requireNonNull(actorsFile, "actorsFile");
    Objects.requireNonNull(flowsFile, "flowsFile");
    try (Reader actors = Csv.Records.utf8(actorsFile);
        Reader flows = Csv.Records.utf8(flowsFile)) {
      return read(actors, actorsFile.toString(), flows, flowsFile.toString());
    }
  }

  /**
   * Reads a chain from two texts; the names are used only in problems.
   *
   * @param actors the actors text
   * @param actorsName the actors text's name, for problems
   * @param flows the flows text
   * @param flowsName the flows text's name, for problems
   * @return the validated chain
   * @throws IOException if a reader fails
   * @throws ModelFileException if the texts are malformed or the chain they hold is invalid, with every problem's
   *     file, line and column
   */
  public static ValueChain read(Reader actors, String actorsName, Reader flows, String flowsName)
      throws IOException, ModelFileException {
    Objects.requireNonNull(actors, "actors");
    Objects.requireNonNull(actorsName, "actorsName");
    Objects.requireNonNull(flows, "flows");
    Objects.requireNonNull(flowsName, "flowsName");
    Problems problems = new Problems();
    ValueChain.Builder builder = ValueChain.builder();
    Map<String, Integer> actorLines = new HashMap<>();
    List<Integer> flowLines = new ArrayList<>();
    readActors(new Table(actors, actorsName, problems), builder, actorLines);
    readFlows(new Table(flows, flowsName, problems), builder, actorLines, actorsName, flowLines);
    problems.throwIfAny();
    try {
      return builder.build();
    } catch (ChainValidationException e) {
      // Actors were given to the builder in the order of actorLines' values, flows in the order of flowLines.
      int[] lineOfActor = actorLines.values().stream().mapToInt(Integer::intValue).sorted().toArray();
      for (ChainValidationException.Problem problem : e.details()) {
        if (problem.flow().isPresent()) {
          problems.add(flowsName, flowLines.get(problem.flow().getAsInt()), column(problem.what(), FLOW_COLUMNS),
              problem.message());
        } else if (problem.actor().isPresent()) {
          problems.add(actorsName, lineOfActor[problem.actor().getAsInt()], column(problem.what(), ACTOR_COLUMNS),
              problem.message());
        } else {
          problems.add(flowsName, 0, "", problem.message());
        }
      }
      throw problems.exception(e.problemCount() - e.details().size(), e);
    }
  }

  /** The column a validation problem's subject names, if it is a column of the file; else empty. */
  private static String column(String what, List<String> columns) {
    String subject = what.startsWith("actor ") || what.startsWith("flow ") ? what.substring(what.indexOf(' ') + 1)
        : what;
    return columns.contains(subject) ? subject : "";
  }

  /**
   * Writes a chain to an actors file and a flows file in UTF-8, creating or replacing them.
   *
   * @param chain the chain
   * @param actorsFile the actors file
   * @param flowsFile the flows file
   * @throws IOException if a file cannot be written
   */
  public static void write(ValueChain chain, Path actorsFile, Path flowsFile) throws IOException {
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(actorsFile, "actorsFile");
    Objects.requireNonNull(flowsFile, "flowsFile");
    try (Writer actors = Files.newBufferedWriter(actorsFile, StandardCharsets.UTF_8);
        Writer flows = Files.newBufferedWriter(flowsFile, StandardCharsets.UTF_8)) {
      write(chain, actors, flows);
    }
  }

  /**
   * Writes a chain's actors and flows tables.
   *
   * @param chain the chain
   * @param actors where the actors table goes
   * @param flows where the flows table goes
   * @throws IOException if an output fails
   */
  public static void write(ValueChain chain, Appendable actors, Appendable flows) throws IOException {
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(actors, "actors");
    Objects.requireNonNull(flows, "flows");
    Set<String> attributes = new LinkedHashSet<>();
    for (int a = 0; a < chain.actorCount(); a++) {
      attributes.addAll(chain.actor(a).attributes().keySet());
    }
    List<String> header = new ArrayList<>(ACTOR_COLUMNS);
    attributes.forEach(key -> header.add(ATTRIBUTE_PREFIX + key));
    Csv.writeRow(actors, header);
    List<String> row = new ArrayList<>(header.size());
    for (int a = 0; a < chain.actorCount(); a++) {
      Actor actor = chain.actor(a);
      row.clear();
      row.addAll(List.of(actor.id(), actor.role().name(), actor.name(), Double.toString(actor.capacity()),
          Double.toString(actor.unitCost()), Double.toString(actor.holdingCost()),
          Double.toString(actor.backlogCost()), Double.toString(actor.initialInventory()),
          Double.toString(actor.demand())));
      attributes.forEach(key -> row.add(actor.attributes().getOrDefault(key, "")));
      Csv.writeRow(actors, row);
    }
    Csv.writeRow(flows, FLOW_COLUMNS);
    String[] cells = new String[FLOW_COLUMNS.size()];
    for (int f = 0; f < chain.flowCount(); f++) {
      Arrays.fill(cells, "");
      FlowTerms terms = chain.terms(f);
      cells[0] = chain.actor(chain.source(f)).id();
      cells[1] = chain.actor(chain.target(f)).id();
      cells[2] = terms.kind().name();
      if (terms instanceof GoodsTerms) {
        GoodsTerms goods = (GoodsTerms) terms;
        cells[3] = Double.toString(goods.price());
        cells[4] = Integer.toString(goods.leadTime());
        cells[5] = Integer.toString(goods.orderDelay());
        cells[6] = Double.toString(goods.capacity());
        cells[7] = Double.toString(goods.share());
        cells[8] = Double.toString(goods.inputCoefficient());
        cells[9] = goods.input();
      } else if (terms instanceof DataTerms) {
        cells[10] = Integer.toString(((DataTerms) terms).delay());
      } else if (terms instanceof ServiceTerms) {
        ServiceTerms service = (ServiceTerms) terms;
        cells[11] = Double.toString(service.fee());
        cells[12] = Double.toString(service.takeRate());
        cells[13] = service.base().name();
      }
      Csv.writeRow(flows, Arrays.asList(cells));
    }
  }

  private static void readActors(Table table, ValueChain.Builder builder, Map<String, Integer> actorLines)
      throws IOException {
    if (!table.header(ACTOR_COLUMNS, List.of("id", "role"), true)) {
      return;
    }
    for (Record record = table.next(); record != null; record = table.next()) {
      Actor.Builder actor = Actor.builder();
      String id = record.required("id");
      if (id != null) {
        Integer first = actorLines.putIfAbsent(id, record.line());
        if (first != null) {
          record.problem("id", "the value must be unique but '" + id + "' is on line " + first + " too");
        }
      }
      Role role = record.enumCell("role", Role.class, true);
      String name = record.cell("name");
      record.ifDouble("capacity", actor::capacity);
      record.ifDouble("unitCost", actor::unitCost);
      record.ifDouble("holdingCost", actor::holdingCost);
      record.ifDouble("backlogCost", actor::backlogCost);
      record.ifDouble("initialInventory", actor::initialInventory);
      record.ifDouble("demand", actor::demand);
      for (String column : table.columns()) {
        String cell = column.startsWith(ATTRIBUTE_PREFIX) ? record.cell(column) : null;
        if (cell != null) {
          actor.putAttributes(column.substring(ATTRIBUTE_PREFIX.length()), cell);
        }
      }
      if (!record.hasProblems()) {
        actor.id(id).role(role);
        if (name != null) {
          actor.name(name);
        }
        builder.actor(actor.build());
      }
    }
  }

  private static void readFlows(Table table, ValueChain.Builder builder, Map<String, Integer> actorLines,
      String actorsName, List<Integer> flowLines) throws IOException {
    if (!table.header(FLOW_COLUMNS, List.of("source", "target", "kind"), false)) {
      return;
    }
    // Equal terms are shared, as large models should: a few instances for a million flows, each validated once.
    Map<FlowTerms, FlowTerms> sharedTerms = new HashMap<>();
    for (Record record = table.next(); record != null; record = table.next()) {
      String source = record.actorId("source", actorLines, actorsName);
      String target = record.actorId("target", actorLines, actorsName);
      FlowKind kind = record.enumCell("kind", FlowKind.class, true);
      if (kind == null) {
        continue;
      }
      for (String column : table.columns()) {
        boolean applies = column.equals("source") || column.equals("target") || column.equals("kind")
            || kind == FlowKind.GOODS && GOODS_COLUMNS.contains(column)
            || kind == FlowKind.DATA && column.equals("delay")
            || kind == FlowKind.SERVICE && SERVICE_COLUMNS.contains(column);
        if (!applies && record.cell(column) != null) {
          record.problem(column, "the cell must be empty for a " + kind + " flow but was '" + record.cell(column)
              + "'");
        }
      }
      FlowTerms terms = terms(kind, record);
      if (source != null && target != null && terms != null) {
        builder.flow(source, target, sharedTerms.computeIfAbsent(terms, t -> t));
        flowLines.add(record.line());
      }
    }
  }

  /** Returns the terms a record describes, or null after reporting a problem. */
  private static FlowTerms terms(FlowKind kind, Record record) {
    switch (kind) {
      case GOODS: {
        GoodsTerms defaults = GoodsTerms.defaults();
        Double price = record.doubleCell("price");
        Integer leadTime = record.intCell("leadTime");
        Integer orderDelay = record.intCell("orderDelay");
        Double capacity = record.doubleCell("capacity");
        Double share = record.doubleCell("share");
        Double inputCoefficient = record.doubleCell("inputCoefficient");
        String input = record.cell("input");
        if (record.hasProblems()) {
          return null;
        }
        return new GoodsTerms(
            price == null ? defaults.price() : price,
            leadTime == null ? defaults.leadTime() : leadTime,
            orderDelay == null ? defaults.orderDelay() : orderDelay,
            capacity == null ? defaults.capacity() : capacity,
            share == null ? defaults.share() : share,
            inputCoefficient == null ? defaults.inputCoefficient() : inputCoefficient,
            input == null ? defaults.input() : input);
      }
      case DATA: {
        Integer delay = record.intCell("delay");
        return record.hasProblems() ? null : DataTerms.of(delay == null ? 0 : delay);
      }
      case SERVICE: {
        Double fee = record.doubleCell("fee");
        Double takeRate = record.doubleCell("takeRate");
        FeeBase base = record.enumCell("feeBase", FeeBase.class, false);
        return record.hasProblems() ? null : new ServiceTerms(fee == null ? 0 : fee,
            takeRate == null ? 0 : takeRate, base == null ? FeeBase.REVENUE : base);
      }
      default:
        return record.hasProblems() ? null : MoneyTerms.PAYMENT;
    }
  }

  /** Whether a text is {@code inf} or {@code infinity}, in any case, with an optional {@code +}. */
  private static boolean isInfinity(String text) {
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

  /** A file's records read one at a time against its header; problems go to the read's collector. */
  private static final class Table {
    private final Csv.Records records;
    private final String file;
    private final Problems problems;
    private final Map<String, Integer> columnIndex = new HashMap<>();
    private List<String> columns = List.of();

    Table(Reader in, String file, Problems problems) {
      this.records = new Csv.Records(in, file, problems);
      this.file = file;
      this.problems = problems;
    }

    /**
     * Reads the header: every column known (or an attribute column, where allowed), none twice, the required
     * ones present. Returns whether the records can be read.
     */
    boolean header(List<String> known, List<String> required, boolean attributes) throws IOException {
      Csv.Row header = records.next();
      if (header == null) {
        problems.add(file, 1, "", "the file must start with a header row but was empty");
        return false;
      }
      columns = header.cells();
      boolean readable = true;
      for (int i = 0; i < columns.size(); i++) {
        String column = columns.get(i);
        boolean isAttribute = attributes && column.startsWith(ATTRIBUTE_PREFIX)
            && column.length() > ATTRIBUTE_PREFIX.length();
        if (!known.contains(column) && !isAttribute) {
          problems.add(file, header.line(), column, "the column must be one of " + String.join(", ", known)
              + (attributes ? " or attr.<key>" : "") + " but was '" + column + "'");
          readable = false;
        } else if (columnIndex.putIfAbsent(column, i) != null) {
          problems.add(file, header.line(), column, "the column must appear once but '" + column
              + "' appeared again");
          readable = false;
        }
      }
      for (String column : required) {
        if (!columnIndex.containsKey(column)) {
          problems.add(file, header.line(), column, "the column must be present but was missing");
          readable = false;
        }
      }
      return readable;
    }

    List<String> columns() {
      return columns;
    }

    /** Returns the next record of the header's length, reporting and skipping others; null at the end. */
    Record next() throws IOException {
      for (Csv.Row row = records.next(); row != null; row = records.next()) {
        if (row.cells().size() == columns.size()) {
          return new Record(this, row);
        }
        problems.add(file, row.line(), "", "the record must have " + columns.size() + " fields, as the header, but"
            + " had " + row.cells().size());
      }
      return null;
    }
  }

  /** One record: typed cells, with problems reported against its line. */
  private static final class Record {
    private final Table table;
    private final Csv.Row row;
    private boolean hasProblems;

    Record(Table table, Csv.Row row) {
      this.table = table;
      this.row = row;
    }

    void problem(String column, String message) {
      hasProblems = true;
      table.problems.add(table.file, row.line(), column, message);
    }

    boolean hasProblems() {
      return hasProblems;
    }

    int line() {
      return row.line();
    }

    /** The cell's actor id; reports a problem unless it is one of the actors read, by exact match. */
    String actorId(String column, Map<String, Integer> actorLines, String actorsName) {
      String id = required(column);
      if (id != null && !actorLines.containsKey(id)) {
        problem(column, "the value must be an actor id of " + actorsName + " but was '" + id + "'");
        return null;
      }
      return id;
    }

    /** The cell's text, or null when the column is absent or the cell empty. */
    String cell(String column) {
      Integer index = table.columnIndex.get(column);
      if (index == null) {
        return null;
      }
      String cell = row.cells().get(index);
      return cell.isEmpty() ? null : cell;
    }

    /** The cell's text; reports a problem and returns null when it is empty. */
    String required(String column) {
      String cell = cell(column);
      if (cell == null) {
        problem(column, "the value must be given but was empty");
      }
      return cell;
    }

    /** Passes the cell's number to {@code setter} when the cell is not empty and holds a number. */
    void ifDouble(String column, DoubleConsumer setter) {
      Double value = doubleCell(column);
      if (value != null) {
        setter.accept(value);
      }
    }

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
