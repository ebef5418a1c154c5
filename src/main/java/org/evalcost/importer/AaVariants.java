package org.evalcost.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evalcost.engine.ModelNames;
import org.evalcost.engine.Qualifiers;

/**
 * Artificial Analysis's variants of each model, indexed by the names a catalog model may be known by:
 * the name's key, the id AA gives an open-weight model's sellers, the name without its release tag, its words.
 */
final class AaVariants {
  /** Artificial Analysis's variants of one model: the words in parentheses and whether it reasons. */
  record Variant(String name, List<String> qualifiers, boolean reasons, String releaseDate) {}

  private final Map<String, List<Variant>> byKey = new HashMap<>();
  private final Map<String, List<Variant>> bySellerId = new HashMap<>();
  private final Map<String, List<Variant>> byUndated = new HashMap<>();
  private final Map<String, List<Variant>> byWords = new HashMap<>();

  /**
   * Variants that share AA's seller id but whose output prices differ by more than this factor are
   * taken for different models sold under one id ({@code Qwen3 VL 32B}: $2.8 and, thinking, $8.4).
   */
  static final double SAME_MODEL_PRICE_RATIO = 1.5;

  /** Indexes the leaderboard payload's models by their names' keys; none when it is null. */
  AaVariants(JsonNode aa) {
    if (aa == null) {
      return;
    }
    Map<String, double[]> outputPrices = new HashMap<>(); // lowest and highest, per seller id
    for (JsonNode m : aa.path("models")) {
      String name = m.path("name").asText("");
      ModelNames.Spelled s = ModelNames.spelled(name);
      Variant v = new Variant(name, s.qualifiers(), m.path("reasoning_model").asBoolean(false),
          m.path("release_date").asText(""));
      byKey.computeIfAbsent(ModelNames.key(s.base()), k -> new ArrayList<>()).add(v);
      byWords.computeIfAbsent(ModelNames.wordKey(s.base()), k -> new ArrayList<>()).add(v);
      String undated = ModelNames.withoutReleaseTag(s.base());
      if (undated != null) {
        byUndated.computeIfAbsent(undated, k -> new ArrayList<>()).add(v);
      }
      String seller = m.path("open_weights").path("openrouter_api_id").asText("");
      if (!seller.isEmpty()) {
        String tail = seller.substring(seller.lastIndexOf('/') + 1);
        String id = ModelNames.key(tail.contains(":") ? tail.substring(0, tail.indexOf(':')) : tail); // :free, :thinking
        bySellerId.computeIfAbsent(id, k -> new ArrayList<>()).add(v);
        double price = m.path("pricing").path("price_1m_output_tokens").asDouble(0);
        if (price > 0) {
          double[] range = outputPrices.computeIfAbsent(id, k -> new double[] {price, price});
          range[0] = Math.min(range[0], price);
          range[1] = Math.max(range[1], price);
        }
      }
    }
    outputPrices.forEach((id, range) -> {
      if (range[1] > range[0] * SAME_MODEL_PRICE_RATIO) {
        bySellerId.remove(id);
      }
    });
    // A seller id stands for every variant of the names it is given under: AA gives it to some of a
    // model's variants only ('Gemini 2.5 Flash Preview (Reasoning)' has one, its Non-reasoning twin none).
    bySellerId.replaceAll((id, found) -> {
      List<Variant> all = new ArrayList<>(found);
      for (Variant v : found) {
        for (Variant same : byKey.getOrDefault(ModelNames.key(ModelNames.spelled(v.name()).base()), List.of())) {
          if (!all.contains(same) && edition(same).equals(edition(v))) {
            all.add(same);
          }
        }
      }
      return all;
    });
  }

  /** The words in a variant's parentheses that name no setting: 'GPT-5 (ChatGPT)' is not 'GPT-5 (high)'. */
  private static List<String> edition(Variant v) {
    return v.qualifiers().stream().filter(q -> !Qualifiers.namesSetting(q)).toList();
  }

  /**
   * The leaderboard's variants of a model known by these names: by its key; else by the id AA
   * gives the open-weight model's sellers (unless their prices say they are different models);
   * else by the name without a release tag ({@code Grok 4.20 0309}); else by the same words.
   */
  List<Variant> variants(List<String> names) {
    for (Map<String, List<Variant>> index : List.of(byKey, bySellerId, byUndated)) {
      for (String n : names) {
        List<Variant> v = index.get(ModelNames.key(n));
        if (v != null) {
          return v;
        }
      }
    }
    for (String n : names) {
      List<Variant> v = byWords.get(ModelNames.wordKey(n));
      if (v != null) {
        return v;
      }
    }
    return List.of();
  }

  /** The earliest release date the leaderboard gives, or null. */
  static String released(List<Variant> variants) {
    String first = null;
    for (Variant v : variants) {
      if (v.releaseDate().matches("\\d{4}-\\d{2}-\\d{2}") && (first == null || v.releaseDate().compareTo(first) < 0)) {
        first = v.releaseDate();
      }
    }
    return first;
  }
}
