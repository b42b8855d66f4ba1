# Shared settings for the org scripts; sourced, not run.
# shellcheck shell=bash
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PACKAGE_NAME="Beyond BANT"
PERMISSION_SETS=(BB_Qualification_Admin BB_Frameworks_Admin)

export SF_DISABLE_AUTOUPDATE=true SF_SKIP_NEW_VERSION_CHECK=true SF_DISABLE_TELEMETRY=true

# The project's pinned CLI (node_modules) unless a global `sf` is wanted via SF_BIN.
sf() {
    if [[ -n "${SF_BIN:-}" ]]; then
        "$SF_BIN" "$@"
    else
        (cd "$REPO_ROOT" && npx --no-install sf "$@")
    fi
}

step() {
    printf '\n==> %s\n' "$*" >&2
}

fail() {
    printf 'Error: %s\n' "$*" >&2
    exit 1
}

# Reads one field from JSON on stdin with a dotted path, e.g. json_field result.SubscriberPackageVersionId
json_field() {
    node -e '
        let text = "";
        process.stdin.on("data", (chunk) => (text += chunk)).on("end", () => {
            let value = JSON.parse(text);
            for (const key of process.argv[1].split(".")) value = value == null ? undefined : value[key];
            if (value === undefined || value === null) process.exit(3);
            process.stdout.write(String(value));
        });
    ' "$1"
}
