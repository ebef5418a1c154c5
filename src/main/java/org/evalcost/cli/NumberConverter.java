package org.evalcost.cli;

import java.math.BigDecimal;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads decimal numbers exactly, with a message that says what was expected. */
final class NumberConverter implements ITypeConverter<BigDecimal> {
  @Override
  public BigDecimal convert(String value) {
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is not a number");
    }
  }
}
