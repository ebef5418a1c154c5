package org.evalcost.cli;

import picocli.CommandLine.Model.CommandSpec;

/** evalcost import: other projects' files in evalcost's format. */
final class ImportCommand implements Runnable {
  private final CommandSpec spec;

  ImportCommand(EvalCost root) {
    this.spec = CommandSpecs.command("import", this)
        .description("Import another project's file into evalcost's format.")
        .subcommand("prices", new ImportPricesCommand(root).spec())
        .build();
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "say what to import: prices");
  }
}
