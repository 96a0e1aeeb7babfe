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

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

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
