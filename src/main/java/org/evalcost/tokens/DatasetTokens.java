package org.evalcost.tokens;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evalcost.catalog.DataException;
import org.evalcost.engine.InvalidRequestException;

/**
 * Counts the input tokens of a dataset a user means to run: one JSON object per line, the prompt
 * in a field (a string, or chat messages whose contents are joined), with OpenAI's tokenizers.
 */
public final class DatasetTokens {
  /** Items, and the mean and sample standard deviation of their tokens. */
  public record Count(long items, BigDecimal mean, BigDecimal sd, String encoding) {}

  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** Loads each encoding once, when first asked for (reading a vocabulary takes about half a second). */
  private static final EncodingRegistry ENCODINGS = Encodings.newLazyEncodingRegistry();

  private DatasetTokens() {}

  public static Count count(Path file, String field, String encodingName) {
    Encoding encoding = ENCODINGS.getEncoding(type(encodingName));
    DataException.unlessReadable(file, "is a directory");
    long n = 0;
    double mean = 0;
    double m2 = 0;
    long total = 0;
    try (InputStream in = Files.newInputStream(file); JsonParser p = MAPPER.getFactory().createParser(in)) {
      for (JsonToken t; (t = p.nextToken()) != null; ) {
        var at = p.currentTokenLocation();
        if (t != JsonToken.START_OBJECT) {
          throw new DataException(file.toString(), at.getLineNr(), at.getColumnNr(), null, "expected one JSON object per line");
        }
        JsonNode item = MAPPER.readTree(p);
        String text = text(item.at("/" + field.replace(".", "/")));
        if (text == null) {
          throw new DataException(file.toString(), at.getLineNr(), at.getColumnNr(), field,
              "is missing, or neither a string nor a list of chat messages with 'content'");
        }
        int tokens = encoding.countTokensOrdinary(text);
        n++;
        total += tokens;
        double delta = tokens - mean;
        mean += delta / n;
        m2 += delta * (tokens - mean);
      }
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new DataException(file.toString(), at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), null,
          e.getOriginalMessage());
    } catch (IOException e) {
      throw new DataException(file.toString(), 0, 0, null, "cannot be read: " + e.getMessage());
    }
    if (n == 0) {
      throw new DataException(file.toString(), 0, 0, null, "has no items");
    }
    BigDecimal exactMean = BigDecimal.valueOf(total).divide(BigDecimal.valueOf(n), MathContext.DECIMAL64)
        .setScale(2, RoundingMode.HALF_UP);
    BigDecimal sd = n < 2 ? BigDecimal.ZERO.setScale(1)
        : BigDecimal.valueOf(Math.sqrt(m2 / (n - 1))).setScale(1, RoundingMode.HALF_UP);
    return new Count(n, exactMean, sd, encodingName);
  }

  private static EncodingType type(String name) {
    return switch (name) {
      case "o200k_base" -> EncodingType.O200K_BASE;
      case "cl100k_base" -> EncodingType.CL100K_BASE;
      default -> throw new InvalidRequestException("--encoding must be o200k_base or cl100k_base (was " + name + ")");
    };
  }

  private static String text(JsonNode value) {
    if (value.isTextual()) {
      return value.asText();
    }
    if (value.isArray()) {
      StringBuilder joined = new StringBuilder();
      for (JsonNode message : value) {
        JsonNode content = message.isTextual() ? message : message.path("content");
        if (!content.isTextual()) {
          return null;
        }
        if (joined.length() > 0) {
          joined.append('\n');
        }
        joined.append(content.asText());
      }
      return joined.toString();
    }
    return null;
  }
}
