package org.evalcost.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.evalcost.catalog.DataException;
import org.evalcost.engine.InvalidRequestException;
import org.evalcost.engine.UnknownNameException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/** The top command: holds the environment and turns every failure into a message and exit code. */
@Command(
    name = "evalcost",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "What it costs to evaluate a language model on a benchmark suite, before you spend the money.",
    subcommands = {
      EstimateCommand.class,
      CompareCommand.class,
      DiffCommand.class,
      PlanCommand.class,
      BacktestCommand.class,
      ImportCommand.class,
      ProfileCommand.class,
      TokensCommand.class,
      ModelsCommand.class,
      BenchmarksCommand.class,
      SuitesCommand.class,
      CompletionCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INTERNAL_LINE, ExitCodes.USAGE_LINE, ExitCodes.DATA_LINE,
        ExitCodes.GATE_LINE, ExitCodes.GATE_UNCHECKED_LINE})
public final class EvalCost implements Callable<Integer> {
  final Environment environment;

  @Spec CommandSpec spec;

  public EvalCost(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  /** A ready-to-run command line writing to {@code out} and {@code err}. */
  public static CommandLine commandLine(Environment environment, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new EvalCost(environment));
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(EvalCost::handle);
    return cli;
  }

  /** Runs the arguments and returns the exit code. */
  public static int run(Environment environment, PrintWriter out, PrintWriter err, String... args) {
    int code = commandLine(environment, out, err).execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static int handle(Exception e, CommandLine cli, ParseResult parsed) {
    PrintWriter err = cli.getErr();
    int code;
    if (e instanceof DataException) {
      err.print("evalcost: data error: " + e.getMessage() + "\n");
      code = ExitCodes.DATA;
    } else if (e instanceof UnknownNameException unknown) {
      err.print("evalcost: " + e.getMessage() + "\n");
      if (!unknown.suggestions().isEmpty()) {
        err.print("Did you mean: " + String.join(", ", unknown.suggestions()) + "?\n");
      }
      code = ExitCodes.USAGE;
    } else if (e instanceof InvalidRequestException) {
      err.print("evalcost: " + e.getMessage() + "\n");
      code = ExitCodes.USAGE;
    } else {
      err.print("evalcost: internal error: " + e + "\n");
      code = ExitCodes.INTERNAL;
    }
    if (debug(parsed)) {
      e.printStackTrace(err);
    } else if (code == ExitCodes.INTERNAL) {
      err.print("Rerun with --debug for the stack trace, and please report it.\n");
    }
    err.flush();
    return code;
  }

  private static boolean debug(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
