package org.evalcost.cli;

import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * One option or positional parameter and what picocli parsed for it: its initial value until it
 * is given. A command declares it as a field ({@link OptionGroup#option}), so the field is both
 * the option and its value. picocli sets it and reads it back (a repeatable option's list, to add
 * the next value): a holder rather than a setter lambda, as a run links each lambda it meets
 * (docs/startup.md, the ledger).
 */
final class Value<T> {
  /** The option being declared, until its command's model is built; null for a parameter or an unset value. */
  private final OptionSpec.Builder option;
  private final PositionalParamSpec.Builder parameter;
  private T value;

  private Value(OptionSpec.Builder option, PositionalParamSpec.Builder parameter) {
    this.option = option;
    this.parameter = parameter;
    Binding<T> binding = new Binding<>(this);
    if (option != null) {
      option.setter(binding).getter(binding);
    } else if (parameter != null) {
      parameter.setter(binding).getter(binding);
    }
  }

  static <T> Value<T> of(OptionSpec.Builder option) {
    return new Value<>(option, null);
  }

  static <T> Value<T> of(PositionalParamSpec.Builder parameter) {
    return new Value<>(null, parameter);
  }

  /** A value no option sets: null, for an option a kind of command goes without. */
  static <T> Value<T> unset() {
    return new Value<>(null, null);
  }

  T get() {
    return value;
  }

  // What follows refines an option as it is declared; a parameter or an unset value has none to refine.

  /** The value the option takes when not given. */
  Value<T> defaultValue(String text) {
    option.defaultValue(text);
    return this;
  }

  Value<T> required() {
    option.required(true);
    return this;
  }

  Value<T> converter(ITypeConverter<?> converter) {
    option.converters(converter);
    return this;
  }

  /** What shell completion offers (by default an enum's constants, as written). */
  Value<T> candidates(String... values) {
    option.completionCandidates(List.of(values));
    return this;
  }

  /** Adds the option or parameter to {@code command}; an unset value adds nothing. */
  void addTo(CommandSpecs command) {
    if (option != null) {
      command.add(option.build());
    } else if (parameter != null) {
      command.add(parameter.build());
    }
  }

  /** Hands picocli's values to the holder and back: picocli's getter and {@link #get} cannot share a name. */
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
