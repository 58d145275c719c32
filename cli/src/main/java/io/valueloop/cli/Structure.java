package io.valueloop.cli;

import io.valueloop.analysis.Bottlenecks;
import io.valueloop.analysis.ChainDepth;
import io.valueloop.analysis.Concentration;
import io.valueloop.analysis.CriticalActors;
import io.valueloop.flow.CompiledChain;
import io.valueloop.model.Actor;
import io.valueloop.model.Flow;
import io.valueloop.model.GoodsTerms;
import io.valueloop.model.Role;
import io.valueloop.model.ValueChain;
import io.valueloop.pattern.BusinessModelCode;
import io.valueloop.pattern.CodeRecognizer;
import io.valueloop.pattern.Recognition;
import java.io.IOException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The structure of a chain, as {@code valueloop analyse} shows it and writes it: the analyses of one compiled chain. */
final class Structure {
  /** The chain's measures, one per row. */
  static final String CHAIN = "structure.csv";
  /** One row per actor. */
  static final String ACTORS = "structure-actors.csv";
  /** One row per role. */
  static final String ROLES = "structure-roles.csv";
  /** One row per buyer and input. */
  static final String SUPPLIERS = "structure-suppliers.csv";
  /** One row per goods flow in the minimum cut. */
  static final String CUT_FLOWS = "structure-cut-flows.csv";
  /** One row per business-model code realised. */
  static final String CODES = "structure-codes.csv";
  /** How a witness path's actor ids are joined in one cell. */
  static final String PATH_SEPARATOR = " > ";

  final ValueChain chain;
  final ChainDepth depth;
  final CriticalActors critical;
  final Bottlenecks bottlenecks;
  final Concentration concentration;
  final Recognition recognition;

  private Structure(CompiledChain compiled) {
    this.chain = compiled.chain();
    this.depth = ChainDepth.of(compiled);
    this.critical = CriticalActors.of(compiled);
    this.bottlenecks = Bottlenecks.of(compiled);
    this.concentration = Concentration.of(compiled);
    this.recognition = CodeRecognizer.recognize(chain);
  }

  /** Runs every analysis on a chain. */
  static Structure of(ValueChain chain) {
    return new Structure(CompiledChain.compile(chain));
  }

  /** Writes the six tables into a staging folder. */
  void write(Staging out) throws IOException {
    try (CsvTable table = CsvTable.create(out.file(CHAIN), "measure", "value")) {
      table.row("actors", chain.actorCount());
      table.row("flows", chain.flowCount());
      table.row("depth", depth.depth());
      table.row("articulationPoints", critical.articulationPoints().size());
      table.row("totalDemand", bottlenecks.totalDemand());
      table.row("maxFlow", bottlenecks.maxFlow());
      table.row("servedFraction", bottlenecks.servedFraction());
    }
    Set<String> articulation = new HashSet<>(critical.articulationPoints());
    Set<String> longest = new HashSet<>(depth.longestPath());
    Set<String> cutActors = new HashSet<>(bottlenecks.cutActors());
    Set<String> cutConsumers = new HashSet<>(bottlenecks.cutConsumers());
    try (CsvTable table = CsvTable.create(out.file(ACTORS), "actor", "role", "tier", "throughput",
        "throughputShare", "articulationPoint", "onLongestPath", "capacityInCut", "demandInCut")) {
      for (Actor actor : chain.actors()) {
        String id = actor.id();
        table.row(id, actor.role().name(), depth.tiers().get(id), critical.throughput().get(id),
            critical.throughputShare().get(id), articulation.contains(id), longest.contains(id),
            cutActors.contains(id), cutConsumers.contains(id));
      }
    }
    Map<Role, Integer> actors = actorsByRole();
    try (CsvTable table = CsvTable.create(out.file(ROLES), "role", "actors", "concentration")) {
      for (Map.Entry<Role, Integer> role : actors.entrySet()) {
        table.row(role.getKey().name(), role.getValue(), concentration.roleIndex().get(role.getKey()));
      }
    }
    try (CsvTable table = CsvTable.create(out.file(SUPPLIERS), "buyer", "input", "concentration")) {
      for (Map.Entry<String, Map<String, Double>> buyer : concentration.supplierIndex().entrySet()) {
        for (Map.Entry<String, Double> input : buyer.getValue().entrySet()) {
          table.row(buyer.getKey(), input.getKey(), input.getValue());
        }
      }
    }
    try (CsvTable table = CsvTable.create(out.file(CUT_FLOWS), "source", "target", "capacity")) {
      for (Flow flow : bottlenecks.cutFlows()) {
        table.row(flow.source(), flow.target(), ((GoodsTerms) flow.terms()).capacity());
      }
    }
    try (CsvTable table = CsvTable.create(out.file(CODES), "code", "witness")) {
      for (BusinessModelCode code : recognition.codes()) {
        table.row(code.format(), String.join(PATH_SEPARATOR, recognition.witness(code).orElseThrow()));
      }
    }
  }

  /** Returns the number of actors of each role the chain has, in role order. */
  Map<Role, Integer> actorsByRole() {
    Map<Role, Integer> actors = new EnumMap<>(Role.class);
    for (Actor actor : chain.actors()) {
      actors.merge(actor.role(), 1, Integer::sum);
    }
    return actors;
  }

  /** Returns the first ids of a list, with how many more there are. */
  static String firstOf(List<String> ids, int shown) {
    if (ids.size() <= shown) {
      return String.join(", ", ids);
    }
    return String.join(", ", ids.subList(0, shown)) + " and " + (ids.size() - shown) + " more";
  }
}
