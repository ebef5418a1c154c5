package org.evalcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --prices lays a user's price file over the catalog; --prices-only replaces it. */
class PricesOverlayTest {
  private static final String FILE = """
      {
        "schema_version": 1,
        "models": [
          {"id": "plain-1", "provider": "acme", "prior": "plain",
           "prices": [{"effective_from": "2024-01-01", "input": 0.5, "output": 1.5, "source": "negotiated", "checked": "2025-05-01"}],
           "source": "contract", "checked": "2025-05-01"},
          {"id": "=HYPERLINK(\\"x\\")", "provider": "acme", "aliases": ["mine"], "prior": "plain",
           "prices": [{"effective_from": "2024-01-01", "input": 1, "output": 1, "source": "ours", "checked": "2025-05-01"}],
           "source": "ours", "checked": "2025-05-01"}
        ]
      }
      """;

  @Test
  void overlayReplacesAndAdds(@TempDir Path dir) throws IOException {
    Path prices = dir.resolve("prices.json");
    Files.writeString(prices, FILE);
    // plain-1 at half its list price: alpha 20,000 x 0.5 + 10,000 x 1.5 = 0.025 -> 0.03; beta 0.05 + 0.06 = 0.11.
    Cli.Result plain = Cli.fixture("estimate", "-m", "plain-1", "--prices", prices.toString(), "--format", "csv");
    assertThat(plain.out()).contains(",0.03,predicted").contains(",0.11,predicted");
    Cli.Result models = Cli.fixture("models", "--prices", prices.toString(), "--format", "csv");
    assertThat(models.out().lines()).hasSize(1 + 5);
    Cli.Result only = Cli.fixture("models", "--prices", prices.toString(), "--prices-only", "--format", "csv");
    assertThat(only.out().lines()).hasSize(1 + 2);
  }

  @Test
  void diffBetweenTwoPriceFiles(@TempDir Path dir) throws IOException {
    Path prices = dir.resolve("prices.json");
    Files.writeString(prices, FILE);
    // plain-1 from list (0.27) to the file's half price (0.14).
    Cli.Result result = Cli.fixture("diff", "--prices", prices.toString(), "-m", "plain-1", "--format", "csv");
    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("plain-1,default,alpha,changed,0.05,0.03,-0.02,-40.0")
        .contains("plain-1,default,beta,changed,0.22,0.11,-0.11,-50.0");
  }

  @Test
  void csvNeutralisesFormulas(@TempDir Path dir) throws IOException {
    Path prices = dir.resolve("prices.json");
    Files.writeString(prices, FILE);
    Cli.Result result = Cli.fixture("estimate", "-m", "mine", "--prices", prices.toString(), "--format", "csv");
    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("\r\n\"'=HYPERLINK(\"\"x\"\")\",default,small,alpha,");
  }

  @Test
  void anAliasOfAnotherModelIsRefused(@TempDir Path dir) throws IOException {
    Path prices = dir.resolve("prices.json");
    Files.writeString(prices, FILE.replace("\"mine\"", "\"t1\""));
    Cli.Result result = Cli.fixture("models", "--prices", prices.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.DATA);
    assertThat(result.err()).contains("field 'aliases': the name 't1' is already used by model 'think-1'");
  }

  /** A hand-written file with three mistakes: all three at once, each at its field, the good records read. */
  @Test
  void everyProblemOfAPricesFileAtOnce(@TempDir Path dir) throws IOException {
    Path prices = dir.resolve("mine.json");
    Files.writeString(prices, String.join("\n",
        "{\"schema_version\": 1, \"models\": [",
        "  {\"id\": \"a-1\", \"provider\": \"acme\", \"prior\": \"plain\",",
        "   \"prices\": [{\"effective_from\": \"2025-01-01\", \"input\": -1, \"output\": 2}], \"source\": \"s\","
            + " \"checked\": \"2025-01-01\"},",
        "  {\"id\": \"a-2\", \"provider\": \"acme\", \"prior\": \"plian\",",
        "   \"prices\": [{\"effective_from\": \"2025-01-01\", \"input\": 1, \"output\": 2}], \"source\": \"s\","
            + " \"checked\": \"2025-01-01\"},",
        "  {\"id\": \"a-3\", \"provider\": \"acme\", \"prior\": \"plain\", \"prices\": [], \"source\": \"s\","
            + " \"checked\": \"2025-01-01\"},",
        "  {\"id\": \"a-4\", \"provider\": \"acme\", \"prior\": \"plain\", \"pricez\": [],",
        "   \"source\": \"s\", \"checked\": \"2025-01-01\"}]}"));
    Cli.Result r = Cli.fixture("estimate", "-m", "plain-1", "--prices", prices.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.DATA);
    assertThat(r.err()).startsWith("evalcost: data error: " + prices + ": has 3 problems:\n")
        .contains("  " + prices + ":3:57: model 'a-1', field 'prices[0].input': must not be negative (was -1)\n")
        .contains("  " + prices + ":4:46: model 'a-2', field 'prior': unknown prior class 'plian'")
        .contains("  " + prices + ":7:55: model 'a-4', field 'pricez': unknown field");
  }

  @Test
  void aMissingCheckedDateIsTheFilesDateWithAWarning(@TempDir Path dir) throws IOException {
    Path prices = dir.resolve("mine.json");
    Files.writeString(prices, "{\"schema_version\": 1, \"models\": [{\"id\": \"a-1\", \"provider\": \"acme\","
        + " \"prior\": \"plain\", \"prices\": [{\"effective_from\": \"2024-01-01\", \"input\": 1, \"output\": 2}],"
        + " \"source\": \"our contract\"}]}");
    Files.setLastModifiedTime(prices, java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2025-05-20T10:00:00Z")));
    Cli.Result r = Cli.fixture("estimate", "-m", "a-1", "--prices", prices.toString(), "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEqualTo("evalcost: warning: " + prices + ": no 'checked' date for model 'a-1'; taken as the "
        + "file's date, 2025-05-20\n");
    assertThat(r.out()).contains("\"checked\": \"2025-05-20\"");
    Files.writeString(prices, "{\"schema_version\": 1, \"models\": [{\"id\": \"a-1\", \"provider\": \"acme\","
        + " \"prior\": \"plain\", \"prices\": [{\"effective_from\": \"2024-01-01\", \"input\": 1, \"output\": 2}]}]}");
    assertThat(Cli.fixture("estimate", "-m", "a-1", "--prices", prices.toString()).err())
        .contains("field 'source': is missing or empty"); // a figure must still say where it comes from
  }
}
