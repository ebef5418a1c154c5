package org.evalcost.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.evalcost.engine.Catalog;
import org.evalcost.catalog.DataFile;
import org.evalcost.catalog.ModelCodec;
import org.evalcost.importer.GenAiPricesImporter;
import org.evalcost.importer.LiteLlmImporter;
import org.evalcost.importer.PriceImport;
import picocli.CommandLine.Model.CommandSpec;

/** evalcost import prices: a LiteLLM or genai-prices catalog as a file for --prices. */
final class ImportPricesCommand implements Callable<Integer> {
  enum From { litellm, genai_prices }

  private final EvalCost root;
  private final CommandSpec spec;
  private final Specs.Value<Path> file = new Specs.Value<>();
  private final Specs.Value<From> from = new Specs.Value<>();
  private final CommonOptions common = new CommonOptions(false);

  ImportPricesCommand(EvalCost root) {
    this.root = root;
    this.spec = Specs.command("prices", this)
        .declaredOrder()
        .description(
            "Import a price catalog (LiteLLM or pydantic genai-prices) as a price file for --prices.",
            "Models the catalog knows keep its ids, aliases and settings, so the file updates their prices; "
                + "others are added with a prior class guessed from the name. Entries that cannot be mapped, "
                + "and fields left out, are listed on stderr with the reason.")
        .examples(
            "  evalcost import prices model_prices_and_context_window.json --from litellm -o litellm-prices.json",
            "  evalcost estimate --model o1 --prices litellm-prices.json")
        .exitCodes(ExitCodes.WITHOUT_GATES)
        .parameter("FILE", Path.class, "The catalog to import.", file)
        .option("--from=FORMAT", From.class, "litellm or genai-prices", from)
        .required()
        .converter(new FromConverter())
        .mixin(common)
        .build();
  }

  CommandSpec spec() {
    return spec;
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
    Catalog catalog = common.catalog(root.environment);
    PriceImport result = from.get() == From.litellm
        ? LiteLlmImporter.read(file.get(), catalog, root.environment.today())
        : GenAiPricesImporter.read(file.get(), catalog, root.environment.today());
    PrintWriter err = spec.commandLine().getErr();
    result.skipped().forEach(s -> err.print("skipped " + s.entry() + ": " + s.reason() + "\n"));
    result.partial().forEach(s -> err.print("partly " + s.entry() + ": " + s.reason() + "\n"));
    String text = DataFile.write(ModelCodec.writer(), result.models());
    spec.commandLine().getOut().print(text);
    err.print(String.format(java.util.Locale.ROOT,
        "imported %,d models (%,d of them the catalog's, their prices replaced), %,d in part; skipped %,d%n"
            .replace("%n", "\n"),
        result.models().size(), result.matched(), result.partial().size(), result.skipped().size()));
    err.flush();
    return ExitCodes.OK;
  }
}
