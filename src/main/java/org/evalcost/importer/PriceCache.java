package org.evalcost.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.evalcost.catalog.DataFile;
import org.evalcost.catalog.ModelCodec;
import org.evalcost.engine.Catalog;

/**
 * The user's cache of downloaded prices: where it lives, and how a checked download is swapped in
 * so that a run sees the old prices or the new, never a mix.
 */
public final class PriceCache {
  private PriceCache() {}

  /** The folder the user's downloaded prices live in, from the environment, or null when none is set. */
  public static Path dir(Map<String, String> env) {
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

  /** Writes the new files beside the old folder, then swaps the folders: a run sees the old prices or the new. */
  static void install(Path target, CatalogBuild.Download d, String url, LocalDate today, String sha,
      boolean litellm, Catalog builtIn) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path fresh = Files.createTempDirectory(parent, ".prices-new");
    Path old = parent.resolve(".prices-old");
    try {
      Files.writeString(fresh.resolve(PriceUpdate.CURATED), DataFile.write(ModelCodec.writer(), d.curated()));
      Files.writeString(fresh.resolve(PriceUpdate.MODELS), DataFile.write(ModelCodec.writer(), d.models()));
      Files.writeString(fresh.resolve(PriceUpdate.CONFIRMED),
          DataFile.write(new org.evalcost.catalog.ConfirmedPrices.Codec(null), d.confirmed()));
      UpdateInfo meta = new UpdateInfo(litellm ? "litellm" : "genai-prices", url, today.toString(), sha, d.models().size(),
          d.curated().size());
      Files.writeString(fresh.resolve(PriceUpdate.META), DataFile.write(new UpdateInfo.Codec(), List.of(meta)));
      try { // the files must load as the catalog will load them, every name resolvable
        Catalog updated = org.evalcost.catalog.CatalogLoader.withUpdate(builtIn, fresh, PriceUpdate.CURATED,
            PriceUpdate.MODELS, PriceUpdate.CONFIRMED);
        updated.moreModels();
        new org.evalcost.engine.ModelResolver(updated).sellersOf(updated.coreModels().get(0));
      } catch (org.evalcost.catalog.DataException | org.evalcost.engine.InvalidValueException e) {
        throw new PriceUpdate.Refused("the download does not make a valid catalog: " + e.getMessage());
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
}
