package org.evalcost.engine;

import java.util.List;

/** A name the user gave that the catalog does not know, with the closest names it does. */
public final class UnknownNameException extends InvalidRequestException {
  private static final long serialVersionUID = 1L;
  private final transient List<String> suggestions;

  public UnknownNameException(String message, List<String> suggestions) {
    super(message);
    this.suggestions = List.copyOf(suggestions);
  }

  /** @param template what is not known, naming {@code field} where {@link #FIELD} stands */
  public UnknownNameException(RequestField field, String template, List<String> suggestions) {
    super(field, template);
    this.suggestions = List.copyOf(suggestions);
  }

  public List<String> suggestions() {
    return suggestions;
  }
}
