package org.evalcost.cli;

/**
 * -o FILE: where a command's output goes instead of stdout. The run writes it beside FILE and
 * renames it into place once the command has finished, so a failed run leaves an existing FILE as
 * it was ({@link EvalCost#run}); "-" is stdout.
 */
final class OutputOption extends OptionGroup {
  static final String NAME = "--output";

  OutputOption() {
    option("-o, --output=FILE", String.class, "Write the output to FILE instead of stdout: whole, or not at all (a "
        + "failed run leaves an existing FILE as it was); - is stdout."); // read from the parse result, by EvalCost
  }
}
