package org.evalcost.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.evalcost.catalog.DataException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/** The top command: holds the environment and turns every failure into a message and exit code. */
public final class EvalCost implements Callable<Integer> {
  final Environment environment;
  final StandardInput stdin;
  private final CommandSpec spec;

  public EvalCost(Environment environment) {
    this.environment = environment;
    this.stdin = new StandardInput(environment.stdin());
    this.spec = CommandSpecs.command("evalcost", this)
        .version(new VersionProvider())
        .description("What it costs to evaluate a language model on a benchmark suite, before you spend the money.")
        .exitCodes(ExitCodes.ALL)
        .build();
  }

  /** Where a run's messages go. */
  java.io.PrintWriter err() {
    return spec.commandLine().getErr();
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  /** A ready-to-run command line with every subcommand, writing to {@code out} and {@code err}. */
  public static CommandLine commandLine(Environment environment, PrintWriter out, PrintWriter err) {
    return commandLine(environment, out, err, List.of(Subcommand.values()));
  }

  /**
   * Only the subcommand the arguments name is built when they name one: a run needs one. --help,
   * help, completion and a mistyped command get them all.
   */
  private static CommandLine forArgs(Environment environment, PrintWriter out, PrintWriter err, String... args) {
    String first = args.length > 0 ? args[0] : "";
    if (args.length == 1 && (first.equals("--version") || first.equals("-V"))) {
      return commandLine(environment, out, err, List.of());
    }
    Subcommand named = Subcommand.named(first);
    boolean one = named != null && named != Subcommand.HELP && named != Subcommand.COMPLETION;
    return commandLine(environment, out, err, one ? List.of(named) : List.of(Subcommand.values()));
  }

  private static CommandLine commandLine(Environment environment, PrintWriter out, PrintWriter err,
      List<Subcommand> subcommands) {
    EvalCost root = new EvalCost(environment);
    CommandLine cli = new CommandLine(root.spec);
    for (Subcommand subcommand : subcommands) {
      cli.addSubcommand(subcommand.id(), subcommand.build(root));
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    Failures failures = new Failures();
    cli.setExecutionStrategy(new FormatCheck());
    cli.setExecutionExceptionHandler(failures);
    cli.setParameterExceptionHandler(failures);
    cli.registerConverter(Path.class, new PathConverter(root.stdin));
    cli.registerConverter(java.math.BigDecimal.class, new NumberConverter());
    return cli;
  }

  /**
   * Runs the arguments and returns the exit code. The command's output is held until it has
   * finished, then goes to stdout or, with -o FILE, into a file beside FILE that is renamed over
   * it: a run that fails (a usage or data error, a bug) writes nothing, and FILE stays as it was.
   */
  public static int run(Environment environment, PrintWriter out, PrintWriter err, String... args) {
    java.io.StringWriter held = new java.io.StringWriter();
    PrintWriter capture = new PrintWriter(held);
    CommandLine cli = forArgs(environment, capture, err, args);
    try {
      if (ProjectDefaults.apply(args)) {
        cli.setDefaultValueProvider(ProjectDefaults.of(environment.variables(), Path.of("").toAbsolutePath(), args));
      }
    } catch (DataException e) {
      err.print("evalcost: data error: " + e.getMessage() + "\n");
      err.flush();
      return ExitCodes.DATA;
    }
    int code;
    try {
      code = cli.execute(args);
    } finally {
      ((EvalCost) cli.getCommandSpec().userObject()).stdin.close();
    }
    capture.flush();
    String target = outputFile(cli.getParseResult());
    if (target == null || target.equals("-")) {
      out.print(held);
    } else if (code == ExitCodes.OK || code == ExitCodes.GATE || code == ExitCodes.GATE_UNCHECKED) {
      try {
        org.evalcost.importer.DataFiles.writeAtomically(Path.of(target), held.toString());
      } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
        String why = e instanceof java.nio.file.NoSuchFileException ? "its folder does not exist"
            : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
            : e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        err.print("evalcost: " + org.evalcost.engine.Names.shown(target) + " could not be written (" + why + "); "
            + "an existing file is left as it was\n");
        code = ExitCodes.OUTPUT_FAILED;
      }
    } else if (java.nio.file.Files.exists(Path.of(target))) {
      err.print("evalcost: " + org.evalcost.engine.Names.shown(target) + " is left as it was\n");
    }
    out.flush();
    // A PrintWriter swallows write errors: a full disk or a closed pipe would leave a cut file and a
    // green exit code. Check it, and say so.
    if (out.checkError()) {
      err.print("evalcost: the output could not be written (a full disk, or a closed pipe?)\n");
      code = ExitCodes.OUTPUT_FAILED;
    }
    err.flush();
    return code;
  }

  /** The -o FILE of the command that ran, or null. */
  private static String outputFile(ParseResult parsed) {
    String file = null;
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption(OutputOption.NAME)) {
        file = p.matchedOptionValue(OutputOption.NAME, null);
      }
    }
    return file;
  }
}
