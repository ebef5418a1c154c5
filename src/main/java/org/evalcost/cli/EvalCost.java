package org.evalcost.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.evalcost.catalog.DataException;
import org.evalcost.engine.InvalidRequestException;
import org.evalcost.engine.UnknownNameException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/** The top command: holds the environment and turns every failure into a message and exit code. */
public final class EvalCost implements Callable<Integer> {
  final Environment environment;
  private final CommandSpec spec;

  public EvalCost(Environment environment) {
    this.environment = environment;
    this.spec = Specs.command("evalcost", this)
        .version(new VersionProvider())
        .description("What it costs to evaluate a language model on a benchmark suite, before you spend the money.")
        .exitCodes(ExitCodes.WITH_GATES)
        .build();
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  /** The subcommands, in the order --help lists them: each a model built for a run under this root. */
  private static final Map<String, Function<EvalCost, Object>> COMMANDS = new LinkedHashMap<>();

  static {
    COMMANDS.put("estimate", root -> new EstimateCommand(root).spec());
    COMMANDS.put("compare", root -> new CompareCommand(root).spec());
    COMMANDS.put("diff", root -> new DiffCommand(root).spec());
    COMMANDS.put("plan", root -> new PlanCommand(root).spec());
    COMMANDS.put("backtest", root -> new BacktestCommand(root).spec());
    COMMANDS.put("import", root -> new ImportCommand(root).spec());
    COMMANDS.put("profile", root -> new ProfileCommand(root).spec());
    COMMANDS.put("tokens", root -> new TokensCommand(root).spec());
    COMMANDS.put("models", root -> new ModelsCommand(root).spec());
    COMMANDS.put("benchmarks", root -> new BenchmarksCommand(root).spec());
    COMMANDS.put("suites", root -> new SuitesCommand(root).spec());
    COMMANDS.put("completion", root -> new CompletionCommand().spec());
    COMMANDS.put("help", root -> new CommandLine.HelpCommand()); // picocli's own, by its annotations
  }

  /** A ready-to-run command line with every subcommand, writing to {@code out} and {@code err}. */
  public static CommandLine commandLine(Environment environment, PrintWriter out, PrintWriter err) {
    return commandLine(environment, out, err, COMMANDS.keySet());
  }

  /**
   * Only the subcommand the arguments name is built when they name one: a run needs one. --help,
   * help, completion and a mistyped command get them all.
   */
  private static CommandLine forArgs(Environment environment, PrintWriter out, PrintWriter err, String... args) {
    String first = args.length > 0 ? args[0] : "";
    if (args.length == 1 && (first.equals("--version") || first.equals("-V"))) {
      return commandLine(environment, out, err, Set.of());
    }
    boolean one = COMMANDS.containsKey(first) && !first.equals("help") && !first.equals("completion");
    return commandLine(environment, out, err, one ? Set.of(first) : COMMANDS.keySet());
  }

  private static CommandLine commandLine(Environment environment, PrintWriter out, PrintWriter err,
      Set<String> names) {
    EvalCost root = new EvalCost(environment);
    CommandLine cli = new CommandLine(root.spec);
    COMMANDS.forEach((name, command) -> {
      if (names.contains(name)) {
        cli.addSubcommand(name, command.apply(root));
      }
    });
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(EvalCost::handle);
    cli.setParameterExceptionHandler(EvalCost::handleUsage);
    cli.registerConverter(java.math.BigDecimal.class, value -> {
      try {
        return new java.math.BigDecimal(value);
      } catch (NumberFormatException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a number");
      }
    });
    return cli;
  }

  /** Runs the arguments and returns the exit code. */
  public static int run(Environment environment, PrintWriter out, PrintWriter err, String... args) {
    int code = forArgs(environment, out, err, args).execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** A usage error in a line or two, like git's, rather than the whole usage text. */
  private static int handleUsage(CommandLine.ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    PrintWriter err = cli.getErr();
    err.print("evalcost: " + e.getMessage() + "\n");
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.print("Run '" + cli.getCommandSpec().qualifiedName() + " --help' for its options.\n");
    err.flush();
    return ExitCodes.USAGE;
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
