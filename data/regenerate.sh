#!/usr/bin/env bash
# Regenerates data/upstream-models.json and data/upstream-report.md from the upstream catalogs,
# around the curated data/models.json. The same inputs give the same bytes; ShippedDataTest
# checks the committed files against a fresh run when the inputs are at hand.
#
# Usage: data/regenerate.sh [GENAI_PRICES_JSON LITELLM_JSON [AA_LEADERBOARD_JSON]]
# Defaults: the copies in ../shared (the pinned upstream commits named below). To move to a newer
# upstream copy, pass its files and edit the ORIGIN and DATE lines to name its commit and date.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
genai="${1:-$shared/fixtures/genai-prices/data.json}"
litellm="${2:-$shared/fixtures/litellm/model_prices_and_context_window.json}"
aa="${3:-$shared/reference/aa/llms-2026-06-15.json}"
GENAI_ORIGIN="pydantic genai-prices prices/new_data/v2/data.json @ 47df840"
GENAI_DATE=2026-08-21
LITELLM_ORIGIN="LiteLLM model_prices_and_context_window.json (BerriAI/litellm, as vendored by AgentOps-AI/tokencost @ e7f7c19)"
LITELLM_DATE=2025-09-05
./evalcost --version > /dev/null   # builds the jar when the sources changed
java -cp target/evalcost.jar org.evalcost.importer.CatalogBuild data \
  "$genai" "$GENAI_ORIGIN" "$GENAI_DATE" "$litellm" "$LITELLM_ORIGIN" "$LITELLM_DATE" "$aa"
