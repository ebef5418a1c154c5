package org.evalcost.cli;

import java.util.Map;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.evalcost.engine.Catalog;
import org.evalcost.catalog.DataFile;
import org.evalcost.catalog.ModelCodec;
import org.evalcost.importer.GenAiPricesImporter;
import org.evalcost.importer.LiteLlmImporter;
import org.evalcost.importer.PriceImport;

/** evalcost import prices: a LiteLLM or genai-prices catalog as a file for --prices. */
final class ImportPricesCommand extends CatalogCommand {
  enum From { litellm, genai_prices }

  private final Value<Path> file = parameter("FILE", Path.class, "The catalog to import.");
  private final Value<From> from = option("--from=FORMAT", From.class, "litellm or genai-prices")
      .required()
      .converter(new FromConverter())
      .candidates("litellm", "genai-prices");
  private final Value<Boolean> verbose = flag("-v, --verbose",
      "List every entry left out and every field not mapped, each with its reason.");

  ImportPricesCommand() {
    super(new CommonOptions(false));
  }

  @Override
  CommandSpecs describe(CommandSpecs command) {
    return command
        .description("Import a price catalog (LiteLLM or pydantic genai-prices) as a price file for --prices.", """
            Models the catalog knows keep its ids, aliases and settings, so the file updates their prices; others \
            are added with a prior class guessed from the name. stderr sums up the entries that cannot be mapped \
            and the fields left out, by reason; --verbose lists each.""")
        .examples(
            "  evalcost import prices model_prices_and_context_window.json --from litellm -o litellm-prices.json",
            "  evalcost estimate --model o1 --prices litellm-prices.json")
        .exitCodes(ExitCodes.WITHOUT_GATES);
  }

  static final class FromConverter implements picocli.CommandLine.ITypeConverter<From> {
    @Override
    public From convert(String value) {
      return switch (value) {
        case "litellm" -> From.litellm;
        case "genai-prices" -> From.genai_prices;
        default -> throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is not a format: litellm or genai-prices");
      };
    }
  }

  @Override
  public Integer call() throws IOException {
    Catalog catalog = catalog();
    PriceImport result = from.get() == From.litellm
        ? LiteLlmImporter.read(file.get(), catalog, root.environment.today())
        : GenAiPricesImporter.read(file.get(), catalog, root.environment.today());
    PrintWriter err = err();
    if (verbose.get()) {
      result.skipped().forEach(s -> err.print("skipped " + s.entry() + ": " + s.reason() + "\n"));
      result.partial().forEach(s -> err.print("partly " + s.entry() + ": " + s.reason() + "\n"));
    } else {
      summary(err, "skipped", result.skipped());
      summary(err, "imported in part", result.partial());
    }
    String text = DataFile.write(ModelCodec.writer(), result.models());
    out().print(text);
    err.print(String.format(java.util.Locale.ROOT,
        "imported %,d models (%,d of them the catalog's, their prices replaced), %,d in part; skipped %,d%n"
            .replace("%n", "\n"),
        result.models().size(), result.matched(), result.partial().size(), result.skipped().size()));
    err.flush();
    return ExitCodes.OK;
  }

  /** "skipped 412 entries: 230 not a text-generation model, ..." - each reason once, the most common first. */
  private static void summary(PrintWriter err, String what, List<PriceImport.Skipped> entries) {
    if (entries.isEmpty()) {
      return;
    }
    Map<String, Integer> byReason = new LinkedHashMap<>();
    for (PriceImport.Skipped s : entries) {
      byReason.merge(s.reason(), 1, Integer::sum);
    }
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(byReason.entrySet());
    sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    StringBuilder line = new StringBuilder(what + " " + entries.size() + (entries.size() == 1 ? " entry:" : " entries:"));
    int shown = Math.min(sorted.size(), 5);
    for (int i = 0; i < shown; i++) {
      line.append(i == 0 ? " " : "; ").append(sorted.get(i).getValue()).append(' ').append(sorted.get(i).getKey());
    }
    if (sorted.size() > shown) {
      int rest = 0;
      for (Map.Entry<String, Integer> e : sorted.subList(shown, sorted.size())) {
        rest += e.getValue();
      }
      line.append("; ").append(rest).append(" for ").append(sorted.size() - shown).append(" other reasons");
    }
    err.print(line.append(" (--verbose lists each)\n"));
  }
}
