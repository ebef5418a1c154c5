package org.evalcost.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Options declared as the fields that hold their values, and listed in help in the order they are
 * declared: {@code private final Value<Integer> timeout = option("--timeout=SECONDS", Integer.class,
 * "Give up after this long.").defaultValue("30");}. A command is one ({@link Command}); so are the
 * groups several commands share ({@link RunOptions}, {@link CommonOptions}), declared in a command
 * by {@link #group}. Each option is written as its help shows it, {@code "-m, --model=MODEL"}.
 */
abstract class OptionGroup {
  /** Values and groups, in the order declared. */
  private final List<Object> declared = new ArrayList<>();

  /** An option with one value: {@code namesAndLabel} is "-m, --model=MODEL". */
  final <T> Value<T> option(String namesAndLabel, Class<T> type, String description) {
    return declare(Value.of(named(namesAndLabel).type(type).description(description)));
  }

  /** An option without a value, false unless given. */
  final Value<Boolean> flag(String names, String description) {
    return declare(Value.of(OptionSpec.builder(names(names)).type(boolean.class).initialValue(false)
        .description(description)));
  }

  /** An option that may be repeated, its values collected in order (and split at {@code split}, unless null). */
  final <T> Value<List<T>> repeatable(String namesAndLabel, Class<T> type, String split, String description) {
    OptionSpec.Builder option = named(namesAndLabel).type(List.class).auxiliaryTypes(type).initialValue(List.of())
        .description(description);
    if (split != null) {
      option.splitRegex(split);
    }
    return declare(Value.of(option));
  }

  /** The first positional parameter, one value, required. */
  final <T> Value<T> parameter(String label, Class<T> type, String description) {
    return declare(Value.of(PositionalParamSpec.builder().index("0").required(true).paramLabel(label).type(type)
        .description(description)));
  }

  /** Positional parameters from the first on, {@code arity} of them ("1..*"). */
  final <T> Value<List<T>> parameters(String label, String arity, Class<T> type, String description) {
    return declare(Value.of(PositionalParamSpec.builder().index("0..*").arity(arity).required(!arity.startsWith("0"))
        .paramLabel(label).type(List.class).auxiliaryTypes(type).description(description)));
  }

  /** Options declared together elsewhere, in their place in this group's list. */
  final <G extends OptionGroup> G group(G group) {
    declared.add(group);
    return group;
  }

  /** Adds the options, in the order declared, to {@code command}. */
  final void addTo(CommandSpecs command) {
    for (Object d : declared) {
      if (d instanceof Value<?> value) {
        value.addTo(command);
      } else {
        ((OptionGroup) d).addTo(command);
      }
    }
  }

  private <T> Value<T> declare(Value<T> value) {
    declared.add(value);
    return value;
  }

  /** An option named and labelled as "-m, --model=MODEL" says. */
  private static OptionSpec.Builder named(String namesAndLabel) {
    int equals = namesAndLabel.indexOf('=');
    return OptionSpec.builder(names(namesAndLabel.substring(0, equals))).paramLabel(namesAndLabel.substring(equals + 1));
  }

  /** "-m, --model" as its names, split without a regular expression (String.split compiles one for ", "). */
  private static String[] names(String list) {
    String[] names = list.split(",");
    for (int i = 0; i < names.length; i++) {
      names[i] = names[i].strip();
    }
    return names;
  }
}
