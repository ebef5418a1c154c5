package org.evalcost.catalog;

/**
 * A data file that cannot be used, with where the problem is: file, line, column, and the field
 * (line and column are 0 when the problem is the file as a whole).
 */
public final class DataException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final int line;
  private final int column;
  private final String field;
  private final String subject;
  private final java.util.List<DataException> problems;
  private boolean syntax;

  public DataException(String file, int line, int column, String field, String message) {
    this(file, line, column, null, field, message);
  }

  /** {@code subject} names the record, e.g. "model 'o1-2024-12-17'". */
  public DataException(
      String file, int line, int column, String subject, String field, String message) {
    this(file, line, column, subject, field, message, java.util.List.of());
  }

  /** Several problems of one file, each with its place; the message lists them all. */
  DataException(String file, int line, int column, String field, String message, java.util.List<DataException> problems) {
    this(file, line, column, null, field, message, problems);
  }

  private DataException(String file, int line, int column, String subject, String field, String message,
      java.util.List<DataException> problems) {
    super(message);
    this.file = file;
    this.line = line;
    this.column = column;
    this.subject = subject;
    this.field = field;
    this.problems = java.util.List.copyOf(problems);
  }

  /** Each problem, when this one stands for several; else just this one. */
  public java.util.List<DataException> problems() {
    return problems.isEmpty() ? java.util.List.of(this) : problems;
  }

  /** Marks a problem of the text itself (not JSON), after which nothing more of the file can be read. */
  DataException asSyntax() {
    syntax = true;
    return this;
  }

  boolean syntax() {
    return syntax;
  }

  /**
   * Refuses a path that is not there or is a directory; anything else that exists (a file, a
   * pipe, /dev/stdin, /dev/null) is left for its reader to judge.
   */
  public static void unlessReadable(java.nio.file.Path file, String directoryMessage) {
    if (java.nio.file.Files.isDirectory(file)) {
      throw new DataException(file.toString(), 0, 0, null, directoryMessage);
    }
    if (!java.nio.file.Files.exists(file)) {
      throw new DataException(file.toString(), 0, 0, null, "no such file");
    }
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public String field() {
    return field;
  }

  /** "data/models.json:12:7: model 'o1', field 'models[0].input': must not be negative (was -1)". */
  @Override
  public String getMessage() {
    StringBuilder text = new StringBuilder(file);
    if (line > 0) {
      text.append(':').append(line).append(':').append(column);
    }
    text.append(": ");
    if (subject != null) {
      text.append(subject).append(field != null && !field.isEmpty() ? ", " : ": ");
    }
    if (field != null && !field.isEmpty()) {
      text.append("field '").append(field).append("': ");
    }
    return text.append(super.getMessage()).toString();
  }
}
