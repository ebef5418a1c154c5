package org.evalcost.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads file and directory names (picocli's own converter for Path is found by reflection, at a cost to every run). */
final class PathConverter implements ITypeConverter<Path> {
  private final StandardInput stdin;

  PathConverter(StandardInput stdin) {
    this.stdin = stdin;
  }

  /** A file name; "-" is standard input. */
  @Override
  public Path convert(String value) {
    if (value.equals(StandardInput.NAME)) {
      try {
        return stdin.file();
      } catch (RuntimeException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new TypeConversionException("'" + value + "' is not a valid path (" + e.getReason() + ")");
    }
  }
}
