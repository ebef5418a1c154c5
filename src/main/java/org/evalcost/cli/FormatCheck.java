package org.evalcost.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Refuses a --format that cannot render what the command shows (svg for a listing, inspect for
 * an estimate) once the options are parsed, before any data is read; then runs the command.
 */
final class FormatCheck implements CommandLine.IExecutionStrategy {
  @Override
  public int execute(ParseResult parsed) {
    ParseResult last = parsed;
    while (last.hasSubcommand()) {
      last = last.subcommand();
    }
    Subcommand subcommand = Subcommand.named(last.commandSpec().name());
    org.evalcost.report.Shown shown = subcommand == null ? null : subcommand.shown();
    if (shown != null && !last.isUsageHelpRequested() && !last.isVersionHelpRequested()
        && last.commandSpec().userObject() instanceof CatalogCommand command) {
      org.evalcost.report.Format format = command.common.format.get();
      if (!format.renders(shown)) {
        throw new CommandLine.ParameterException(last.commandSpec().commandLine(), format.refusal(subcommand.id()));
      }
    }
    return new CommandLine.RunLast().execute(parsed);
  }
}
