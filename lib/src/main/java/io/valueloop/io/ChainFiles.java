package io.valueloop.io;

import io.valueloop.model.Actor;
import io.valueloop.model.DataTerms;
import io.valueloop.model.FlowTerms;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.ServiceTerms;
import io.valueloop.model.ValueChain;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads and writes a value chain as two CSV files (RFC 4180, UTF-8, a header row first): one row per actor and one
 * row per flow — the tables a spreadsheet, an ERP export, R's {@code read.csv} or pandas' {@code read_csv} handle.
 *
 * <p><b>Actors file.</b> Columns {@code id} and {@code role} (a role letter: M, S, B, C, P, L, F) are required;
 * {@code name}, {@code capacity}, {@code unitCost}, {@code holdingCost}, {@code backlogCost},
 * {@code initialInventory} and {@code demand} are optional, and an empty cell takes the {@link Actor} default.
 * Columns named {@code attr.<key>} carry free-form attributes: an empty cell sets none, a cell written {@code ""}
 * sets the empty text.
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
 * bases are read in any case; ids and other texts exactly as written, spaces included. Column order is free. Every
 * chain {@link ValueChain.Builder#build()} accepts reads back equal to the chain written.
 *
 * <p><b>Errors.</b> Reading reports every problem in the files at once in a {@link ModelFileException} whose
 * problems name file, line and column, each once, at its cause: a missing or unreadable file, or a folder (at line
 * 0); text that is not UTF-8; unreadable quoting; unknown, repeated or missing columns (on the header, not again on
 * every record); a file
 * separated by {@code ;} or tabs (with a hint); records of the wrong length (once when all are, as after a header
 * lost a column); malformed or out-of-range numbers; unknown roles or kinds; duplicate actor ids; flow ends that
 * name no actor (with a hint when an id differs only in surrounding spaces); and, in the same pass, for the rows
 * that could be read, every rule of the chain that {@link ValueChain.Builder#build()} checks (value ranges, payments
 * for goods, role rules, shares, repeated flows, zero-delay loops), each at the line of the actor or flow at fault (a
 * repeated flow at its second line, naming the first; a loop of flows, which no one line holds, at line 0 of the
 * flows file), with the {@link io.valueloop.model.ChainValidationException} as the cause. Problems that only follow
 * from a row that could not be read (a flow to an actor whose row was rejected, a payment or a share of a trade
 * whose goods row was rejected) are left out. Reading streams the files: time is linear in their size, and memory
 * beyond the chain's is one record and a few words per actor and flow.
 *
 * <p><b>Writing</b> is atomic: see {@link #write(ValueChain, Path, Path)}.
 */
public final class ChainFiles {
  private static final List<String> ACTOR_COLUMNS = ChainFilesReader.ACTOR_COLUMNS;
  private static final List<String> FLOW_COLUMNS = ChainFilesReader.FLOW_COLUMNS;
  private static final String ATTRIBUTE_PREFIX = ChainFilesReader.ATTRIBUTE_PREFIX;

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
    Problems missing = new Problems();
    for (Path file : List.of(actorsFile, flowsFile)) {
      if (Files.isDirectory(file)) {
        missing.add(file.toString(), 0, "", "the file must be a file but was a folder");
      } else if (!Files.exists(file)) {
        missing.add(file.toString(), 0, "", "the file must exist but was not found");
      } else if (!Files.isReadable(file)) {
        missing.add(file.toString(), 0, "", "the file must be readable but was not (permission denied)");
      }
    }
    missing.throwIfAny();
    try (Reader actors = Csv.Records.utf8(actorsFile);
        Reader flows = Csv.Records.utf8(flowsFile)) {
      return read(actors, actorsFile.toString(), flows, flowsFile.toString());
    } catch (NoSuchFileException e) {
      // Deleted since the check above.
      missing.add(e.getFile(), 0, "", "the file must exist but was not found");
      throw missing.exception(0, e);
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
    return new ChainFilesReader().read(actors, actorsName, flows, flowsName);
  }

  /**
   * Writes a chain to an actors file and a flows file in UTF-8, creating or replacing them. The save is atomic for each
   * file and all but atomic for the pair: both tables are written in full to temporary files beside their targets
   * before either target is replaced, and a failure leaves both old files as they were and no temporary file behind.
   *
   * @param chain the chain
   * @param actorsFile the actors file
   * @param flowsFile the flows file
   * @throws IOException if a file cannot be written; the files are then as they were
   * @throws IllegalArgumentException if both paths name the same file
   */
  public static void write(ValueChain chain, Path actorsFile, Path flowsFile) throws IOException {
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(actorsFile, "actorsFile");
    Objects.requireNonNull(flowsFile, "flowsFile");
    if (actorsFile.toAbsolutePath().normalize().equals(flowsFile.toAbsolutePath().normalize())) {
      throw new IllegalArgumentException("flowsFile must be another file than actorsFile but was the same ("
          + flowsFile + ")");
    }
    Map<Path, AtomicFiles.Content> files = new LinkedHashMap<>();
    files.put(actorsFile, AtomicFiles.utf8(out -> writeActors(chain, out)));
    files.put(flowsFile, AtomicFiles.utf8(out -> writeFlows(chain, out)));
    AtomicFiles.writeAll(files);
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
    writeActors(chain, actors);
    writeFlows(chain, flows);
  }

  private static void writeActors(ValueChain chain, Appendable actors) throws IOException {
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
      // An actor without the attribute gets an empty cell, one whose attribute is the empty text gets "".
      attributes.forEach(key -> row.add(actor.attributes().get(key)));
      Csv.writeRow(actors, row, true);
    }
  }

  private static void writeFlows(ValueChain chain, Appendable flows) throws IOException {
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
}
