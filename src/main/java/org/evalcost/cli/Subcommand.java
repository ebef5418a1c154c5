package org.evalcost.cli;

import picocli.CommandLine;

/** The subcommands, in the order --help lists them. */
enum Subcommand {
  ESTIMATE, COMPARE, DIFF, PLAN, BACKTEST, IMPORT, UPDATE, PROFILE, TOKENS, MODELS, BENCHMARKS, SUITES, COMPLETION, HELP;

  /** Its name on the command line. */
  String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The subcommand called {@code id}, or null. */
  static Subcommand named(String id) {
    for (Subcommand s : values()) {
      if (s.id().equals(id)) {
        return s;
      }
    }
    return null;
  }

  /** What it shows in the chosen --format, one of the renderer's results; null for a command that renders none. */
  org.evalcost.report.Shown shown() {
    return switch (this) {
      case ESTIMATE -> org.evalcost.report.Shown.ESTIMATE; // --all-models compares, in every format estimates have
      case COMPARE -> org.evalcost.report.Shown.COMPARISON;
      case DIFF -> org.evalcost.report.Shown.DIFF;
      case PLAN -> org.evalcost.report.Shown.PLAN;
      case BACKTEST -> org.evalcost.report.Shown.BACKTEST;
      case MODELS -> org.evalcost.report.Shown.MODELS;
      case BENCHMARKS -> org.evalcost.report.Shown.BENCHMARKS;
      case SUITES -> org.evalcost.report.Shown.SUITES;
      case IMPORT, UPDATE, PROFILE, TOKENS, COMPLETION, HELP -> null;
    };
  }

  /**
   * Whether it takes defaults from the project file (evalcost.json, --config): the commands that
   * read the catalog. The others never read the file, so a broken one cannot stop them.
   */
  boolean readsProjectFile() {
    return switch (this) {
      case ESTIMATE, COMPARE, DIFF, PLAN, BACKTEST, MODELS, BENCHMARKS, SUITES, IMPORT, PROFILE -> true;
      case UPDATE, TOKENS, COMPLETION, HELP -> false;
    };
  }

  /** Whether a project file's settings of what to run (suite, model, provider, ...) are its defaults. */
  boolean runsAModel() {
    return switch (this) {
      case ESTIMATE, COMPARE, DIFF, PLAN -> true;
      case BACKTEST, MODELS, BENCHMARKS, SUITES, IMPORT, PROFILE, UPDATE, TOKENS, COMPLETION, HELP -> false;
    };
  }

  /**
   * Its model, built for a run under {@code root}. A switch rather than a map of factories: a
   * run links each lambda it meets (docs/startup.md, the ledger), and needs one command.
   */
  Object build(EvalCost root) {
    return switch (this) {
      case ESTIMATE -> new EstimateCommand().spec(root, id());
      case COMPARE -> new CompareCommand().spec(root, id());
      case DIFF -> new DiffCommand().spec(root, id());
      case PLAN -> new PlanCommand().spec(root, id());
      case BACKTEST -> new BacktestCommand().spec(root, id());
      case IMPORT -> new ImportCommand().spec(root, id());
      case UPDATE -> new UpdateCommand().spec(root, id());
      case PROFILE -> new ProfileCommand().spec(root, id());
      case TOKENS -> new TokensCommand().spec(root, id());
      case MODELS -> new ModelsCommand().spec(root, id());
      case BENCHMARKS -> new ListingCommand(ListingCommand.Listing.BENCHMARKS).spec(root, id());
      case SUITES -> new ListingCommand(ListingCommand.Listing.SUITES).spec(root, id());
      case COMPLETION -> new CompletionCommand().spec(root, id());
      case HELP -> new CommandLine.HelpCommand(); // picocli's own, by its annotations
    };
  }
}
