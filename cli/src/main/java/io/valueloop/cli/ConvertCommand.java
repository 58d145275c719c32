package io.valueloop.cli;

import io.valueloop.model.ValueChain;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code valueloop convert}: a chain from one file format to the other. */
@Command(
    name = "convert",
    header = "Convert a chain between JSON and the two CSV tables.",
    description = "Converts a chain between the JSON format and the two CSV tables. A name ending in .json is a "
        + "JSON file; any other name is a folder holding actors.csv and flows.csv (naming one of the two "
        + "tables names its folder). E.g. 'valueloop convert chain.json tables/'.")
final class ConvertCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN", description = "the chain to read: FILE.json or a CSV chain folder")
  private Path input;

  @Parameters(index = "1", paramLabel = "OUT", description = "the chain to write: FILE.json or a CSV chain folder")
  private Path output;

  @Override
  public Integer call() throws Exception {
    ValueChain chain = ChainPaths.read(input);
    ChainPaths.write(chain, output);
    spec.commandLine().getErr().println("wrote " + output + ": " + chain.actorCount() + " actors, "
        + chain.flowCount() + " flows");
    return 0;
  }
}
