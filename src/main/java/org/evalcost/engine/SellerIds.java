package org.evalcost.engine;

import java.util.Locale;

/** Sellers' ids in the catalog's words, however upstream catalogs, leaderboards and users write them. */
public final class SellerIds {
  private SellerIds() {}

  /**
   * A seller's id in the catalog's words, however an upstream catalog or a user spells it:
   * {@code x-ai} is {@code xai}, {@code bedrock*} is {@code aws}, {@code vertex_ai*} and
   * {@code gemini} are {@code google}, {@code together_ai} is {@code together}, {@code _} is {@code -}.
   */
  public static String of(String raw) {
    String s = raw.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    if (s.startsWith("vertex-ai") || s.equals("gemini") || s.equals("palm")) {
      return "google";
    }
    if (s.startsWith("bedrock") || s.equals("amazon-bedrock")) {
      return "aws";
    }
    if (s.startsWith("text-completion-")) {
      s = s.substring("text-completion-".length());
    }
    return switch (s) {
      case "azure-ai", "azure-text" -> "azure";
      case "cohere-chat" -> "cohere";
      case "codestral" -> "mistral";
      case "mistralai" -> "mistral";
      case "moonshot" -> "moonshotai";
      case "x-ai" -> "xai";
      case "z-ai" -> "zai";
      case "zhipu" -> "zhipuai";
      case "vercel-ai-gateway" -> "vercel";
      default -> s.endsWith("-ai") && !s.startsWith("huggingface-") ? s.substring(0, s.length() - 3) : s;
    };
  }
}
