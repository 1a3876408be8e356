#!/usr/bin/env bash
# Scores the temporal tagger on the hand-annotated news corpora of entity-service/src/test/resources/time/corpus/
# (docs/time.md). The dev parts always; the held-out parts with --heldout; --misses lists the dev parts' misses.
# --unseen scores only the unseen Arabic set of issue 15, round 5 (ar-news-unseen-r5: measured once, misses never listed).
# usage: entity-service/scripts/score-timex.sh [--heldout] [--misses] | --unseen
set -euo pipefail
cd "$(dirname "$0")/../.."
# the Timeline17 folder beside the project, for the English sets' sentences (stand-off annotations)
export TARIKH_TLS_DEV="${TARIKH_TLS_DEV:-$(cd .. && pwd)/shared/data/tls-dev}"
./mvnw -B -q -pl entity-service test-compile
cp=$(./mvnw -B -q -pl entity-service dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
exec java -cp "entity-service/target/test-classes:entity-service/target/classes:$cp" org.tarikh.entity.time.TimexCorpusScore "$@"
