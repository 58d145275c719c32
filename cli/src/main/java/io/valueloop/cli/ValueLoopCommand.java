package io.valueloop.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code valueloop} command: chains, scenarios and experiments as files, results as CSV tables for R, pandas or
 * a spreadsheet. Each action is a subcommand; {@code valueloop --help} lists them and {@code valueloop COMMAND --help}
 * describes one.
 *
 * <p>Exit codes: 0 on success, 1 when the user's files have a problem (each problem one line on the error stream,
 * starting {@code FILE:LINE:COLUMN:}) or a computation on them fails, 2 on a usage error. Results go to standard
 * output or to files; messages and progress go to the error stream. A command that fails leaves no file half-written.
 */
@Command(
    name = "valueloop",
    scope = CommandLine.ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Model, analyse and simulate value chains and the S2B, S2B2C and S2B2C2S2B business models.",
        "Run 'valueloop COMMAND --help' for a command's options."},
    synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands:%n",
    footer = {"", "Exit codes: 0 success, 1 a problem with your files, 2 a usage error."},
    subcommands = {
        InitCommand.class,
        NewCommand.class,
        ValidateCommand.class,
        AnalyseCommand.class,
        SolveCommand.class,
        SimulateCommand.class,
        ExperimentCommand.class,
        ConvertCommand.class,
        DiagramCommand.class,
        LessonCommand.class,
        CommandLine.HelpCommand.class
    })
public final class ValueLoopCommand implements Callable<Integer> {
  private static final String HEADLESS = "java.awt.headless";

  @Spec
  private CommandSpec spec;

  /** Creates the command; picocli fills in its fields. */
  public ValueLoopCommand() {
    // picocli instantiates the command and injects its spec
  }

  /**
   * Runs the command line and exits the JVM with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    if (System.getProperty(HEADLESS) == null) {
      System.setProperty(HEADLESS, "true"); // charts are drawn to PNG files, never shown: no display is needed
    }
    System.exit(commandLine().execute(args));
  }

  /**
   * Returns a new command line for {@code valueloop}, with the exit codes and error messages described above; set its
   * output and error writers to capture them.
   *
   * @return the command line, ready for {@link CommandLine#execute(String...)}
   */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new ValueLoopCommand());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler(Failures::usage);
    commandLine.setExecutionExceptionHandler(Failures::execution);
    return commandLine;
  }

  /**
   * Without a subcommand there is nothing to do: a usage error.
   *
   * @return never
   * @throws CommandLine.ParameterException always, for the usage error
   */
  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }
}
