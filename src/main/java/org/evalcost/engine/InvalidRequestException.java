package org.evalcost.engine;

/** What the user asked for cannot be answered as asked (a usage error, not a data error). */
public class InvalidRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidRequestException(String message) {
    super(message);
  }
}
