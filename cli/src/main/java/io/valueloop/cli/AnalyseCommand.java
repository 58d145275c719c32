package io.valueloop.cli;

import io.valueloop.model.Flow;
import io.valueloop.model.Role;
import io.valueloop.pattern.BusinessModelCode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code valueloop analyse}: a chain's structure, printed and optionally written as CSV tables. */
@Command(
    name = "analyse",
    aliases = "analyze",
    header = "Print a chain's structure; write it as CSV tables with --out.",
    description = "Prints a chain's structure: the business-model codes it realises, its depth, critical actors "
        + "(articulation points, busiest actors), bottlenecks (maximum flow to consumers and the minimum "
        + "cut) and concentration (Herfindahl index per role). With --out, writes it as tables: "
        + "structure.csv, structure-actors.csv, structure-roles.csv, structure-suppliers.csv, "
        + "structure-cut-flows.csv and structure-codes.csv.")
final class AnalyseCommand implements Callable<Integer> {
  private static final int SHOWN = 5;

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CHAIN", description = "the chain: FILE.json or a CSV chain folder")
  private Path chain;

  @Option(names = "--out", paramLabel = "DIR", description = "a folder for the tables")
  private Path out;

  @Override
  public Integer call() throws Exception {
    Structure structure = Structure.of(ChainPaths.read(chain));
    if (out != null) {
      try (Staging staging = Staging.folder(out)) {
        structure.write(staging);
        staging.commit();
      }
    }
    print(structure, spec.commandLine().getOut());
    return 0;
  }

  private static void print(Structure s, PrintWriter out) {
    out.println("Chain: " + s.chain.actorCount() + " actors, " + s.chain.flowCount() + " flows; by role "
        + s.actorsByRole());
    out.println("Business models realised:");
    for (BusinessModelCode code : s.recognition.codes()) {
      out.printf(Locale.ROOT, "  %-10s via %s%n", code.format(),
          String.join(Structure.PATH_SEPARATOR, s.recognition.witness(code).orElseThrow()));
    }
    out.println("Depth (goods flows, producer to consumer): " + s.depth.depth() + ", e.g. "
        + String.join(Structure.PATH_SEPARATOR, s.depth.longestPath()));
    List<String> cut = s.critical.articulationPoints();
    out.println("Articulation points (actors whose loss splits the goods network): " + cut.size()
        + (cut.isEmpty() ? "" : ": " + Structure.firstOf(cut, SHOWN)));
    out.println("Busiest actors (share of consumer demand passing through):");
    s.critical.throughputShare().entrySet().stream()
        .filter(entry -> s.chain.actor(entry.getKey()).orElseThrow().role() != Role.C)
        .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
        .limit(SHOWN)
        .forEach(entry -> out.printf(Locale.ROOT, "  %-16s %6.1f %%%n", entry.getKey(), 100 * entry.getValue()));
    out.printf(Locale.ROOT, "Bottlenecks: max flow to consumers %.2f of %.2f units per tick demanded (%.1f %% servable)%n",
        s.bottlenecks.maxFlow(), s.bottlenecks.totalDemand(), 100 * s.bottlenecks.servedFraction());
    if (!s.bottlenecks.cutActors().isEmpty()) {
      out.println("  actors at capacity in the minimum cut: " + Structure.firstOf(s.bottlenecks.cutActors(), SHOWN));
    }
    if (!s.bottlenecks.cutFlows().isEmpty()) {
      out.println("  flows at capacity in the minimum cut: " + Structure.firstOf(s.bottlenecks.cutFlows().stream()
          .map(Flow::toString).collect(Collectors.toList()), SHOWN));
    }
    out.println("Concentration (Herfindahl index of each role's market, 1 = one actor serves all):");
    s.concentration.roleIndex().forEach((role, index) -> out.printf(Locale.ROOT, "  %-4s %.3f%n", role, index));
    out.flush();
  }
}
