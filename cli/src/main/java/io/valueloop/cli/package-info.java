/**
 * The {@code valueloop} command line: one small picocli command class per subcommand under
 * {@link io.valueloop.cli.ValueLoopCommand}, which is the runnable jar's main class.
 *
 * <p>How the commands behave alike: a chain on the command line is a JSON file ({@code .json}) or a CSV chain folder
 * holding {@code actors.csv} and {@code flows.csv}; inputs are read (every problem of every input reported at once)
 * before anything is written; outputs are made in a hidden temporary folder beside their destination and moved into
 * place only when all are complete; results go to standard output and to files, messages and progress to the error
 * stream; exit code 0 on success, 1 on a problem with the user's files, 2 on a usage error.
 */
package io.valueloop.cli;
