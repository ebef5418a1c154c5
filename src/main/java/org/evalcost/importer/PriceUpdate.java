package org.evalcost.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import org.evalcost.catalog.DataFile;
import org.evalcost.catalog.ModelCodec;
import java.util.Map;
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

  /** The folder the user's downloaded prices live in, from the environment, or null when none is set. */
  public static Path cacheDir(Map<String, String> env) {
    String home = env.get("EVALCOST_HOME");
    if (home != null && !home.isEmpty()) {
      return Path.of(home);
    }
    String xdg = env.get("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isEmpty()) {
      return Path.of(xdg, "evalcost");
    }
    String user = env.get("HOME");
    return user == null || user.isEmpty() ? null : Path.of(user, ".cache", "evalcost");
  }

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
    write(cacheDir.resolve("prices"), d, url, today, sha, litellm, builtIn);
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

  /** Writes the new files beside the old folder, then swaps the folders: a run sees the old prices or the new. */
  private static void write(Path target, CatalogBuild.Download d, String url, LocalDate today, String sha,
      boolean litellm, Catalog builtIn) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path fresh = Files.createTempDirectory(parent, ".prices-new");
    Path old = parent.resolve(".prices-old");
    try {
      Files.writeString(fresh.resolve(CURATED), DataFile.write(ModelCodec.writer(), d.curated()));
      Files.writeString(fresh.resolve(MODELS), DataFile.write(ModelCodec.writer(), d.models()));
      Files.writeString(fresh.resolve(CONFIRMED),
          DataFile.write(new org.evalcost.catalog.ConfirmedPrices.Codec(null), d.confirmed()));
      Info meta = new Info(litellm ? "litellm" : "genai-prices", url, today.toString(), sha, d.models().size(),
          d.curated().size());
      Files.writeString(fresh.resolve(META), DataFile.write(new InfoCodec(), List.of(meta)));
      try { // the files must load as the catalog will load them, every name resolvable
        Catalog updated = org.evalcost.catalog.CatalogLoader.withUpdate(builtIn, fresh, CURATED, MODELS,
            CONFIRMED);
        updated.moreModels();
        new org.evalcost.engine.ModelResolver(updated).sellersOf(updated.coreModels().get(0));
      } catch (org.evalcost.catalog.DataException | org.evalcost.engine.InvalidValueException e) {
        throw new Refused("the download does not make a valid catalog: " + e.getMessage());
      }
      deleteTree(old);
      if (Files.exists(target)) {
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
      deleteTree(old);
    } finally {
      deleteTree(fresh);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static String sha256(byte[] body) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(body));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What update.json says of the installed download: where from, when, its digest, and what it held. */
  record Info(String from, String url, String downloaded, String sha256, long models, long curatedRepriced) {}

  /** update.json, for the people and scripts that look at the cache; evalcost itself reads the catalogs beside it. */
  static final class InfoCodec extends org.evalcost.catalog.Codec<Info> {

    InfoCodec() {
      super("updates", "update");
    }
    @Override
    public String key(Info value) {
      return value.sha256();
    }

    @Override
    public Info read(org.evalcost.catalog.FieldReader in) {
      String[] text = new String[4];
      long[] counts = new long[2];
      for (String field = in.next(); field != null; field = in.next()) {
        switch (field) {
          case "from" -> text[0] = in.text();
          case "url" -> text[1] = in.text();
          case "downloaded" -> text[2] = in.text();
          case "sha256" -> text[3] = in.text();
          case "models" -> counts[0] = in.required(field, in.longValue());
          case "curated_repriced" -> counts[1] = in.required(field, in.longValue());
          default -> throw in.unknown("from", "url", "downloaded", "sha256", "models", "curated_repriced");
        }
      }
      return new Info(text[0], text[1], text[2], text[3], counts[0], counts[1]);
    }

    @Override
    public void write(org.evalcost.catalog.FieldWriter out, Info i) {
      out.text("from", i.from()).text("url", i.url()).text("downloaded", i.downloaded()).text("sha256", i.sha256())
          .whole("models", i.models()).whole("curated_repriced", i.curatedRepriced());
    }
  }
}
