package io.valueloop.io;

import io.valueloop.internal.Preconditions;
import io.valueloop.model.FlowKind;
import io.valueloop.model.ValueChain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A picture of a value chain: its actors and the flows of chosen kinds, written as Graphviz DOT, Mermaid or
 * GraphML.
 *
 * <ul>
 *   <li><b>DOT</b> — render with Graphviz, {@code dot -Tsvg chain.dot -o chain.svg}. Actors are boxes filled by
 *       role; goods flows are bold black arrows labelled with their price, payments dashed green, demand data
 *       dotted blue, services dashed orange labelled with their fee or take rate.</li>
 *   <li><b>Mermaid</b> — a {@code flowchart LR} that Markdown viewers such as GitHub's draw from a fenced
 *       {@code mermaid} block; the same colours and labels. Actors are named {@code a0, a1, …} in chain order,
 *       with their ids in the labels, so that any id is safe.</li>
 *   <li><b>GraphML</b> — for yEd, Gephi, or Python's {@code networkx.read_graphml}: one node per actor (id, name,
 *       role and parameters as data) and one directed edge per flow (kind and terms as data, doubles written
 *       losslessly).</li>
 * </ul>
 *
 * <p>Writing is one pass over the chain's indexed accessors, so its time and the output's size are linear in the
 * number of actors and drawn flows; the text is streamed to the {@link Appendable}. Pictures are readable up to a few
 * hundred actors; choose the kinds to draw with {@link #withKinds(Set)} (all four by default).
 *
 * <p>An instance is immutable and thread-safe.
 */
public final class ChainDiagram {
  private final ValueChain chain;
  private final Set<FlowKind> kinds;

  private ChainDiagram(ValueChain chain, Set<FlowKind> kinds) {
    this.chain = chain;
    this.kinds = kinds;
  }

  /**
   * Returns a diagram of every flow of a chain.
   *
   * @param chain the chain
   * @return the diagram
   */
  public static ChainDiagram of(ValueChain chain) {
    return new ChainDiagram(Objects.requireNonNull(chain, "chain"),
        Collections.unmodifiableSet(EnumSet.allOf(FlowKind.class)));
  }

  /**
   * Returns a diagram of the same chain that draws only flows of the given kinds (every actor is still drawn).
   *
   * @param kinds the kinds to draw, at least one
   * @return the diagram
   * @throws IllegalArgumentException if {@code kinds} is empty
   */
  public ChainDiagram withKinds(Set<FlowKind> kinds) {
    Objects.requireNonNull(kinds, "kinds");
    kinds.forEach(kind -> Objects.requireNonNull(kind, "kind"));
    Preconditions.check(!kinds.isEmpty(), "kinds", "non-empty", kinds, "");
    return new ChainDiagram(chain, Collections.unmodifiableSet(EnumSet.copyOf(kinds)));
  }

  /** {@return the kinds of flow this diagram draws} */
  public Set<FlowKind> kinds() {
    return kinds;
  }

  /** {@return the diagram in Graphviz DOT} */
  public String toDot() {
    StringBuilder out = new StringBuilder();
    appendUnchecked(() -> writeDot(out));
    return out.toString();
  }

  /** {@return the diagram as a Mermaid flowchart} */
  public String toMermaid() {
    StringBuilder out = new StringBuilder();
    appendUnchecked(() -> writeMermaid(out));
    return out.toString();
  }

  /**
   * Returns the diagram in GraphML.
   *
   * @return the GraphML text
   * @throws IllegalArgumentException if an actor id or name holds a character that XML 1.0 cannot carry
   */
  public String toGraphMl() {
    StringBuilder out = new StringBuilder();
    appendUnchecked(() -> writeGraphMl(out));
    return out.toString();
  }

  /**
   * Writes the diagram in Graphviz DOT.
   *
   * @param out where to write
   * @throws IOException if {@code out} fails
   */
  public void writeDot(Appendable out) throws IOException {
    ChainDiagramDot.write(chain, kinds, Objects.requireNonNull(out, "out"));
  }

  /**
   * Writes the diagram as a Mermaid flowchart.
   *
   * @param out where to write
   * @throws IOException if {@code out} fails
   */
  public void writeMermaid(Appendable out) throws IOException {
    ChainDiagramMermaid.write(chain, kinds, Objects.requireNonNull(out, "out"));
  }

  /**
   * Writes the diagram in GraphML (UTF-8 declared).
   *
   * @param out where to write
   * @throws IOException if {@code out} fails
   * @throws IllegalArgumentException if an actor id or name, or a goods input, holds a character that XML 1.0 cannot
   *     carry; nothing is written then
   */
  public void writeGraphMl(Appendable out) throws IOException {
    ChainDiagramGraphMl.write(chain, kinds, Objects.requireNonNull(out, "out"));
  }

  /**
   * Writes the diagram to a file in UTF-8, in the format its extension names: {@code .dot} or {@code .gv} for DOT,
   * {@code .mmd} or {@code .mermaid} for Mermaid, {@code .graphml} for GraphML. The parent folder must exist.
   *
   * @param file the file, created or replaced
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException if the extension is none of these
   */
  public void write(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    String fileName = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    int dot = fileName.lastIndexOf('.');
    String extension = dot < 0 ? "" : fileName.substring(dot + 1);
    Preconditions.check(extension.matches("dot|gv|mmd|mermaid|graphml"), "file extension",
        "one of .dot, .gv, .mmd, .mermaid, .graphml", "'" + (dot < 0 ? "" : fileName.substring(dot)) + "'",
        file.toString());
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      switch (extension) {
        case "dot":
        case "gv":
          writeDot(out);
          break;
        case "graphml":
          writeGraphMl(out);
          break;
        default:
          writeMermaid(out);
          break;
      }
    }
  }

  @Override
  public String toString() {
    return "ChainDiagram{actors=" + chain.actorCount() + ", kinds=" + kinds + "}";
  }

  /** Runs a write into a {@link StringBuilder}, which never throws {@link IOException}. */
  private static void appendUnchecked(Write write) {
    try {
      write.run();
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder cannot fail", e);
    }
  }

  @FunctionalInterface
  private interface Write {
    void run() throws IOException;
  }
}
