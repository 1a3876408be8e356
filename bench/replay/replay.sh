#!/bin/bash
# timeline-service and its database alone, on a replayed queue (docs/benchmarks.md, "PostgreSQL's cost of copies").
#   capture: java -cp 'bench/target/lib/*' bench/replay/Amqp.java bind <vhost> capture.enriched tarikh.enriched
#            (then run a bench scenario against that stack), ... Amqp.java dump <vhost> capture.enriched <file.bin>
#   replay:  bench/replay/replay.sh <quarkus-app dir> <file.bin> <label> [name suffix] [http port]
# A fresh virtual host and database (tarikh-replay<suffix>, tarikh_replay<suffix>: two suffixes and ports run two
# versions side by side), timeline-service alone, the captured messages published at once; until the queue is empty:
# timeline-service's CPU, the CPU of the backends of that database, pg_stat_statements (needs the extension loaded),
# index and table statistics, and every event compared with event_recount at the end. Local root only (rabbitmqctl,
# runuser postgres). Results in bench/target/replay/<label>-<time>/.
set -u
app=$1; corpus=$(realpath $2); label=$3; sfx=${4:-}; PORT=${5:-18190}
W=$(cd "$(dirname "$0")/../.." && pwd); VH=tarikh-replay$sfx; DB=tarikh_replay$sfx
out=$W/bench/target/replay/$label-$(date +%H%M%S); mkdir -p $out
rabbitmqctl -q delete_vhost $VH >/dev/null 2>&1; rabbitmqctl -q add_vhost $VH; rabbitmqctl -q set_permissions -p $VH guest '.*' '.*' '.*'
runuser -u postgres -- psql -qAt -c "drop database if exists $DB with (force)" -c "create database $DB owner tarikh"
cd $W/timeline-service
TARIKH_RABBITMQ_VHOST=$VH TARIKH_DB_NAME=$DB TARIKH_TIMELINE_CACHE_TTL=0s QUARKUS_LOG_CONSOLE_JSON_ENABLED=false MALLOC_ARENA_MAX=2 \
  nohup java -Xmx256m -XX:+UseSerialGC ${JFR:-} -Dquarkus.http.port=$PORT -jar $app/quarkus-run.jar > $out/timeline.log 2>&1 &
pid=$!
for i in $(seq 1 240); do curl -sf http://127.0.0.1:$PORT/q/health/ready >/dev/null && break; sleep 0.5; done
cd $W
ticks() { awk '{print $14+$15}' /proc/$1/stat; }
declare -A last
pgticks() { for p in $(pgrep -f "postgres: .* tarikh $DB "); do t=$(awk '{print $14+$15}' /proc/$p/stat 2>/dev/null) && last[$p]=$t; done; s=0; for p in "${!last[@]}"; do s=$((s+last[$p])); done; echo $s; }
pgticks >/dev/null; pg0=$(pgticks); t0=$(ticks $pid); w0=$(date +%s.%N); l0=$(cut -d' ' -f1 /proc/loadavg)
java -cp "$W/bench/target/lib/*" $W/bench/replay/Amqp.java load $VH tarikh.enriched $corpus 2>&1 | grep -v DEBUG
loads=()
n=0
while true; do
  pgticks >/dev/null
  q=$(rabbitmqctl -q list_queues -p $VH --no-table-headers name messages_ready messages_unacknowledged 2>/dev/null | awk '$1=="timeline.enriched"{print $2+$3}')
  [[ -n $q && $q != 0 ]] && seen=1
  if [[ ${seen:-} == 1 && $q == 0 ]]; then zeros=$((${zeros:-0}+1)); else zeros=0; fi
  n=$((n+1)); ((n % 10 == 0)) && loads+=($(cut -d' ' -f1 /proc/loadavg))
  ((n % 60 == 0)) && runuser -u postgres -- psql -d $DB -qAt -c "vacuum (analyze)" 
  ((zeros >= 7)) && break
  sleep 1
done
w1=$(date +%s.%N); t1=$(ticks $pid); pg1=$(pgticks)
dlq=$(rabbitmqctl -q list_queues -p $VH --no-table-headers name messages 2>/dev/null | awk '$1=="timeline.enriched.dlq"{print $2}')
q() { runuser -u postgres -- psql -d $DB -qAt -c "$1"; }
segs=$(q "select count(*) from segment"); arts=$(q "select count(*) from article"); evs=$(q "select count(*) from event"); srcs=$(q "select count(*) from event_source")
{
echo "label=$label app=$app corpus=$corpus"
echo "wall_s=$(echo "$w1 - $w0" | bc) timeline_cpu_s=$(echo "($t1 - $t0)/100" | bc -l | cut -c1-6) pg_cpu_s=$(echo "($pg1 - $pg0)/100" | bc -l | cut -c1-6)"
echo "articles=$arts segments=$segs events=$evs sources=$srcs dlq=$dlq load_start=$l0 loads=${loads[*]:-}"
echo "timeline_ms_per_article=$(echo "($t1 - $t0)*10/$arts" | bc -l | cut -c1-6) pg_ms_per_article=$(echo "($pg1 - $pg0)*10/$arts" | bc -l | cut -c1-6)"
} | tee $out/summary.txt
runuser -u postgres -- psql -d postgres -P pager=off -c "
select calls, round(total_exec_time::numeric,0) exec_ms, round(total_plan_time::numeric,0) plan_ms,
       round((total_exec_time/greatest(calls,1))::numeric,3) ms_call, rows, toplevel tl,
       left(regexp_replace(query, '\s+', ' ', 'g'), 150) q
  from pg_stat_statements where dbid = (select oid from pg_database where datname = '$DB')
 order by total_exec_time + total_plan_time desc limit 40" > $out/statements.txt
runuser -u postgres -- psql -d postgres -qAt -c "
select 'toplevel: calls ' || sum(calls) || ' exec_ms ' || round(sum(total_exec_time)::numeric) || ' plan_ms ' || round(sum(total_plan_time)::numeric)
  from pg_stat_statements where dbid = (select oid from pg_database where datname = '$DB') and toplevel" | tee -a $out/summary.txt
runuser -u postgres -- psql -d $DB -P pager=off -c "select relname, indexrelname, idx_scan, idx_tup_read from pg_stat_user_indexes order by relname, indexrelname" > $out/indexes.txt
runuser -u postgres -- psql -d $DB -P pager=off -c "select relname, n_tup_ins, n_tup_upd, n_tup_hot_upd, n_tup_del from pg_stat_user_tables order by relname" > $out/tables.txt
kill $pid; wait $pid 2>/dev/null
fp="select md5(string_agg(concat_ws('|', type, date_value, place_key, source_count, article_count, outlet_count, first_key, exact_key, exact_rank, killed, killed_min, killed_at_least, injured, injured_min, injured_at_least, figures_differ, langs::text, summary), ',' order by type, date_value, place_key, first_key)) from event"
row="concat_ws('|', source_count, article_count, outlet_count, first_key, exact_key, exact_rank, killed, killed_min, killed_at_least, injured, injured_min, injured_at_least, figures_differ, langs::text)"
q "create table fp_before as select id, $row as f from event"
f1=$(q "$fp"); q "select count(event_recount(id)) from event" >/dev/null; f2=$(q "$fp")
q "select b.id, b.f, $row from fp_before b join event e using (id) where b.f <> $row order by b.id limit 20" > $out/recount-diff.txt
echo "events differing from event_recount: $(q "select count(*) from fp_before b join event e using (id) where b.f <> $row")" | tee -a $out/summary.txt
echo "fingerprint=$f1 after_event_recount=$f2 $([[ $f1 == $f2 ]] && echo SAME || echo DIFFERENT)" | tee -a $out/summary.txt
echo "results in $out"
