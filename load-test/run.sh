#!/usr/bin/env bash
# The load test (issues 19, 28): the demo province scaled to RESIDENTS persons in PostgreSQL (the province's labour
# force by default), one instance on :8081, a second on :8082 against the same PostgreSQL and Elasticsearch, HAProxy on
# :8080 in front of both; after a warm-up that is not measured, Gatling (the loadtest Maven profile) runs the mix at each
# level of concurrent people against one instance, then against the two: for each MIX, "reads" (the readers alone) and
# "writes" (the same readers while a centre's 100,000-row graduates file and a 20,000-resident survey are imported and
# employers post vacancies). Printed: requests per second, p50/p95/p99 per request kind, errors, the knee (the first
# level whose p95 passes 1 s or that has errors), and how many times each instance counted the register during each
# level. Everything it starts, it stops.
#
#   load-test/run.sh   RESIDENTS=1100000 SECONDS_PER_LEVEL=60 LEVELS="25 100 200 400" MIXES="reads writes"
#   WARM_UP_PEOPLE=50 WARM_UP_SECONDS=90 (each instance measured is warmed up first, not measured)
#   INSTANCE_1_JAVA_OPTS=-XX:StartFlightRecording=filename=target/load/instance-1.jfr   (a CPU profile of instance 1)
set -euo pipefail
cd "$(dirname "$0")/.."

RESIDENTS=${RESIDENTS:-1100000}
SECONDS_PER_LEVEL=${SECONDS_PER_LEVEL:-60}
LEVELS=${LEVELS:-"25 100 200 400"}
MIXES=${MIXES:-"reads writes"}
MIXES_TWO=${MIXES_TWO-"writes"}   # against the two instances (MIXES_TWO="" for none)
GRADUATES=${GRADUATES:-100000}
SURVEYED=${SURVEYED:-20000}
WARM_UP_PEOPLE=${WARM_UP_PEOPLE:-50}
WARM_UP_SECONDS=${WARM_UP_SECONDS:-90}
DB=tq_workforce_load
WORK=target/load
PG="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
mkdir -p "$WORK"

command -v haproxy > /dev/null || apt-get install -y -q haproxy > /dev/null

pids=()
stop() {
    [ -f "$WORK/haproxy.pid" ] && kill "$(cat "$WORK/haproxy.pid")" 2> /dev/null || true
    for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2> /dev/null || true; done
}
trap stop EXIT

echo "== Building the application"
./mvnw -q -DskipTests package
JAR=$(ls target/workforce-*.jar | grep -v original | head -1)

echo "== A fresh database $DB"
$PG -c "drop database if exists $DB with (force)" -c "create database $DB encoding 'UTF8' template template0"
rm -rf "$WORK/imports" "$WORK/elasticsearch"

common=(--spring.profiles.active=demo
        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$DB?reWriteBatchedInserts=true"
        --spring.datasource.username=postgres --spring.datasource.password=
        "--workforce.imports.directory=$WORK/imports" --logging.level.root=WARN
        # HAProxy runs on this machine: the instances believe its X-Forwarded-For (README, "Trusted proxies").
        '--server.tomcat.remoteip.internal-proxies=127\.0\.0\.1|0:0:0:0:0:0:0:1'
        --logging.level.vn.tuyenquang.workforce=INFO --logging.level.org.springframework.batch=INFO)

echo "== Instance 1 on :8081, seeding the demo province with $RESIDENTS surveyed residents"
java -Xmx1g ${INSTANCE_1_JAVA_OPTS:-} -jar "$JAR" "${common[@]}" --server.port=8081 "--workforce.elasticsearch.local.directory=$WORK/elasticsearch" \
    "--workforce.demo.surveyed-residents=$RESIDENTS" > "$WORK/instance-1.log" 2>&1 &
pids+=($!)
until grep -q "labourSurveyImport\]\] completed" "$WORK/instance-1.log" 2> /dev/null; do
    if ! kill -0 "${pids[0]}" 2> /dev/null; then tail -30 "$WORK/instance-1.log"; exit 1; fi
    sleep 5
done
ES=$(grep -o "Local Elasticsearch ready at http://[0-9.:]*" "$WORK/instance-1.log" | head -1 | awk '{print $NF}')
echo "   persons: $($PG -d $DB -tA -c 'select count(*) from person'), Elasticsearch at $ES"

echo "== Instance 2 on :8082, same database, Elasticsearch and import storage"
java -Xmx1g -jar "$JAR" "${common[@]}" --server.port=8082 "--spring.elasticsearch.uris=$ES" > "$WORK/instance-2.log" 2>&1 &
pids+=($!)
until curl -sf http://127.0.0.1:8082/actuator/health/readiness > /dev/null; do sleep 2; done

echo "== HAProxy on :8080 in front of both"
haproxy -f load-test/haproxy.cfg -D -p "$WORK/haproxy.pid"
until curl -sf http://127.0.0.1:8080/actuator/health/readiness > /dev/null; do sleep 1; done

$PG -d $DB -c "\copy (select verification_code as code from certificate order by id limit 1000) to '$WORK/codes.csv' csv header"
# Each person of the load signs in with an account of their own, as staff do: 100 copies of each demo account the
# mix uses (same password), demo.truong.1 … demo.truong.100 and so on.
ACCOUNTS=100
$PG -d $DB -c "insert into app_user (id, username, display_name, password_hash, role, commune_code, enabled,
        must_change_password, created_at, centre_id, employer_id)
    select gen_random_uuid(), u.username || '.' || n, u.display_name || ' ' || n, u.password_hash, u.role,
        u.commune_code, true, false, now(), u.centre_id, u.employer_id
    from app_user u cross join generate_series(1, $ACCOUNTS) n where u.username in ('demo.so', 'demo.truong', 'demo.dn')"
# The demo centre whose staff upload the graduates files, and its courses' codes.
CENTRE=$($PG -d $DB -tA -c "select centre_id from app_user where username = 'demo.truong'")
COURSES=$($PG -d $DB -tA -c "select string_agg(code, ',') from course where centre_id = '$CENTRE'")

# How many times each instance has counted the register so far (the indicators count once per change of the register,
# not once per view: the figure printed after each level says how many counts the level's views cost).
recounts() {
    for port in 8081 8082; do
        curl -s "http://127.0.0.1:$port/actuator/info" | python3 -c \
            'import json,sys; print(json.load(sys.stdin).get("indicators", {}).get("registerRecounts", "?"), end=" ")'
    done
}

gatling() { # base users seconds mix seed log
    local writes=false
    [ "$4" = writes ] && writes=true
    ./mvnw -q -Ploadtest test-compile gatling:test -Dload.base="$1" -Dload.users="$2" -Dload.seconds="$3" \
        -Dload.codes="$PWD/$WORK/codes.csv" -Dload.writes=$writes -Dload.seed="$5" -Dload.centre="$CENTRE" \
        -Dload.courses="$COURSES" -Dload.graduates="$GRADUATES" -Dload.surveyed="$SURVEYED" \
        -Dload.files="$PWD/$WORK/files" -Dload.accounts="$ACCOUNTS" > "$6" 2>&1 || true
}

# Long enough for the JIT to have compiled the pages' code: after 30 s at 25 people its compiler threads still took a
# quarter of a core during the first measured minute (JFR, issue 28).
echo "== Warm-up (not measured): $WARM_UP_PEOPLE people for $WARM_UP_SECONDS s on each instance"
gatling http://127.0.0.1:8081 "$WARM_UP_PEOPLE" "$WARM_UP_SECONDS" reads 0 "$WORK/gatling-warm-up-1.log"
[ -z "$MIXES_TWO" ] || gatling http://127.0.0.1:8082 "$WARM_UP_PEOPLE" "$WARM_UP_SECONDS" reads 0 "$WORK/gatling-warm-up-2.log"

summaries=()
seed=0
echo "== This machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; load average before the levels: $(cut -d' ' -f1-3 /proc/loadavg)"
for target in "one instance|http://127.0.0.1:8081|$MIXES" "two instances|http://127.0.0.1:8080|$MIXES_TWO"; do
    name=${target%%|*}; rest=${target#*|}; base=${rest%%|*}; mixes=${rest#*|}
    for users in $LEVELS; do
        for mix in $mixes; do
            seed=$((seed + 1))
            echo "== $name, $users people at once, $mix, ${SECONDS_PER_LEVEL}s"
            before=$(recounts)
            # Each level's log is its own (instance count, level and mix in its name), so that no run overwrites another.
            gatling "$base" "$users" "$SECONDS_PER_LEVEL" "$mix" "$seed" "$WORK/gatling-${name// /-}-$users-$mix.log"
            echo "   register counts on :8081 and :8082 before the level: $before, after it: $(recounts);" \
                "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
            run=$(ls -td target/gatling/provinceloadsimulation-* | head -1)
            summaries+=("$name, $mix|$users|$run")
            # The imports of a writing level finish before the next level starts, so that each level measures its own.
            # (at most ten minutes: an import that failed is left for its log to tell)
            for _ in $(seq 1 120); do
                [ "$($PG -d $DB -tA -c "select count(*) from import_run where finished_at is null")" = 0 ] && break
                sleep 5
            done
        done
    done
done

echo
echo "== Figures (rps: requests per second sustained; times in ms)"
python3 load-test/summary.py "${summaries[@]}"
