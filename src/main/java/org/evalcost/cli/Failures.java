package org.evalcost.cli;

import java.io.PrintWriter;
import org.evalcost.catalog.DataException;
import org.evalcost.engine.InvalidRequestException;
import org.evalcost.engine.UnknownNameException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Turns every failure into a message of a line or two, and its exit code. */
final class Failures
    implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {
  /** A usage error in a line or two, like git's, rather than the whole usage text. */
  @Override
  public int handleParseException(CommandLine.ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    PrintWriter err = cli.getErr();
    err.print("evalcost: " + stdin(cli).clean(e.getMessage()) + "\n");
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.print("Run '" + cli.getCommandSpec().qualifiedName() + " --help' for its options.\n");
    err.flush();
    return ExitCodes.USAGE;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    PrintWriter err = cli.getErr();
    int code;
    if (e instanceof DataException) {
      err.print("evalcost: data error: " + stdin(cli).clean(e.getMessage()) + "\n");
      code = ExitCodes.DATA;
    } else if (e instanceof UnknownNameException unknown) {
      err.print("evalcost: " + unknown.message(Options::of) + "\n");
      if (!unknown.suggestions().isEmpty()) {
        err.print("Did you mean: " + String.join(", ", unknown.suggestions()) + "?\n");
      }
      code = ExitCodes.USAGE;
    } else if (e instanceof InvalidRequestException invalid) {
      err.print("evalcost: " + stdin(cli).clean(invalid.message(Options::of)) + "\n");
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

  private static StandardInput stdin(CommandLine cli) {
    return ((EvalCost) cli.getCommandSpec().root().userObject()).stdin;
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
