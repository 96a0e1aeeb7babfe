#!/usr/bin/env bash
# Runs every test of the solution on a fresh machine and ends with the line "N passed, N failed".
# Usage: bash scripts/test.sh [extra dotnet test arguments, e.g. --filter FullyQualifiedName~Golden]
set -uo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v dotnet >/dev/null 2>&1; then
    echo "dotnet SDK not found: install the .NET 10 SDK (see global.json)" >&2
    echo "0 passed, 1 failed"
    exit 1
fi

# PostgreSQL for the test of two Hangfire servers sharing one storage (tests/Analytics.Web.Tests/PostgresRefreshTests):
# Debian's package, installed when missing; a throwaway cluster in a temporary folder on a free local port, run as the
# postgres user (initdb refuses root); ANALYTICS_TEST_POSTGRES points at it; stopped and removed when the script exits.
# A connection string already in ANALYTICS_TEST_POSTGRES is used as it is. Without PostgreSQL it says why and goes on
# (the test then passes with that reason outside CI, and fails under CI).
setup_postgres() {
    [ -z "${ANALYTICS_TEST_POSTGRES:-}" ] || return 0
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [ -z "$bin" ]; then
        if ! command -v apt-get >/dev/null 2>&1 || [ "$(id -u)" -ne 0 ]; then
            echo "setup_postgres: PostgreSQL is not installed and apt-get is unavailable (or not root): the PostgreSQL test cannot run" >&2
            return 0
        fi
        echo "setup_postgres: installing PostgreSQL from Debian's packages" >&2
        if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >/dev/null 2>&1; then
            echo "setup_postgres: apt-get install postgresql failed: the PostgreSQL test cannot run" >&2
            return 0
        fi
        bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    fi

    postgres_run=()
    if [ "$(id -u)" -eq 0 ]; then
        postgres_run=(runuser -u postgres --)
    fi
    postgres_bin=$bin
    postgres_dir=$(mktemp -d "${TMPDIR:-/tmp}/analytics-postgres.XXXXXX")
    [ "$(id -u)" -ne 0 ] || chown postgres "$postgres_dir"
    local previous
    previous=$(trap -p EXIT | sed -e "s/^trap -- '//" -e "s/' EXIT\$//")
    trap -- "${previous:+$previous; }stop_postgres" EXIT

    if ! "${postgres_run[@]}" "$bin/initdb" -D "$postgres_dir/data" -U postgres -A trust -E UTF8 --no-locale --no-sync >"$postgres_dir/initdb.log" 2>&1; then
        echo "setup_postgres: initdb failed: $(tail -n 3 "$postgres_dir/initdb.log")" >&2
        return 0
    fi

    local port attempt started=
    for attempt in 1 2 3 4 5; do
        port=$((20000 + RANDOM % 20000))
        # a port something already answers on is taken
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            continue
        fi
        if "${postgres_run[@]}" "$bin/pg_ctl" -D "$postgres_dir/data" -l "$postgres_dir/server.log" -w -t 60 \
            -o "-p $port -k $postgres_dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >/dev/null 2>&1; then
            started=yes
            break
        fi
    done
    if [ -z "$started" ] || ! "${postgres_run[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres analytics_test >/dev/null 2>&1; then
        echo "setup_postgres: PostgreSQL did not start: $(tail -n 3 "$postgres_dir/server.log" 2>/dev/null)" >&2
        return 0
    fi
    export ANALYTICS_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=analytics_test"
    echo "setup_postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
}

stop_postgres() {
    [ -n "${postgres_dir:-}" ] || return 0
    "${postgres_run[@]}" "$postgres_bin/pg_ctl" -D "$postgres_dir/data" -m immediate stop >/dev/null 2>&1
    rm -rf "$postgres_dir"
}

# Chromium for the browser tests (tests/Analytics.Dashboards.Tests): Debian's package and CJK fonts, installed when
# /usr/bin/chromium (or the fonts, without which Chinese shows as boxes) is missing; Playwright drives it through its
# ExecutablePath (its own browser download does not work here).
setup_chromium() {
    if [ -x /usr/bin/chromium ] && compgen -G "/usr/share/fonts/opentype/noto/NotoSansCJK-*" >/dev/null; then
        return 0
    fi
    if ! command -v apt-get >/dev/null 2>&1 || [ "$(id -u)" -ne 0 ]; then
        echo "setup_chromium: /usr/bin/chromium is missing and apt-get is unavailable (or not root): the browser tests will fail" >&2
        return 0
    fi
    echo "setup_chromium: installing chromium and fonts-noto-cjk from Debian's packages" >&2
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk; } >/dev/null 2>&1; then
        echo "setup_chromium: apt-get install chromium fonts-noto-cjk failed: the browser tests will fail" >&2
    fi
}

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

setup_postgres
setup_chromium

dotnet test Analytics.sln --logger "trx;LogFilePrefix=run" --results-directory "$results" "$@"
status=$?

passed=0
failed=0
for trx in "$results"/*.trx; do
    [ -e "$trx" ] || continue
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
    p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
    f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
    passed=$((passed + ${p:-0}))
    failed=$((failed + ${f:-0}))
done

# a build failure runs no test: count it as a failure so it cannot pass silently
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
    failed=1
fi
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
    echo "no test ran" >&2
    failed=1
fi

echo "${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ]
