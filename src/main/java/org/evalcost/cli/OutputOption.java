package org.evalcost.cli;

/**
 * -o FILE: where a command's output goes instead of stdout. The run writes it beside FILE and
 * renames it into place once the command has finished, so a failed run leaves an existing FILE as
 * it was ({@link EvalCost#run}); "-" is stdout.
 */
final class OutputOption implements CommandSpecs.Options {
  static final String NAME = "--output";
  final CommandSpecs.Value<String> file = new CommandSpecs.Value<>();

  @Override
  public CommandSpecs addTo(CommandSpecs command) {
    return command.option("-o, --output=FILE", String.class,
        "Write the output to FILE instead of stdout: whole, or not at all (a failed run leaves an existing FILE "
            + "as it was); - is stdout.", file);
  }
}
