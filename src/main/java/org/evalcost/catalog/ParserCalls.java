package org.evalcost.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;

/** A call on the streaming parser, its failures turned into errors at their place in the file. */
final class ParserCalls {
  private ParserCalls() {}

  interface Call<T> {
    T call() throws IOException;
  }

  static <T> T io(String file, JsonParser parser, Call<T> call) {
    try {
      return call.call();
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new DataException(file, at == null ? 0 : Math.max(at.getLineNr(), 0),
          at == null ? 0 : Math.max(at.getColumnNr(), 0), null, e.getOriginalMessage()).asSyntax();
    } catch (IOException e) {
      throw new DataException(file, 0, 0, null, "cannot be read: " + e.getMessage()).asSyntax();
    } catch (NumberFormatException e) {
      JsonLocation at = parser.currentTokenLocation();
      throw new DataException(file, at.getLineNr(), at.getColumnNr(), null,
          "has a number that cannot be read: " + e.getMessage());
    }
  }
}
