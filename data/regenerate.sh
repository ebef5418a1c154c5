#!/usr/bin/env bash
# Regenerates data/upstream-models.json, data/upstream-confirmed.json and data/upstream-report.md, then the Artificial Analysis
# evals' figures in data/benchmarks.json, then AA's profiles, published costs and the fitted priors, from the upstream copies that
# data/upstream.properties names, around the curated data/models.json. The same inputs give the
# same bytes; UpstreamCatalogTest checks the committed files against a fresh run when the inputs
# are at hand.   Usage: data/regenerate.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./evalcost --version > /dev/null   # builds the jar when the sources changed
java -cp target/evalcost.jar org.evalcost.importer.CatalogBuild data
java -cp target/evalcost.jar org.evalcost.importer.AaFigures data   # resolves AA's names in the catalog
java -cp target/evalcost.jar org.evalcost.importer.AaProfiles data
