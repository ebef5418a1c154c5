package org.evalcost.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evalcost.catalog.DataException;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Defaults for options not given on the command line: an environment variable
 * ({@code EVALCOST_MAX_COST} for --max-cost), else the project file ({@code evalcost.json} in the
 * current folder, or --config FILE: {@code {"schema_version": 1, "suite": ..., "models": [...],
 * "prices": ..., "max_cost": ...}}), else the command's own default. So a CI job is one line.
 */
final class ProjectDefaults implements IDefaultValueProvider {
  static final String FILE = "evalcost.json";
  static final String OPTION = "--config";

  /** The settings a project file may hold, by the option each is the default of. */
  static final Map<String, String> KEYS = keys();
  /** The settings of where the data is and how it is shown; the others say what to run and how to bill it. */
  private static final List<String> EVERY_COMMAND = List.of("--prices", "--profiles", "--benchmark-file", "--format");

  private static Map<String, String> keys() {
    Map<String, String> keys = new LinkedHashMap<>();
    for (String option : List.of("--suite", "--benchmark", "--model", "--models", "--effort", "--provider",
        "--prices", "--profiles", "--benchmark-file", "--max-cost", "--gate-on", "--format", "--as-of")) {
      keys.put(option, option.substring(2).replace('-', '_'));
    }
    return keys;
  }

  private final Map<String, String> variables;
  private final Map<String, String> file;

  private ProjectDefaults(Map<String, String> variables, Map<String, String> file) {
    this.variables = variables;
    this.file = file;
  }

  /**
   * The defaults of a run: {@code --config FILE} among {@code args}, else {@code evalcost.json}
   * in {@code folder} when there is one.
   */
  static ProjectDefaults of(Map<String, String> variables, Path folder, String... args) {
    Path config = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals(OPTION) && i + 1 < args.length) {
        config = Path.of(args[i + 1]);
      } else if (args[i].startsWith(OPTION + "=")) {
        config = Path.of(args[i].substring(OPTION.length() + 1));
      }
    }
    if (config == null && folder != null && Files.isRegularFile(folder.resolve(FILE))) {
      config = folder.resolve(FILE);
    }
    return new ProjectDefaults(variables, config == null ? Map.of() : read(config));
  }

  /** The environment variable that sets an option's default: EVALCOST_MAX_COST for --max-cost. */
  static String variable(String option) {
    return "EVALCOST_" + option.substring(2).replace('-', '_').toUpperCase(Locale.ROOT);
  }

  /**
   * Whether a run of {@code args} takes defaults at all: a command that reads the catalog does
   * (Subcommand.readsProjectFile), a request for help or the version does not, so a broken
   * project file never stands in the way of either.
   */
  static boolean apply(String... args) {
    for (String a : args) {
      if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) {
        return false;
      }
    }
    Subcommand command = args.length == 0 ? null : Subcommand.named(args[0]);
    return command != null && command.readsProjectFile();
  }

  @Override
  public String defaultValue(ArgSpec arg) {
    if (!(arg instanceof OptionSpec option) || !KEYS.containsKey(option.longestName())) {
      return null;
    }
    if (!EVERY_COMMAND.contains(option.longestName())) {
      // What to run is a default only where a model is run: `models --provider` filters by the
      // model's maker, not by the seller a project runs, and `profile --benchmark` names a log's benchmark.
      Subcommand command = Subcommand.named(option.command().name());
      if (command == null || !command.runsAModel()) {
        return null;
      }
    }
    String fromEnvironment = variables.get(variable(option.longestName()));
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return fromEnvironment;
    }
    return file.get(KEYS.get(option.longestName()));
  }

  /** A flat object of strings, numbers and lists of strings; a path is taken from the file's folder. */
  static Map<String, String> read(Path config) {
    String label = config.toString();
    DataException.unlessReadable(config, "is a directory, not a project file");
    Map<String, String> out = new LinkedHashMap<>();
    Path folder = config.toAbsolutePath().getParent();
    try (JsonParser p = new JsonFactory().createParser(config.toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new DataException(label, 1, 1, null, "expected a JSON object of settings");
      }
      boolean versioned = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonLocation at = p.currentTokenLocation();
        JsonToken t = p.nextToken();
        if (key.equals("schema_version")) {
          if (t != JsonToken.VALUE_NUMBER_INT || p.getIntValue() != 1) {
            throw new DataException(label, at.getLineNr(), at.getColumnNr(), key, "must be 1");
          }
          versioned = true;
          continue;
        }
        if (!KEYS.containsValue(key)) {
          throw new DataException(label, at.getLineNr(), at.getColumnNr(), key,
              "unknown setting (known: schema_version, " + String.join(", ", KEYS.values()) + ")");
        }
        String value;
        if (t == JsonToken.START_ARRAY) {
          List<String> items = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
              throw new DataException(label, p.currentTokenLocation().getLineNr(),
                  p.currentTokenLocation().getColumnNr(), key, "expected a list of strings");
            }
            items.add(p.getText());
          }
          value = String.join(",", items);
        } else if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
          value = t == JsonToken.VALUE_STRING ? p.getText() : p.getDecimalValue().toPlainString();
        } else {
          throw new DataException(label, at.getLineNr(), at.getColumnNr(), key, "expected a string, a number or a list");
        }
        if (key.equals("prices") || key.equals("profiles") || key.equals("benchmark_file")) {
          value = folder.resolve(value).normalize().toString();
        }
        out.put(key, value);
      }
      if (!versioned) {
        throw new DataException(label, 1, 1, "schema_version", "is missing; this evalcost reads version 1");
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new DataException(label, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), null,
          e.getOriginalMessage());
    } catch (IOException e) {
      throw new DataException(label, 0, 0, null, "cannot be read: " + e.getMessage());
    }
    return out;
  }
}
