#!/usr/bin/env bash
# Creates a scratch org from config/project-scratch-def.json, deploys both packages' source, switches on
# field history and German (as partners do after an install), assigns the admin permission sets, runs
# the Apex tests with code coverage, loads the sample data and checks the Apex engine against the
# conformance vectors (verify-org).
#
# Usage: scripts/org/scratch-setup.sh [--alias bb-dev] [--dev-hub <alias>] [--days 7] [--no-seed]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

alias_name="bb-dev"
dev_hub=""
days=7
seed=true
while [[ $# -gt 0 ]]; do
    case "$1" in
        --alias) alias_name="${2:?--alias needs a value}"; shift 2 ;;
        --dev-hub) dev_hub="${2:?--dev-hub needs a value}"; shift 2 ;;
        --days) days="${2:?--days needs a value}"; shift 2 ;;
        --no-seed) seed=false; shift ;;
        -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
        *) fail "unknown option $1 (see --help)" ;;
    esac
done
[[ "$days" =~ ^[0-9]+$ ]] && (( days >= 1 && days <= 30 )) || fail "--days must be 1-30 (was $days)"
hub_flag=()
[[ -n "$dev_hub" ]] && hub_flag=(--target-dev-hub "$dev_hub")

step "Building the LWC JavaScript from the TypeScript sources"
(cd "$REPO_ROOT" && npm run build)

step "Creating scratch org $alias_name ($days days)"
sf org create scratch --definition-file "$REPO_ROOT/config/project-scratch-def.json" --alias "$alias_name" \
    --duration-days "$days" --wait 20 "${hub_flag[@]}"

# Every package directory of sfdx-project.json in its order, dependencies first: Beyond BANT (force-app),
# then Beyond BANT Frameworks (frameworks-app), as an org installs the two packages.
while IFS= read -r package_dir; do
    step "Deploying $package_dir"
    sf project deploy start --source-dir "$REPO_ROOT/$package_dir" --target-org "$alias_name" --wait 30
done < <(node -e 'for (const d of require(process.argv[1]).packageDirectories || []) if (d.package) console.log(d.path)' \
    "$REPO_ROOT/sfdx-project.json")

# The package carries no field history (an unlocked package cannot install it); switch it on the way
# partners do after an install. The scratch definition has already turned Lead history on.
step "Switching on field history of Qualification Status and Score"
(cd "$REPO_ROOT" && npm run org:enable-history -- --target-org "$alias_name")

# German labels only show while German is an active Translation Workbench language.
bash "$REPO_ROOT/scripts/org/activate-german.sh" --target-org "$alias_name"

step "Assigning permission sets: ${PERMISSION_SETS[*]}"
permset_flags=()
for name in "${PERMISSION_SETS[@]}"; do permset_flags+=(--name "$name"); done
sf org assign permset --target-org "$alias_name" "${permset_flags[@]}"

step "Running the Apex tests with code coverage"
mkdir -p "$REPO_ROOT/artifacts/apex-tests"
sf apex run test --target-org "$alias_name" --test-level RunLocalTests --code-coverage \
    --result-format human --output-dir "$REPO_ROOT/artifacts/apex-tests" --wait 30

if [[ "$seed" == true ]]; then
    step "Loading the sample Leads and Opportunities"
    (cd "$REPO_ROOT" && npm run seed -- --target-org "$alias_name")
fi

step "Checking the Apex engine against the conformance vectors"
(cd "$REPO_ROOT" && npm run verify-org -- --target-org "$alias_name")

step "Done. Open the org with: npx sf org open --target-org $alias_name"
