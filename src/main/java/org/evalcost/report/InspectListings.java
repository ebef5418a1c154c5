package org.evalcost.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evalcost.engine.Model;
import org.evalcost.engine.PricePeriod;
import org.evalcost.engine.Rates;

/**
 * Inspect AI's model cost file, for {@code inspect eval --model-cost-config FILE}: by Inspect's
 * model name ("openai/o1-2024-12-17", one entry per id and alias), USD per million tokens of
 * {@code input}, {@code output}, {@code input_cache_read} and {@code input_cache_write}, at the
 * prices in force on the as-of date. A rate evalcost does not know is billed as list input (as
 * evalcost bills it), so Inspect never counts cached input as free.
 */
final class InspectListings implements Listings {
  /** evalcost's seller ids where Inspect's provider prefix differs. */
  private static final Map<String, String> PREFIX = Map.of("xai", "grok", "aws", "bedrock", "azure", "azureai",
      "google-vertex", "vertex");

  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  /** Inspect's name for a model of this seller: "provider/model". */
  static List<String> names(Model m) {
    String prefix = PREFIX.getOrDefault(m.provider(), m.provider());
    Set<String> names = new LinkedHashSet<>();
    for (String n : plain(m)) {
      names.add(prefix + "/" + n);
    }
    return new ArrayList<>(names);
  }

  private static List<String> plain(Model m) {
    List<String> out = new ArrayList<>();
    out.add(m.id().contains("@") ? m.id().substring(0, m.id().indexOf('@')) : m.id());
    out.addAll(m.aliases());
    return out;
  }

  @Override
  public String models(List<Model> models, LocalDate asOf) {
    StringWriter text = new StringWriter();
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"));
    Set<String> written = new LinkedHashSet<>();
    try (JsonGenerator g = FACTORY.createGenerator(text)) {
      g.setPrettyPrinter(pretty);
      g.writeStartObject();
      for (Model m : models) {
        PricePeriod p = m.priceOn(asOf).orElse(null);
        if (p == null) {
          continue; // no price on the day: Inspect gets none rather than a made-up one
        }
        for (String name : names(m)) {
          if (!written.add(name)) {
            continue; // a name two sellers' copies share: the first (the model's own seller) wins
          }
          Rates r = p.rates();
          g.writeObjectFieldStart(name);
          number(g, "input", r.input());
          number(g, "output", r.output());
          number(g, "input_cache_write", r.cacheWrite() != null ? r.cacheWrite() : r.input());
          number(g, "input_cache_read", r.cachedInput() != null ? r.cachedInput() : r.input());
          g.writeEndObject();
        }
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text + "\n";
  }

  private static void number(JsonGenerator g, String field, BigDecimal value) throws IOException {
    g.writeFieldName(field);
    g.writeNumber(value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros());
  }

}
