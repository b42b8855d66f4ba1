#!/usr/bin/env bash
# Promotes a package version to released, after checking it was built with code coverage and passed
# the 75 % check (a promoted version cannot be changed or deleted).
#
# Usage: scripts/org/package-promote.sh --dev-hub <alias> --version <04t…>
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

dev_hub=""
version_id=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --dev-hub) dev_hub="${2:?--dev-hub needs a value}"; shift 2 ;;
        --version) version_id="${2:?--version needs a value}"; shift 2 ;;
        -h|--help) sed -n '2,5p' "$0"; exit 0 ;;
        *) fail "unknown option $1 (see --help)" ;;
    esac
done
[[ -n "$dev_hub" ]] || fail "--dev-hub <alias> is required"
[[ "$version_id" =~ ^04t[A-Za-z0-9]{12}([A-Za-z0-9]{3})?$ ]] || fail "--version must be a subscriber package version id (04t…), was '$version_id'"

step "Checking code coverage of $version_id"
report="$(sf package version report --package "$version_id" --target-dev-hub "$dev_hub" --json)" \
    || fail "cannot read the version report: $(printf '%s' "$report" | json_field message || true)"
passed="$(printf '%s' "$report" | json_field result.HasPassedCodeCoverageCheck || echo false)"
coverage="$(printf '%s' "$report" | json_field result.CodeCoverage.apexCodeCoveragePercentage || echo unknown)"
[[ "$passed" == true ]] || fail "$version_id has not passed the code coverage check (coverage: $coverage %); create it with scripts/org/package-version.sh"

step "Promoting $version_id (coverage $coverage %)"
sf package version promote --package "$version_id" --target-dev-hub "$dev_hub" --no-prompt
