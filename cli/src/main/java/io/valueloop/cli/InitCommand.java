package io.valueloop.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code valueloop init}: sample files to start a study from. */
@Command(
    name = "init",
    header = "Write sample chain, scenario and experiment files to start from.",
    description = "Writes commented sample files to start from: DIR/chain.json (a small S2B2C2S2B chain), "
        + "DIR/scenario.json (a run of it) and DIR/experiment.json (the consumer-data loop off and on, "
        + "replicated).%nThen: valueloop simulate DIR/chain.json DIR/scenario.json --out DIR/run%n"
        + "      valueloop experiment DIR/experiment.json --out DIR/experiment")
final class InitCommand implements Callable<Integer> {
  /** The sample files, in the order written. */
  static final List<String> FILES = List.of("chain.json", "scenario.json", "experiment.json");

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "the folder to write to, created if needed")
  private Path folder;

  @Option(names = "--force", description = "replace sample files that already exist")
  private boolean force;

  @Override
  public Integer call() throws Exception {
    for (String name : FILES) {
      Path existing = folder.resolve(name);
      if (!force && Files.exists(existing)) {
        throw new FileAlreadyExistsException(existing.toString(), null, "already exists; --force replaces it");
      }
    }
    try (Staging staging = Staging.folder(folder)) {
      for (String name : FILES) {
        Files.writeString(staging.file(name), JsonFiles.sample(name), StandardCharsets.UTF_8);
      }
      staging.commit();
    }
    for (String name : FILES) {
      spec.commandLine().getOut().println("wrote " + folder.resolve(name));
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}
