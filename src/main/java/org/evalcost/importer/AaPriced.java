package org.evalcost.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.Model;
import org.evalcost.engine.ModelNames;
import org.evalcost.engine.ModelResolver;
import org.evalcost.engine.Qualifiers;
import org.evalcost.engine.Rates;
import org.evalcost.engine.SellerIds;
import org.evalcost.engine.Source;

/**
 * The models only the Artificial Analysis leaderboard prices, as upstream entries of the lowest
 * rank: an AA model none of whose names (its name without the setting, AA's seller id, its slug)
 * resolves in the catalog the price catalogs make, at the list price AA used (by AA's methodology,
 * the creator's own API where there is one, else the median over the providers that serve an
 * open-weight model), under its creator as the seller; the source says which of the two it is. Its variants are one model's settings and must agree
 * on that price; the leaderboard gives no cache prices, so the model pays list for context read again.
 */
final class AaPriced {
  private AaPriced() {}

  /** A name fit to be an id once lowercased, its spaces made dashes. */
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.\\-]*");

  /**
   * The entries for the payload's models that the catalog of {@code curated} and {@code generated}
   * (what the price catalogs make) leaves unknown: see {@link #entries}.
   */
  static List<UpstreamEntry> unknownTo(Catalog curated, List<Model> generated, ReasoningRules rules, JsonNode aa,
      String origin, LocalDate checked, List<UpstreamEntry.Skipped> skipped) {
    List<Model> all = new ArrayList<>(curated.coreModels());
    all.addAll(generated);
    Set<String> claimed = new HashSet<>();
    for (Model m : all) {
      for (AaVariants.Variant v : rules.variants(UpstreamRecords.names(m))) {
        claimed.add(v.name());
      }
    }
    return entries(aa, origin, checked, new ModelResolver(curated.withModels(all)), claimed, skipped);
  }

  /**
   * The entries for the payload's models that no name of theirs resolves in {@code resolver}'s
   * catalog, nor a catalog model takes for one of its variants ({@code claimed}: AA's {@code Nova
   * 2.0 Lite} is Bedrock's {@code nova-2-lite-v1}); those left out, and why, go into {@code
   * skipped}. In the order of their ids.
   */
  static List<UpstreamEntry> entries(JsonNode aa, String origin, LocalDate checked, ModelResolver resolver,
      Set<String> claimed, List<UpstreamEntry.Skipped> skipped) {
    Map<String, List<JsonNode>> groups = new TreeMap<>();
    Set<String> knownIds = new HashSet<>();
    for (JsonNode m : aa.path("models")) {
      String name = m.path("name").asText("");
      ModelNames.Spelled spelled = ModelNames.spelled(name);
      if (claimed.contains(name) || AaNames.known(resolver, spelled.base(), m)) {
        knownIds.add(AaNames.id(spelled.base())); // its other variants are the same model's settings
        continue;
      }
      String reason = unfit(m, spelled);
      if (reason != null) {
        skipped.add(new UpstreamEntry.Skipped(label(name), reason));
        continue;
      }
      groups.computeIfAbsent(AaNames.id(spelled.base()), k -> new ArrayList<>()).add(m);
    }
    groups.keySet().removeAll(knownIds);
    List<UpstreamEntry> out = new ArrayList<>();
    for (Map.Entry<String, List<JsonNode>> g : groups.entrySet()) {
      List<JsonNode> variants = g.getValue();
      JsonNode first = variants.get(0);
      String prices = prices(first);
      String disagree = null;
      for (JsonNode v : variants) {
        if (!prices(v).equals(prices)) {
          disagree = v.path("name").asText() + " " + prices(v);
        }
      }
      if (disagree != null) {
        for (JsonNode v : variants) {
          skipped.add(new UpstreamEntry.Skipped(label(v.path("name").asText()), "its settings are priced apart ("
              + first.path("name").asText() + " " + prices + ", " + disagree + "), which one record cannot say"));
        }
        continue;
      }
      String seller = SellerIds.of(first.path("creator").path("slug").asText());
      JsonNode p = first.path("pricing");
      boolean open = first.path("open_weights").path("is_open_weights").asBoolean(false);
      String source = origin + ", list price of '" + first.path("name").asText() + "' ("
          + (open ? "open weights: the creator's API where it has one, else the providers' median)"
              : "the creator's own API)")
          + (first.path("deprecated").asBoolean(false) ? "; the leaderboard marks the model deprecated" : "");
      Rates rates = new Rates(new BigDecimal(p.path("price_1m_input_tokens").asText()), null, null,
          new BigDecimal(p.path("price_1m_output_tokens").asText()));
      Offer offer = new Offer(null, rates, null, List.of(), new Source(source, checked));
      boolean reasons = false;
      for (JsonNode v : variants) {
        reasons |= v.path("reasoning_model").asBoolean(false);
      }
      out.add(new UpstreamEntry(seller, g.getKey(), first.path("name").asText(), List.of(), List.of(offer), reasons,
          source, UpstreamEntry.Upstream.LEADERBOARD));
    }
    return out;
  }

  /** How the report names a leaderboard model. */
  static String label(String name) {
    return "Artificial Analysis '" + name + "'";
  }

  /** Why a leaderboard model cannot be a record of its own, or null. */
  private static String unfit(JsonNode m, ModelNames.Spelled spelled) {
    for (String q : spelled.qualifiers()) {
      if (!Qualifiers.namesSetting(q)) {
        return "'(" + q + ")' names an edition, not a setting, and no catalog model is that edition";
      }
    }
    JsonNode p = m.path("pricing");
    if (!positive(p.path("price_1m_input_tokens")) || !positive(p.path("price_1m_output_tokens"))) {
      return "no list price above zero";
    }
    if (!ID.matcher(AaNames.id(spelled.base())).matches()) {
      return "its name '" + spelled.base() + "' makes no id";
    }
    String notText = UpstreamEntry.notAModel(AaNames.id(spelled.base()));
    return notText;
  }

  private static boolean positive(JsonNode n) {
    return n.isNumber() && n.decimalValue().signum() > 0;
  }

  private static String prices(JsonNode m) {
    JsonNode p = m.path("pricing");
    return "$" + p.path("price_1m_input_tokens").asText() + " / $" + p.path("price_1m_output_tokens").asText();
  }
}
