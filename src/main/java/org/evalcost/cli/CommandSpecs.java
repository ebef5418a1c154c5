package org.evalcost.cli;

import java.util.List;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Builds picocli's model of a command with its programmatic API: its description, examples and
 * exit codes here, its options from the fields that declare them ({@link OptionGroup}). picocli's
 * annotations would say the same, but reading them at start-up makes the JDK spin a proxy class for
 * every annotation type and reflect on every field, in each run (docs/startup.md, the ledger). The
 * help text is the same as the annotations gave, to the byte: the golden files check it.
 */
final class CommandSpecs {
  private final CommandSpec spec;
  /** Added after the options, as picocli does with annotations: a missing option is reported first. */
  private final List<PositionalParamSpec> positionals = new java.util.ArrayList<>();

  private CommandSpecs(CommandSpec spec) {
    this.spec = spec;
  }

  /** A command named {@code name}, run by {@code command} (a {@code Callable} or {@code Runnable}). */
  static CommandSpecs command(String name, Object command) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
    spec.name(name);
    // "evalcost estimate [OPTIONS]": the option list below says each one as "-m, --model=MODEL".
    spec.usageMessage().abbreviateSynopsis(true);
    return new CommandSpecs(spec);
  }

  CommandSpecs description(String... lines) {
    spec.usageMessage().description(lines);
    return this;
  }

  /** Lists options in the order they are declared, not by name (every subcommand's default). */
  CommandSpecs declaredOrder() {
    spec.usageMessage().sortOptions(false);
    return this;
  }

  /** Lists options by name: a command with only options it shares (or none of its own). */
  CommandSpecs sortedByName() {
    spec.usageMessage().sortOptions(true);
    return this;
  }

  /** Examples, each on its line as given: a command is never wrapped in the middle. */
  CommandSpecs examples(String... lines) {
    spec.usageMessage().footerHeading("%nExamples:%n").footer(lines);
    spec.usageMessage().sectionMap().put(UsageMessageSpec.SECTION_KEY_FOOTER, new Verbatim(lines));
    return this;
  }

  /** A help section printed as written, not wrapped to the help's width. */
  private static final class Verbatim implements picocli.CommandLine.IHelpSectionRenderer {
    private final String text;

    Verbatim(String... lines) {
      this.text = String.join("\n", lines) + "\n";
    }

    @Override
    public String render(picocli.CommandLine.Help help) {
      return text;
    }
  }

  /** The exit codes the command returns, as {@link ExitCodes}' "code:meaning" lines. */
  CommandSpecs exitCodes(List<String> lines) {
    spec.usageMessage().exitCodeListHeading(ExitCodes.HEADING)
        .exitCodeList(UsageMessageSpec.keyValuesMap(lines.toArray(new String[0])));
    return this;
  }

  CommandSpecs version(IVersionProvider provider) {
    spec.versionProvider(provider);
    return this;
  }

  CommandSpecs subcommand(String name, CommandSpec subcommand) {
    spec.addSubcommand(name, subcommand);
    return this;
  }

  /** An option, after those added before it. */
  CommandSpecs add(OptionSpec option) {
    spec.addOption(option);
    return this;
  }

  /** A positional parameter: added after the options, as picocli does with annotations. */
  CommandSpecs add(PositionalParamSpec parameter) {
    positionals.add(parameter);
    return this;
  }

  /** The finished command, with -h, --help and -V, --version last, as picocli's standard help options. */
  CommandSpec build() {
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
        .description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
        .description("Print version information and exit.").build());
    for (PositionalParamSpec positional : positionals) {
      spec.addPositional(positional);
    }
    return spec;
  }
}
