package org.evalcost.cli;

import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Builds picocli's model of a command with its programmatic API. picocli's annotations would say
 * the same, but reading them at start-up makes the JDK spin a proxy class for every annotation
 * type and reflect on every field, in each run (docs/startup.md, the ledger). Each
 * option is written as its help shows it, {@code "-m, --model=MODEL"}, and bound to a {@link Value}
 * the command declares as a field (a holder rather than a setter lambda: a run links each lambda
 * it meets). The help text is the same as the annotations gave, to the
 * byte: the golden files check it.
 */
final class CommandSpecs {
  private final CommandSpec spec;
  /** The option last declared, still open to {@link #defaultValue}, {@link #required} and {@link #converter}. */
  private OptionSpec.Builder open;
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
    close();
    spec.addSubcommand(name, subcommand);
    return this;
  }

  /** An option without a value, false unless given. */
  CommandSpecs flag(String names, String description, Value<Boolean> value) {
    flag(names, description);
    bind(open, value);
    return this;
  }

  /** A flag read from the parse result rather than held, such as --debug. */
  CommandSpecs flag(String names, String description) {
    close();
    open = OptionSpec.builder(names(names)).type(boolean.class).initialValue(false).description(description);
    return this;
  }

  /** An option with one value: {@code namesAndLabel} is "-m, --model=MODEL". */
  <T> CommandSpecs option(String namesAndLabel, Class<T> type, String description, Value<T> value) {
    close();
    open = named(namesAndLabel).type(type).description(description);
    bind(open, value);
    return this;
  }

  /** An option that may be repeated, its values collected in order (and split at {@code split}, unless null). */
  <T> CommandSpecs repeatable(String namesAndLabel, Class<T> type, String split, String description, Value<List<T>> value) {
    close();
    open = named(namesAndLabel).type(List.class).auxiliaryTypes(type).initialValue(List.of()).description(description);
    if (split != null) {
      open.splitRegex(split);
    }
    bind(open, value);
    return this;
  }

  /** What shell completion offers for the option last declared (by default an enum's constants, as written). */
  CommandSpecs candidates(String... values) {
    open.completionCandidates(List.of(values));
    return this;
  }

  /** Options that several commands share, such as {@link CommonOptions}. */
  interface Options {
    /** Declares the options on {@code command}, in their place in its list. */
    CommandSpecs addTo(CommandSpecs command);
  }

  /** Options declared together elsewhere, in their place in the list. */
  CommandSpecs mixin(Options options) {
    close();
    return options.addTo(this);
  }

  /** The value the option last declared takes when not given. */
  CommandSpecs defaultValue(String value) {
    open.defaultValue(value);
    return this;
  }

  CommandSpecs required() {
    open.required(true);
    return this;
  }

  CommandSpecs converter(ITypeConverter<?> converter) {
    open.converters(converter);
    return this;
  }

  /** The first positional parameter, one value, required. */
  <T> CommandSpecs parameter(String label, Class<T> type, String description, Value<T> value) {
    close();
    Binding<T> binding = new Binding<>(value);
    positionals.add(PositionalParamSpec.builder().index("0").required(true).paramLabel(label).type(type)
        .description(description).setter(binding).getter(binding).build());
    return this;
  }

  /** Positional parameters from the first on, {@code arity} of them ("1..*"). */
  <T> CommandSpecs parameters(String label, String arity, Class<T> type, String description, Value<List<T>> value) {
    close();
    Binding<List<T>> binding = new Binding<>(value);
    positionals.add(PositionalParamSpec.builder().index("0..*").arity(arity).required(!arity.startsWith("0"))
        .paramLabel(label).type(List.class).auxiliaryTypes(type).description(description)
        .setter(binding).getter(binding).build());
    return this;
  }

  /** The finished command, with -h, --help and -V, --version last, as picocli's standard help options. */
  CommandSpec build() {
    close();
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
        .description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
        .description("Print version information and exit.").build());
    for (PositionalParamSpec positional : positionals) {
      spec.addPositional(positional);
    }
    return spec;
  }

  private static OptionSpec.Builder named(String namesAndLabel) {
    int equals = namesAndLabel.indexOf('=');
    return OptionSpec.builder(names(namesAndLabel.substring(0, equals)))
        .paramLabel(namesAndLabel.substring(equals + 1));
  }

  /** "-m, --model" as its names, split without a regular expression (String.split compiles one for ", "). */
  private static String[] names(String list) {
    String[] names = list.split(",");
    for (int i = 0; i < names.length; i++) {
      names[i] = names[i].strip();
    }
    return names;
  }

  private static <T> void bind(OptionSpec.Builder option, Value<T> value) {
    Binding<T> binding = new Binding<>(value);
    option.setter(binding).getter(binding);
  }

  private void close() {
    if (open != null) {
      spec.addOption(open.build());
      open = null;
    }
  }

  /** What picocli parsed for one option or parameter: its initial value until the option is given. */
  static final class Value<T> {
    private T value;

    T get() {
      return value;
    }
  }

  /**
   * Hands each value picocli sets to its {@link Value}, and gives it back: picocli reads a
   * repeatable option's list back to add the next value to it.
   */
  private static final class Binding<T> implements ISetter, IGetter {
    private final Value<T> target;

    Binding(Value<T> target) {
      this.target = target;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> V set(V newValue) {
      Object old = target.value;
      target.value = (T) newValue;
      return (V) old;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> V get() {
      return (V) target.value;
    }
  }
}
