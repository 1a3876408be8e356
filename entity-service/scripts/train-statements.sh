#!/usr/bin/env bash
# Learns the Arabic statement model (resources/events/statement-model.tsv) from the dev half of docs/eval/events-ar.tsv
# (docs/events-eval.md, round 4). Reads the articles from ../shared/data at run time; never part of ./tarikh test.
# usage: entity-service/scripts/train-statements.sh [--data DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
export TARIKH_SHARED_DATA="${TARIKH_SHARED_DATA:-$(cd .. && pwd)/shared/data}"
./mvnw -B -q -pl entity-service test-compile
cp=$(./mvnw -B -q -pl entity-service dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
exec java ${TRAIN_OPTS:-} -cp "entity-service/target/test-classes:entity-service/target/classes:$cp" org.tarikh.entity.events.StatementTrainer "$@"
