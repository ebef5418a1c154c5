package org.evalcost.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A subcommand: its model, built once under the run's {@link EvalCost}, and where its output
 * goes. A command declares its options as fields ({@link OptionGroup}) and describes itself in
 * {@link #describe}; {@link Subcommand} names it.
 */
abstract class Command extends OptionGroup implements Callable<Integer> {
  /** The run it is part of; set when its model is built, before any option is parsed. */
  EvalCost root;
  private CommandSpec spec;

  /** The command's description, examples and exit codes, added to {@code command}. */
  abstract CommandSpecs describe(CommandSpecs command);

  /** Options a kind of command shares, after each one's own; none by default. */
  CommandSpecs shared(CommandSpecs command) {
    return command;
  }

  /** The command's model for a run under {@code root}, where it is called {@code name}. */
  final CommandSpec spec(EvalCost root, String name) {
    this.root = root;
    CommandSpecs command = describe(CommandSpecs.command(name, this).declaredOrder());
    addTo(command);
    spec = shared(command).build();
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
