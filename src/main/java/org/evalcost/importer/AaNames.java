package org.evalcost.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evalcost.engine.InvalidRequestException;
import org.evalcost.engine.ModelNames;
import org.evalcost.engine.ModelRef;
import org.evalcost.engine.ModelResolver;
import org.evalcost.engine.Qualifiers;

/**
 * Artificial Analysis's model names as catalog models and settings. A name resolves by the rules
 * a user's typed name meets; failing that, by the id AA gives for an open-weight model's sellers.
 * When two AA names land on one model and setting ({@code GPT-5.2 (xhigh)} and {@code GPT-5.2
 * Codex (xhigh)}, which genai-prices prices as one), the closer name speaks for it: see {@link #rank}.
 */
final class AaNames {
  private AaNames() {}

  /** An AA model, what it resolved to, and how closely its name matched. */
  record Mapped(JsonNode model, ModelRef ref, int rank) {}

  /**
   * The payload's models that resolve, closest names first (AA's order among equals); the others'
   * names go into {@code unmapped} with the reason.
   */
  static List<Mapped> map(ModelResolver resolver, JsonNode models, Map<String, String> unmapped) {
    List<Mapped> out = new ArrayList<>();
    for (JsonNode m : models) {
      String name = m.path("name").asText();
      ModelRef named = attempt(resolver, name);
      ModelRef sold = attempt(resolver, sellerName(m));
      if (sold == null) {
        sold = attempt(resolver, slugName(m)); // AA's own id for the model, where no seller's names it
      }
      if (named == null && sold == null) {
        resolve(resolver, m, unmapped); // notes why
        continue;
      }
      ModelRef ref = named != null ? named : sold;
      int rank = rank(name, ref);
      boolean loose = named == null || rank % 10 >= 2;
      if (loose && sold != null && (named == null || rank(sellerName(m), sold) % 10 <= 1)) {
        ref = sold; // a loose match: AA's seller id, where it names a model outright, says better
        rank = rank(name, sold) / 10 * 10 + 3;
      }
      out.add(new Mapped(m, ref, rank));
    }
    out.sort(Comparator.comparingInt(Mapped::rank)); // stable: AA's order among equals
    return out;
  }

  /**
   * How closely a name matched: 0 when its words outside the parentheses are the model's id, 1 an
   * alias, 2 another rule (words reordered, a release tag dropped, a snapshot's month), 3 only AA's
   * seller id; 10 more when its parentheses hold words that name no setting ({@code Preview}, {@code
   * Feb 2026}), which the match passed over.
   */
  static int rank(String name, ModelRef ref) {
    ModelNames.Spelled spelled = ModelNames.spelled(name);
    String base = spelled.base();
    String key = ModelNames.key(base.substring(base.lastIndexOf('/') + 1)); // a seller id's organisation aside
    int rank = 2;
    if (key.equals(ModelNames.key(ref.model().id()))) {
      rank = 0;
    } else if (ref.model().aliases().stream().anyMatch(a -> ModelNames.key(a).equals(key))) {
      rank = 1;
    }
    for (String q : spelled.qualifiers()) {
      if (!Qualifiers.namesSetting(q)) {
        return rank + 10;
      }
    }
    return rank;
  }

  /** AA's seller id for an open-weight model with the name's parentheses ({@code qwen/x (Reasoning)}), or "". */
  private static String sellerName(JsonNode m) {
    String seller = sellerId(m);
    return seller.isEmpty() ? "" : seller + settingWords(m);
  }

  /** AA's slug for the model with the name's parentheses ({@code magistral-small-2509}), or "". */
  private static String slugName(JsonNode m) {
    String slug = m.path("slug").asText("");
    return slug.isEmpty() ? "" : slug + settingWords(m);
  }

  /** The id AA gives an open-weight model's sellers (open_weights.openrouter_api_id, without ":free"), or "". */
  static String sellerId(JsonNode m) {
    return m.path("open_weights").path("openrouter_api_id").asText("").replace(":free", "");
  }

  /** The name's parentheses with the space before them ({@code " (Reasoning)"}), or "". */
  private static String settingWords(JsonNode m) {
    String name = m.path("name").asText();
    int paren = name.indexOf(" (");
    return paren < 0 ? "" : name.substring(paren);
  }

  /** What {@code name} resolves to, or null when it is empty or resolves to nothing. */
  static ModelRef attempt(ModelResolver resolver, String name) {
    try {
      return name.isEmpty() ? null : resolver.resolve(name, null);
    } catch (InvalidRequestException e) {
      return null;
    }
  }

  /**
   * The catalog model and setting of an AA model: its name as a user would type it, else the id
   * AA gives for the open-weight model's sellers (open_weights.openrouter_api_id) with the name's
   * setting in parentheses; null, and the reason noted, when neither resolves.
   */
  static ModelRef resolve(ModelResolver resolver, JsonNode m, Map<String, String> unmapped) {
    String name = m.path("name").asText();
    try {
      return resolver.resolve(name, null);
    } catch (InvalidRequestException e) {
      String seller = sellerName(m);
      if (!seller.isEmpty()) {
        try {
          return resolver.resolve(seller, null);
        } catch (InvalidRequestException again) {
          unmapped.putIfAbsent(name, e.getMessage() + "; nor does AA's id '" + seller + "': " + again.getMessage());
          return null;
        }
      }
      unmapped.putIfAbsent(name, e.getMessage());
      return null;
    }
  }

  /** Whether the catalog already knows the model by its name, AA's seller id or its slug, settings aside. */
  static boolean known(ModelResolver resolver, String base, JsonNode m) {
    return attempt(resolver, base) != null || attempt(resolver, sellerId(m)) != null
        || attempt(resolver, m.path("slug").asText("")) != null;
  }

  /** A leaderboard name as an id: lowercased, its spaces dashes ({@code Qwen3.5 4B} is {@code qwen3.5-4b}). */
  static String id(String base) {
    return base.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
  }
}
