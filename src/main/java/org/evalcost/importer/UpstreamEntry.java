package org.evalcost.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.evalcost.engine.InvalidValueException;

/**
 * One priced entry of an upstream catalog, in the catalog's terms: who sells it, the name it is
 * known by without the seller's path or region, the other plain names it matches, its price
 * periods (in the shape of models.json) and what the upstream says about reasoning.
 */
record UpstreamEntry(String seller, String base, String upstreamId, List<String> names,
    List<Offer> prices, Boolean supportsReasoning, String origin, Upstream upstream) {

  /** Which upstream an entry comes from: genai-prices ranks first, the leaderboard last. */
  enum Upstream {
    GENAI_PRICES("genai-prices"), LITELLM("LiteLLM"), LEADERBOARD("Artificial Analysis");

    final String label;

    Upstream(String label) {
      this.label = label;
    }
  }

  /** Not text generation, though some are priced per token. */
  private static final Pattern NOT_TEXT = Pattern.compile(
      "embed|rerank|moderation|(^|-)tts|whisper|transcri|realtime|audio|(^|-)image|imagen|dall-e|(^|-)search-api");
  private static final Pattern AWS_REGION = Pattern.compile("^(us|eu|apac|global|regional|jp|au|ca|us-gov)\\.");
  private static final Pattern AWS_VENDOR = Pattern.compile("^[a-z][a-z0-9]*\\.");
  private static final Pattern AWS_VERSION = Pattern.compile("(-v\\d+(:\\d+)?|-\\d+:\\d+|:\\d+)$");

  /** An entry left out, and why. */
  record Skipped(String entry, String reason) {}

  /** The seller's id in the catalog's words, whichever upstream spelling it comes in. */
  static String seller(String raw) {
    return org.evalcost.engine.SellerIds.of(raw);
  }

  /**
   * The model's name without the seller's path, region or version suffix
   * ({@code accounts/fireworks/models/gpt-oss-120b} and {@code openai/gpt-oss-120b} are
   * {@code gpt-oss-120b}; on AWS {@code us.anthropic.claude-opus-4-8-v1:0} is {@code claude-opus-4-8}).
   */
  static String base(String seller, String id) {
    String s = id.toLowerCase(Locale.ROOT);
    int slash = s.lastIndexOf('/');
    if (slash >= 0) {
      s = s.substring(slash + 1);
    }
    s = s.replace('@', '-'); // Vertex AI's version suffix (claude-3-7-sonnet@20250219); '@' names a seller here
    if (seller.equals("aws")) {
      s = AWS_REGION.matcher(s).replaceFirst("");
      s = AWS_VENDOR.matcher(s).replaceFirst("");
      s = AWS_VERSION.matcher(s).replaceFirst("");
    }
    return s;
  }

  /** Why an entry of any upstream is not a model of this catalog, or null. */
  static String notAModel(String base) {
    if (base.isEmpty()) {
      return "no model name";
    }
    if (base.contains(":")) {
      return "a variant of another entry (':" + base.substring(base.indexOf(':') + 1) + "')";
    }
    if (NOT_TEXT.matcher(base).find()) {
      return "not a text-generation model";
    }
    return null;
  }

  /** genai-prices data v2: providers with models; dated prices become periods. */
  static void readGenAiPrices(JsonNode root, String origin, LocalDate checked, List<UpstreamEntry> out,
      List<Skipped> skipped) {
    for (JsonNode provider : root) {
      String seller = seller(provider.path("id").asText("unknown"));
      for (JsonNode m : provider.path("models")) {
        String id = m.path("id").asText();
        String entry = "genai-prices " + provider.path("id").asText() + "/" + id;
        String base = base(seller, id);
        List<JsonNode> conditional = GenAiPricesEntry.conditional(m.get("prices"));
        String reason = notAModel(base);
        if (reason == null) {
          reason = GenAiPricesEntry.unmappable(conditional);
        }
        if (reason != null) {
          skipped.add(new Skipped(entry, reason));
          continue;
        }
        List<String> names = new ArrayList<>();
        GenAiPricesEntry.names(m.get("match"), names, new ArrayList<>());
        String source = origin + ", entry " + provider.path("id").asText() + "/" + id;
        List<Offer> prices = new ArrayList<>();
        try {
          for (JsonNode c : conditional) {
            prices.add(GenAiPricesOffer.price(c.get("prices"), GenAiPricesOffer.startDate(c), source, checked,
                new ArrayList<>()));
          }
        } catch (InvalidValueException e) {
          skipped.add(new Skipped(entry, PriceImport.refused(e)));
          continue;
        }
        out.add(new UpstreamEntry(seller, base, id, names, prices, null, source, Upstream.GENAI_PRICES));
      }
    }
  }

  /** LiteLLM's map: one entry per key, per-token prices; {@code supports_reasoning} kept as evidence. */
  static void readLiteLlm(JsonNode root, String origin, LocalDate checked, List<UpstreamEntry> out,
      List<Skipped> skipped) {
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      JsonNode m = e.getValue();
      if (key.equals("sample_spec") || !m.isObject()) {
        continue;
      }
      String seller = seller(m.path("litellm_provider").asText("unknown"));
      String base = base(seller, key);
      String reason = notAModel(base);
      if (reason == null) {
        reason = LiteLlmEntry.unmappable(m);
      }
      if (reason != null) {
        skipped.add(new Skipped("LiteLLM " + key, reason));
        continue;
      }
      String source = origin + ", key " + key;
      Boolean reasoning = m.has("supports_reasoning") ? m.get("supports_reasoning").asBoolean() : null;
      Offer price;
      try {
        price = LiteLlmEntry.price(m, null, source, checked);
      } catch (InvalidValueException refused) {
        skipped.add(new Skipped("LiteLLM " + key, PriceImport.refused(refused)));
        continue;
      }
      out.add(new UpstreamEntry(seller, base, key, List.of(), List.of(price), reasoning, source, Upstream.LITELLM));
    }
  }
}
