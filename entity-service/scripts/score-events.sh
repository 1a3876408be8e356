#!/usr/bin/env bash
# Scores entity-service's events against the hand annotations in docs/eval/ (docs/events-eval.md).
# Reads the articles from ../shared/data at run time; never part of ./tarikh test.
# usage: entity-service/scripts/score-events.sh [--show dev|heldout|all] [--only dev|heldout] [--data DIR] [gold.tsv ...]
# (--only dev runs the dev half alone: what to use while developing, so the held-out half is scored once per step)
set -euo pipefail
cd "$(dirname "$0")/../.."
# the shared data folder beside the project (its NER files and Timeline17 articles); --data overrides
export TARIKH_SHARED_DATA="${TARIKH_SHARED_DATA:-$(cd .. && pwd)/shared/data}"
./mvnw -B -q -pl entity-service test-compile
cp=$(./mvnw -B -q -pl entity-service dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
exec java -cp "entity-service/target/test-classes:entity-service/target/classes:$cp" org.tarikh.entity.eval.EventScore "$@"
