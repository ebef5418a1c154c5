package org.evalcost.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * evalcost completion: a shell completion script made from the commands themselves, for
 * {@code evalcost} on the PATH and for {@code ./evalcost} in a checkout. bash's and zsh's come
 * from picocli; fish's is written here, as picocli has none.
 */
final class CompletionCommand extends Command {
  enum Shell { bash, zsh, fish }

  private final Value<Shell> shell = parameter("SHELL", Shell.class, "bash, zsh or fish");

  CompletionCommand() {
    group(new OutputOption());
  }

  @Override
  CommandSpecs describe(CommandSpecs command) {
    return command
        .sortedByName()
        .description("Print a completion script for bash, zsh or fish.", """
            It completes both 'evalcost' (installed on your PATH) and './evalcost' (in a checkout).""")
        .examples(
            "  source <(evalcost completion bash)          # in ~/.bashrc",
            "  source <(evalcost completion zsh)           # in ~/.zshrc",
            "  evalcost completion fish > ~/.config/fish/completions/evalcost.fish");
  }

  @Override
  public Integer call() {
    CommandLine top = spec().parent().commandLine();
    String script = shell.get() == Shell.fish ? fish(top) : bash(top);
    if (shell.get() == Shell.zsh) {
      // picocli's script runs under zsh through bash-style completion.
      script = "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n" + script;
    }
    out().print(script);
    return ExitCodes.OK;
  }

  /** picocli's script, registered for ./evalcost as well. */
  static String bash(CommandLine top) {
    String script = AutoComplete.bash("evalcost", top);
    String register = "complete -F _complete_evalcost -o default evalcost evalcost.sh evalcost.bash";
    if (!script.contains(register)) {
      throw new IllegalStateException("picocli's completion script no longer ends as expected");
    }
    return script.replace(register, register + " ./evalcost");
  }

  /** Subcommands after the command, then each command's options, with their values where they are a fixed set. */
  static String fish(CommandLine top) {
    StringBuilder out = new StringBuilder("# fish completion for evalcost (evalcost completion fish)\n");
    out.append("complete -c evalcost -e\ncomplete -p '*/evalcost' -e\n");
    out.append("function __evalcost_complete\n    complete -c evalcost $argv\n    complete -p '*/evalcost' $argv\nend\n");
    for (Map.Entry<String, CommandLine> e : top.getSubcommands().entrySet()) {
      CommandSpec sub = e.getValue().getCommandSpec();
      out.append("__evalcost_complete -f -n __fish_use_subcommand -a ").append(e.getKey()).append(" -d ")
          .append(quote(first(sub.usageMessage().description()))).append('\n');
      options(out, "__fish_seen_subcommand_from " + e.getKey(), sub);
      for (Map.Entry<String, CommandLine> n : e.getValue().getSubcommands().entrySet()) {
        out.append("__evalcost_complete -f -n '__fish_seen_subcommand_from ").append(e.getKey())
            .append("' -a ").append(n.getKey()).append(" -d ")
            .append(quote(first(n.getValue().getCommandSpec().usageMessage().description()))).append('\n');
        options(out, "__fish_seen_subcommand_from " + n.getKey(), n.getValue().getCommandSpec());
      }
    }
    return out.toString();
  }

  private static void options(StringBuilder out, String condition, CommandSpec command) {
    for (OptionSpec o : command.options()) {
      out.append("__evalcost_complete -n '").append(condition).append('\'');
      for (String name : o.names()) {
        out.append(name.startsWith("--") ? " -l " + name.substring(2) : " -s " + name.substring(1));
      }
      if (o.arity().max() > 0) {
        List<String> values = new ArrayList<>();
        if (o.completionCandidates() != null) {
          o.completionCandidates().forEach(values::add);
        }
        out.append(values.isEmpty() ? " -r" : " -x -a " + quote(String.join(" ", values)));
      }
      out.append(" -d ").append(quote(first(o.description()))).append('\n');
    }
  }

  private static String first(String[] lines) {
    if (lines == null || lines.length == 0) {
      return "";
    }
    String line = lines[0].replace("%%", "%");
    int stop = line.indexOf(". ");
    return stop > 0 ? line.substring(0, stop + 1) : line;
  }

  private static String quote(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
