#!/usr/bin/env bash
# Creates a version of the "Beyond BANT" unlocked package with code coverage, so it can be promoted.
# Creates the package itself first when the Dev Hub does not have it yet (this adds its alias to
# sfdx-project.json: commit that change).
#
# Usage: scripts/org/package-version.sh --dev-hub <alias> [--tag <git tag or commit>]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

dev_hub=""
tag="$(git -C "$REPO_ROOT" rev-parse --short HEAD 2>/dev/null || true)"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --dev-hub) dev_hub="${2:?--dev-hub needs a value}"; shift 2 ;;
        --tag) tag="${2:?--tag needs a value}"; shift 2 ;;
        -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
        *) fail "unknown option $1 (see --help)" ;;
    esac
done
[[ -n "$dev_hub" ]] || fail "--dev-hub <alias> is required (the Dev Hub that owns the package)"

if ! node -e 'const p = require(process.argv[1]); process.exit(p.packageAliases && p.packageAliases[process.argv[2]] ? 0 : 1)' \
    "$REPO_ROOT/sfdx-project.json" "$PACKAGE_NAME"; then
    step "Creating the unlocked package \"$PACKAGE_NAME\" (no namespace)"
    sf package create --name "$PACKAGE_NAME" --package-type Unlocked --no-namespace --path force-app \
        --target-dev-hub "$dev_hub"
fi

step "Building the LWC JavaScript from the TypeScript sources"
(cd "$REPO_ROOT" && npm run build)

step "Creating a package version with code coverage (up to 30 minutes)"
tag_flag=()
[[ -n "$tag" ]] && tag_flag=(--tag "$tag")
result="$(sf package version create --package "$PACKAGE_NAME" --code-coverage --installation-key-bypass \
    --wait 30 --target-dev-hub "$dev_hub" "${tag_flag[@]}" --json)" || {
    printf '%s\n' "$result" | json_field message >&2 || printf '%s\n' "$result" >&2
    fail "package version create failed"
}
version_id="$(printf '%s' "$result" | json_field result.SubscriberPackageVersionId)" \
    || fail "no SubscriberPackageVersionId in the result: $result"

step "Created $version_id"
sf package version report --package "$version_id" --target-dev-hub "$dev_hub"
printf '\nInstall: npx sf package install --package %s --target-org <alias> --wait 20 --security-type AdminsOnly\n' "$version_id"
printf 'Or in a browser: /packaging/installPackage.apexp?p0=%s\n' "$version_id"
printf 'Promote for production installs: scripts/org/package-promote.sh --dev-hub %s --version %s\n' "$dev_hub" "$version_id"
