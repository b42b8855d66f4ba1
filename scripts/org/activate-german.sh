#!/usr/bin/env bash
# Makes German an active Translation Workbench language, so the package's German labels, field
# translations and rating values are shown to German users. Enabling the Translation Workbench alone
# is not enough: a language's translations display only while its Translation record is active
# (Translation.IsActive, object reference API 47.0+). Idempotent.
#
# Usage: scripts/org/activate-german.sh --target-org <alias>
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

target_org=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --target-org|-o) target_org="${2:?--target-org needs a value}"; shift 2 ;;
        -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
        *) fail "unknown option $1 (see --help)" ;;
    esac
done
[[ -n "$target_org" ]] || fail "--target-org is required (see --help)"

step "Activating German (de) in the Translation Workbench of $target_org"
existing="$(sf data query --target-org "$target_org" --json \
    --query "SELECT Id, IsActive FROM Translation WHERE Language = 'de'" \
    | json_field result.records.0.Id || true)"
if [[ -n "$existing" ]]; then
    sf data update record --target-org "$target_org" --sobject Translation --record-id "$existing" \
        --values "IsActive=true"
else
    sf data create record --target-org "$target_org" --sobject Translation \
        --values "Language=de IsActive=true"
fi

active="$(sf data query --target-org "$target_org" --json \
    --query "SELECT IsActive FROM Translation WHERE Language = 'de'" \
    | json_field result.records.0.IsActive || true)"
[[ "$active" == "true" ]] || fail "German is still not active; is the Translation Workbench enabled (Setup → Translation Language Settings)?"
step "German is active"
