package org.evalcost.cli;

import picocli.CommandLine.Command;

/** evalcost import: other projects' files in evalcost's format. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Import another project's file into evalcost's format.",
    subcommands = {ImportPricesCommand.class})
final class ImportCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "say what to import: prices");
  }
}
