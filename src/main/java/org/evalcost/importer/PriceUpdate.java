package org.evalcost.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.evalcost.engine.Catalog;
import org.evalcost.engine.Model;

/**
 * Checks a downloaded price catalog and installs it in the cache, or refuses it and leaves the
 * cache as it was. Installed, it is three files in {@code DIR/prices}: the curated models whose
 * seller now charges otherwise ({@value #CURATED}, read on every run), the generated models that
 * are new or repriced ({@value #MODELS}, read when a name needs them) and what was downloaded
 * ({@value #META}).
 */
public final class PriceUpdate {
  public static final String CURATED = "update-curated.json";
  public static final String MODELS = "update-models.json";
  /** The curated prices the download gives too (the shape of upstream-confirmed.json). */
  public static final String CONFIRMED = "update-confirmed.json";
  public static final String META = "update.json";
  public static final String GENAI_PRICES_URL = "https://raw.githubusercontent.com/pydantic/genai-prices/main/prices/data.json";
  public static final String LITELLM_URL =
      "https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json";

  /** A download that is not installed, and why; the cache is as it was. */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Refused(String message) {
      super(message);
    }
  }

  /** What was installed. */
  public record Installed(Path dir, int newModels, int repricedCurated, int confirmedCurated, int builtInSeen,
      int builtInFromSource, int skipped) {}

  private PriceUpdate() {}

  /**
   * Checks {@code body} as a catalog of {@code litellm} or genai-prices shape, turns it into
   * records by the rules of the built-in data, and installs them under {@code cacheDir}.
   */
  public static Installed install(byte[] body, String contentType, boolean litellm, String url, LocalDate today,
      Catalog builtIn, Path cacheDir) throws IOException {
    String what = litellm ? "LiteLLM's model map" : "genai-prices data";
    int start = 0;
    while (start < body.length && Character.isWhitespace(body[start])) {
      start++;
    }
    if (start == body.length) {
      throw new Refused("the answer is empty");
    }
    if ((contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("html")) || body[start] == '<') {
      throw new Refused("the answer is an HTML page, not " + what + " (a proxy's or a login page?)");
    }
    JsonNode root;
    try {
      root = ForeignJson.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw new Refused("the answer is cut short or not JSON (" + e.getOriginalMessage() + " at line "
          + (e.getLocation() == null ? 0 : e.getLocation().getLineNr()) + ")");
    }
    if (litellm ? !root.isObject() : !root.isArray()) {
      throw new Refused("the answer is JSON but not " + what + " (expected " + (litellm ? "an object of models" : "a list of providers") + ")");
    }
    String sha = sha256(body);
    String origin = "downloaded " + today + " from " + url + " (sha256 " + sha.substring(0, 16) + ")"
        + (litellm ? ", per token x 10^6" : "");
    CatalogBuild.Download d = CatalogBuild.download(builtIn, root, litellm, origin, today);
    String tag = litellm ? "per token" : "genai-prices";
    int fromSource = 0;
    int seen = 0;
    for (Model m : builtIn.moreModels()) {
      if (m.source().text().contains(tag)) {
        fromSource++;
        if (d.builtInSeen().contains(m.id())) {
          seen++;
        }
      }
    }
    int fresh = countNew(d);
    int total = seen + fresh;
    if (fromSource > 0 && total * 2 < fromSource) {
      throw new Refused("the catalog prices " + total + " models, under half of the "
          + fromSource + " the built-in data has from " + what);
    }
    if (fromSource > 0 && (fromSource - seen) * 5 > fromSource) {
      throw new Refused("the catalog drops " + (fromSource - seen) + " of the " + fromSource
          + " models the built-in data has from " + what + " (more than 20%)");
    }
    PriceCache.install(cacheDir.resolve("prices"), d, url, today, sha, litellm, builtIn);
    return new Installed(cacheDir.resolve("prices"), fresh, d.curated().size(), d.confirmed().size(), seen, fromSource,
        d.skipped());
  }

  private static int countNew(CatalogBuild.Download d) {
    int n = 0;
    for (org.evalcost.engine.Model r : d.models()) {
      if (!d.builtInSeen().contains(r.id())) {
        n++;
      }
    }
    return n;
  }

  private static String sha256(byte[] body) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(body));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

}
