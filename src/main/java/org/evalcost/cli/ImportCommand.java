package org.evalcost.cli;

/** evalcost import: other projects' files in evalcost's format. */
final class ImportCommand extends Command {
  @Override
  CommandSpecs describe(CommandSpecs command) {
    return command
        .sortedByName()
        .description("Import another project's file into evalcost's format.")
        .subcommand("prices", new ImportPricesCommand().spec(root, "prices"));
  }

  @Override
  public Integer call() {
    throw new picocli.CommandLine.ParameterException(spec().commandLine(), "say what to import: prices");
  }
}
