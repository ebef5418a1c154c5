package org.evalcost.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A subcommand: its model, built once under the run's {@link EvalCost}, and where its output
 * goes. A command adds its description and options in {@link #options}; {@link Subcommand} names it.
 */
abstract class Command implements Callable<Integer> {
  /** The run it is part of; set when its model is built, before any option is parsed. */
  EvalCost root;
  private CommandSpec spec;

  /** The command's description and its own options, added to {@code command}; its help lists them as declared. */
  abstract CommandSpecs options(CommandSpecs command);

  /** Options a kind of command shares, after each one's own; none by default. */
  CommandSpecs shared(CommandSpecs command) {
    return command;
  }

  /** The command's model for a run under {@code root}, where it is called {@code name}. */
  final CommandSpec spec(EvalCost root, String name) {
    this.root = root;
    spec = shared(options(CommandSpecs.command(name, this).declaredOrder())).build();
    return spec;
  }

  /** The model {@link #spec(EvalCost, String)} built. */
  final CommandSpec spec() {
    return spec;
  }

  final PrintWriter out() {
    return spec.commandLine().getOut();
  }

  final PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
