package org.evalcost.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * The streaming parser's calls that {@link FieldReader} makes, each with its failures turned into
 * errors at their place in the file. A try apiece rather than one helper taking a method
 * reference: each reference would be a lambda to link at start-up, and an object made per call.
 */
final class ParserCalls {
  private ParserCalls() {}

  static String currentName(String file, JsonParser parser) {
    try {
      return parser.currentName();
    } catch (IOException | NumberFormatException e) {
      throw failed(file, parser, e);
    }
  }

  static JsonToken nextToken(String file, JsonParser parser) {
    try {
      return parser.nextToken();
    } catch (IOException | NumberFormatException e) {
      throw failed(file, parser, e);
    }
  }

  static String text(String file, JsonParser parser) {
    try {
      return parser.getText();
    } catch (IOException | NumberFormatException e) {
      throw failed(file, parser, e);
    }
  }

  static BigDecimal decimal(String file, JsonParser parser) {
    try {
      return parser.getDecimalValue();
    } catch (IOException | NumberFormatException e) {
      throw failed(file, parser, e);
    }
  }

  static JsonParser.NumberType numberType(String file, JsonParser parser) {
    try {
      return parser.getNumberType();
    } catch (IOException | NumberFormatException e) {
      throw failed(file, parser, e);
    }
  }

  static long longValue(String file, JsonParser parser) {
    try {
      return parser.getLongValue();
    } catch (IOException | NumberFormatException e) {
      throw failed(file, parser, e);
    }
  }

  private static DataException failed(String file, JsonParser parser, Exception e) {
    if (e instanceof JsonProcessingException j) {
      JsonLocation at = j.getLocation();
      return new DataException(file, at == null ? 0 : Math.max(at.getLineNr(), 0),
          at == null ? 0 : Math.max(at.getColumnNr(), 0), null, j.getOriginalMessage()).asSyntax();
    }
    if (e instanceof NumberFormatException) {
      JsonLocation at = parser.currentTokenLocation();
      return new DataException(file, at.getLineNr(), at.getColumnNr(), null,
          "has a number that cannot be read: " + e.getMessage());
    }
    return new DataException(file, 0, 0, null, "cannot be read: " + e.getMessage()).asSyntax();
  }
}
