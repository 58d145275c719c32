package io.valueloop.cli;

import io.valueloop.io.ChainDiagram;
import io.valueloop.model.FlowKind;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code valueloop diagram}: a chain drawn as Graphviz DOT, Mermaid or GraphML. */
@Command(
    name = "diagram",
    header = "Draw a chain as Graphviz DOT, Mermaid or GraphML.",
    description = "Draws a chain in the format the output's extension names: .dot or .gv (Graphviz), .mmd "
        + "(Mermaid, for Markdown), .graphml (yEd, Gephi, networkx). E.g. 'valueloop diagram chain.json -o "
        + "chain.dot' then 'dot -Tsvg chain.dot -o chain.svg'.")
final class DiagramCommand implements Callable<Integer> {
  private static final List<String> EXTENSIONS = List.of(".dot", ".gv", ".mmd", ".mermaid", ".graphml");

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CHAIN", description = "the chain: FILE.json or a CSV chain folder")
  private Path chain;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
      description = "the diagram to write: .dot, .gv, .mmd, .mermaid or .graphml")
  private Path output;

  @Option(names = "--kinds", split = ",", paramLabel = "KIND",
      description = "the kinds of flows to draw, comma-separated: GOODS, MONEY, DATA, SERVICE (default: all)")
  private EnumSet<FlowKind> kinds = EnumSet.allOf(FlowKind.class);

  @Override
  public Integer call() throws Exception {
    String name = String.valueOf(output.getFileName()).toLowerCase(Locale.ROOT);
    if (EXTENSIONS.stream().noneMatch(name::endsWith)) {
      throw new ParameterException(spec.commandLine(),
          "the output's extension must be one of " + String.join(", ", EXTENSIONS) + " but was " + output);
    }
    if (kinds.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--kinds must name at least one kind of flow");
    }
    ChainDiagram diagram = ChainDiagram.of(ChainPaths.read(chain)).withKinds(kinds);
    diagram.write(Staging.parentsOf(output));
    spec.commandLine().getErr().println("wrote " + output);
    return 0;
  }
}
