package io.valueloop.io;

import io.valueloop.model.Actor;
import io.valueloop.model.ChainValidationException;
import io.valueloop.model.DataTerms;
import io.valueloop.model.FeeBase;
import io.valueloop.model.FlowKind;
import io.valueloop.model.FlowTerms;
import io.valueloop.model.MoneyTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ServiceTerms;
import io.valueloop.model.ValueChain;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One read of the two tables of {@link ChainFiles}: the rows that can be read go to the chain's builder even when
 * others cannot, so that the chain's rules are checked in the same pass as the cells; problems that only follow from
 * a row that could not be read (a flow to an actor whose row was malformed, a payment whose goods row was dropped, the
 * shares of a buyer that lost a supplier) are left out, their cause being reported.
 */
final class ChainFilesReader {
  static final List<String> ACTOR_COLUMNS = List.of("id", "role", "name", "capacity", "unitCost", "holdingCost",
      "backlogCost", "initialInventory", "demand");
  static final List<String> FLOW_COLUMNS = List.of("source", "target", "kind", "price", "leadTime", "orderDelay",
      "capacity", "share", "inputCoefficient", "input", "delay", "fee", "takeRate", "feeBase");
  static final String ATTRIBUTE_PREFIX = "attr.";
  private static final Set<String> GOODS_COLUMNS =
      Set.of("price", "leadTime", "orderDelay", "capacity", "share", "inputCoefficient", "input");
  private static final Set<String> SERVICE_COLUMNS = Set.of("fee", "takeRate", "feeBase");

  private final Problems problems = new Problems();
  private final ValueChain.Builder builder = ValueChain.builder();
  /** Each id of the actors file and its index there, the first row's when repeated; built rows or not. */
  private final Map<String, Integer> actorIndex = new HashMap<>();
  private int[] actorLine = new int[64];
  private boolean[] actorBuilt = new boolean[64];
  private int actorRows;
  private int builtActors;
  /** Whether every actor of the file is known by id, so that a flow naming another id is wrong. */
  private boolean actorsKnown;
  /** Actors a row that was not read touches: problems of the chain about them may be knock-on. */
  private final Set<String> touchedByDropped = new HashSet<>();
  private boolean anyDropped;
  /**
   * The line of each flow given to the builder, in order, and its key: source and target (indices in the actors file)
   * and kind, as {@code source << 35 | target << 3 | kind}, which holds files of up to 2^28 actors.
   */
  private int[] flowLine = new int[64];
  private long[] flowKey = new long[64];
  private int builtFlows;
  private Map<String, String> idsByStripped;

  /**
   * Reads a chain from its two texts.
   *
   * @throws ModelFileException with every problem found
   */
  ValueChain read(Reader actors, String actorsName, Reader flows, String flowsName)
      throws IOException, ModelFileException {
    readActors(new CsvTable(actors, actorsName, problems));
    readFlows(new CsvTable(flows, flowsName, problems), actorsName);
    ModelFileException exception;
    if (builtActors == 0 && !problems.isEmpty()) {
      // With no actor read, the chain's rules would only repeat the problems found.
      exception = problems.exception(0, null);
    } else {
      try {
        ValueChain chain = builder.build();
        if (problems.isEmpty()) {
          return chain;
        }
        exception = problems.exception(0, null);
      } catch (ChainValidationException e) {
        exception = rulesBroken(e, actorsName, flowsName);
      }
    }
    throw actorsFirst(exception, actorsName);
  }

  /** The problems, those of the actors file first (they may have been found after those of the flows file). */
  private static ModelFileException actorsFirst(ModelFileException e, String actorsName) {
    List<ModelFileException.Problem> sorted = new ArrayList<>(e.problems());
    sorted.sort(Comparator.comparing((ModelFileException.Problem p) -> !p.file().equals(actorsName)));
    return sorted.equals(e.problems()) ? e : new ModelFileException(sorted, e.problemCount(), e.getCause());
  }

  /** Adds the chain's problems at the lines at fault, without knock-on ones, to those of the cells. */
  private ModelFileException rulesBroken(ChainValidationException e, String actorsName, String flowsName) {
    int[] lineOfActor = new int[builtActors];
    for (int a = 0, b = 0; a < actorRows; a++) {
      if (actorBuilt[a]) {
        lineOfActor[b++] = actorLine[a];
      }
    }
    String[] idOfActor = new String[actorRows];
    actorIndex.forEach((id, a) -> idOfActor[a] = id);
    String[] idOfBuilt = new String[builtActors];
    for (int a = 0, b = 0; a < actorRows; a++) {
      if (actorBuilt[a]) {
        idOfBuilt[b++] = idOfActor[a];
      }
    }
    boolean duplicates = false;
    for (ChainValidationException.Problem problem : e.details()) {
      duplicates |= problem.actor().isEmpty() && problem.flow().isEmpty() && isDuplicateFlow(problem.what());
    }
    if (duplicates) {
      reportDuplicateFlows(idOfActor, flowsName);
    }
    for (ChainValidationException.Problem problem : e.details()) {
      if (problem.flow().isPresent()) {
        int f = problem.flow().getAsInt();
        long key = flowKey[f];
        boolean knockOn = problem.what().equals("money flow") && (touchedByDropped.contains(idOfActor[source(key)])
            || touchedByDropped.contains(idOfActor[target(key)]));
        if (!knockOn) {
          problems.add(flowsName, flowLine[f], column(problem.what(), FLOW_COLUMNS), problem.message());
        }
      } else if (problem.actor().isPresent()) {
        int a = problem.actor().getAsInt();
        boolean knockOn = problem.what().isEmpty() && touchedByDropped.contains(idOfBuilt[a]);
        if (!knockOn) {
          problems.add(actorsName, lineOfActor[a], column(problem.what(), ACTOR_COLUMNS), problem.message());
        }
      } else if (problem.what().startsWith("actor")) {
        problems.add(actorsName, 0, "", problem.message());
      } else if (!isDuplicateFlow(problem.what())) {
        problems.add(flowsName, 0, "", problem.message());
      }
    }
    return problems.exception(e.problemCount() - e.details().size(), e);
  }

  private static boolean isDuplicateFlow(String what) {
    for (FlowKind kind : FlowKind.values()) {
      if (what.equals(kind + " flow")) {
        return true;
      }
    }
    return false;
  }

  private static int source(long key) {
    return (int) (key >>> 35);
  }

  private static int target(long key) {
    return (int) (key >>> 3);
  }

  /**
   * Reports each repeated flow at its line, naming the line of the first. The buyer of a repeated goods flow counts
   * its share twice: its shares' problem is a knock-on one.
   */
  private void reportDuplicateFlows(String[] idOfActor, String flowsName) {
    Integer[] order = new Integer[builtFlows];
    Arrays.setAll(order, f -> f);
    Arrays.sort(order, (f, g) -> flowKey[f] != flowKey[g] ? Long.compare(flowKey[f], flowKey[g])
        : Integer.compare(f, g));
    for (int i = 1; i < order.length; i++) {
      long key = flowKey[order[i]];
      int first = i - 1;
      while (first > 0 && flowKey[order[first - 1]] == key) {
        first--;
      }
      if (flowKey[order[first]] == key) {
        FlowKind kind = FlowKind.values()[(int) (key & 7)];
        String label = kind + " " + idOfActor[source(key)] + "->" + idOfActor[target(key)];
        problems.add(flowsName, flowLine[order[i]], "", "the flow must be unique between two actors but " + label
            + " is on line " + flowLine[order[first]] + " too");
        if (kind == FlowKind.GOODS) {
          touchedByDropped.add(idOfActor[target(key)]);
        }
      }
    }
  }

  /** The column a validation problem's subject names, if it is a column of the file; else empty. */
  private static String column(String what, List<String> columns) {
    String subject = what.startsWith("actor ") || what.startsWith("flow ") ? what.substring(what.indexOf(' ') + 1)
        : what;
    return columns.contains(subject) ? subject : "";
  }

  private void readActors(CsvTable table) throws IOException {
    if (!table.header(ACTOR_COLUMNS, List.of("id", "role"), ATTRIBUTE_PREFIX)) {
      return;
    }
    actorsKnown = table.has("id");
    List<String> columns = table.columns();
    for (CsvTable.Record record = table.next(); record != null; record = table.next()) {
      String id = record.isWhole() ? record.required("id") : record.cell("id");
      if (id != null) {
        Integer first = actorIndex.get(id);
        if (first == null) {
          addActorRow(id, record.line());
        } else if (record.isWhole()) {
          record.problem("id", "the value must be unique but '" + id + "' is on line " + actorLine[first] + " too");
        }
      }
      if (!record.isWhole()) {
        anyDropped = true;
        continue;
      }
      Actor.Builder actor = Actor.builder();
      Role role = record.enumCell("role", Role.class, true);
      String name = record.cell("name");
      ChainFields.actorParameters(actor, record::doubleCell);
      for (int i = 0; i < columns.size(); i++) {
        String column = columns.get(i);
        String text = column.startsWith(ATTRIBUTE_PREFIX) && table.isRead(column, i) ? record.text(column) : null;
        if (text != null) {
          actor.putAttributes(column.substring(ATTRIBUTE_PREFIX.length()), text);
        }
      }
      if (record.hasProblems()) {
        anyDropped = true;
        if (id != null) {
          touchedByDropped.add(id);
        }
      } else {
        actor.id(id).role(role);
        if (name != null) {
          actor.name(name);
        }
        builder.actor(actor.build());
        actorBuilt[actorIndex.get(id)] = true;
        builtActors++;
      }
    }
    table.finish();
  }

  private void addActorRow(String id, int line) {
    if (actorRows == actorLine.length) {
      actorLine = Arrays.copyOf(actorLine, 2 * actorRows);
      actorBuilt = Arrays.copyOf(actorBuilt, 2 * actorRows);
    }
    actorIndex.put(id, actorRows);
    actorLine[actorRows++] = line;
  }

  private void readFlows(CsvTable table, String actorsName) throws IOException {
    if (!table.header(FLOW_COLUMNS, List.of("source", "target", "kind"), null)) {
      return;
    }
    // Equal terms are shared, as large models should: a few instances for a million flows, each validated once.
    Map<FlowTerms, FlowTerms> sharedTerms = new HashMap<>();
    for (CsvTable.Record record = table.next(); record != null; record = table.next()) {
      if (!record.isWhole()) {
        dropFlow(record.cell("source"), record.cell("target"));
        continue;
      }
      int source = actor(record, "source", actorsName);
      int target = actor(record, "target", actorsName);
      FlowKind kind = record.enumCell("kind", FlowKind.class, true);
      if (kind != null) {
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
      }
      FlowTerms terms = kind == null ? null : terms(kind, record);
      if (source < 0 || target < 0 || terms == null || record.hasProblems()) {
        dropFlow(record.cell("source"), record.cell("target"));
        continue;
      }
      String sourceId = record.cell("source");
      String targetId = record.cell("target");
      builder.flow(sourceId, targetId, sharedTerms.computeIfAbsent(terms, t -> t));
      if (builtFlows == flowLine.length) {
        flowLine = Arrays.copyOf(flowLine, 2 * builtFlows);
        flowKey = Arrays.copyOf(flowKey, 2 * builtFlows);
      }
      flowLine[builtFlows] = record.line();
      flowKey[builtFlows++] = (long) source << 35 | (long) target << 3 | kind.ordinal();
    }
    table.finish();
  }

  private void dropFlow(String source, String target) {
    anyDropped = true;
    if (source != null) {
      touchedByDropped.add(source);
    }
    if (target != null) {
      touchedByDropped.add(target);
    }
  }

  /**
   * The index of the actor a cell names, or -1. A problem is reported when the file names no such actor, with a hint
   * when an id differs from it only in surrounding spaces; none when the actor's row could not be read or the
   * actors file could not be read at all, whose problems are reported already.
   */
  private int actor(CsvTable.Record record, String column, String actorsName) {
    String id = record.required(column);
    if (id == null) {
      return -1;
    }
    Integer index = actorIndex.get(id);
    if (index == null) {
      if (actorsKnown) {
        String near = nearId(id);
        record.problem(column, "the value must be an actor id of " + actorsName + " but was '" + id + "'"
            + (near == null ? "" : " (actor '" + near + "' differs only in spaces around it)"));
      } else {
        record.drop();
      }
      return -1;
    }
    if (!actorBuilt[index]) {
      record.drop();
      return -1;
    }
    return index;
  }

  /** An actor id equal to {@code id} but for surrounding spaces, or null. */
  private String nearId(String id) {
    if (idsByStripped == null) {
      idsByStripped = new HashMap<>();
      for (String known : actorIndex.keySet()) {
        idsByStripped.putIfAbsent(known.strip(), known);
      }
    }
    String near = idsByStripped.get(id.strip());
    return near == null || near.equals(id) ? null : near;
  }

  /** Returns the terms a record describes, or null after reporting a problem. */
  private static FlowTerms terms(FlowKind kind, CsvTable.Record record) {
    switch (kind) {
      case GOODS: {
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
        return ChainFields.goodsTerms(price, leadTime, orderDelay, capacity, share, inputCoefficient, input);
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
}
