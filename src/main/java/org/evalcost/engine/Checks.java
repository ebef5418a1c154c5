package org.evalcost.engine;

import java.math.BigDecimal;

/** The validations every record shares, each naming the field it refuses. */
final class Checks {
  private Checks() {}

  static String text(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException(field, "is missing or empty");
    }
    return value;
  }

  static <T> T present(String field, T value) {
    if (value == null) {
      throw new InvalidValueException(field, "is missing");
    }
    return value;
  }

  /** An unmodifiable copy of a list that must hold at least one element; {@code refusal} says why when it is empty. */
  static <T> java.util.List<T> notEmpty(String field, java.util.List<T> list, String refusal) {
    java.util.List<T> copy = java.util.List.copyOf(present(field, list));
    if (copy.isEmpty()) {
      throw new InvalidValueException(field, refusal);
    }
    return copy;
  }

  /** Adds {@code name} to {@code seen}, refused as named twice in {@code field} when it is there already. */
  static void once(String field, String name, java.util.Set<String> seen, String what) {
    if (!seen.add(name)) {
      throw new InvalidValueException(field, "names " + what + " twice");
    }
  }

  static BigDecimal nonNegative(String field, BigDecimal value) {
    present(field, value);
    if (value.signum() < 0) {
      throw new InvalidValueException(field, "must not be negative (was " + value.toPlainString() + ")");
    }
    return value;
  }

  static BigDecimal positive(String field, BigDecimal value) {
    present(field, value);
    if (value.signum() <= 0) {
      throw new InvalidValueException(field, "must be greater than zero (was " + value.toPlainString() + ")");
    }
    return value;
  }

  static long positive(String field, long value) {
    if (value <= 0) {
      throw new InvalidValueException(field, "must be greater than zero (was " + value + ")");
    }
    return value;
  }

  /** Refuses a negative value; null passes, for a field that may be left out. */
  static void nonNegativeIfGiven(String field, BigDecimal value) {
    if (value != null) {
      nonNegative(field, value);
    }
  }

  /** Refuses a value not above zero; null passes, for a field that may be left out. */
  static void positiveIfGiven(String field, BigDecimal value) {
    if (value != null) {
      positive(field, value);
    }
  }

  /** Refuses a count not above zero; null passes, for a field that may be left out. */
  static void positiveIfGiven(String field, Long value) {
    if (value != null) {
      positive(field, value.longValue());
    }
  }
}
