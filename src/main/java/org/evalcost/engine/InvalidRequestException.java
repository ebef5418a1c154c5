package org.evalcost.engine;

import java.util.function.Function;

/**
 * What the user asked for cannot be answered as asked (a usage error, not a data error). When the
 * fault lies with one part of the request, the message is a template that names it where
 * {@link #FIELD} stands, so that each front end can say it in its own terms ({@link #message}).
 */
public class InvalidRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  /** Where a template names its field. */
  public static final String FIELD = "{field}";

  private final RequestField field;
  private final String template;

  public InvalidRequestException(String message) {
    super(message);
    this.field = null;
    this.template = message;
  }

  /**
   * @param template what is wrong, naming the field at {@link #FIELD}: "{field} must be at least 1
   *     (was 0)"
   */
  public InvalidRequestException(RequestField field, String template) {
    super(template.replace(FIELD, field.label()));
    this.field = field;
    this.template = template;
  }

  /** The part of the request at fault, or null. */
  public RequestField field() {
    return field;
  }

  /** The message, with the field at fault called what {@code name} calls it. */
  public String message(Function<RequestField, String> name) {
    return field == null ? getMessage() : template.replace(FIELD, name.apply(field));
  }
}
