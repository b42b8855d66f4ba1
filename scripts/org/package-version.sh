#!/usr/bin/env bash
# Creates versions of the project's unlocked packages with code coverage, so they can be promoted:
# "Beyond BANT" (force-app) and "Beyond BANT Frameworks" (frameworks-app, which depends on it), in the
# order sfdx-project.json declares them, dependencies first. Creates a package first when the Dev Hub
# does not have it yet (this adds its alias to sfdx-project.json: commit that change).
#
# Usage: scripts/org/package-version.sh --dev-hub <alias> [--package <name>]... [--tag <git tag or commit>]
#          [--installation-key-file <file>] [--release]
#   --package   build only this package (repeatable); default: every package of sfdx-project.json
#   --release   a dependency this run does not build must be a promoted version (x.y.z.RELEASED)
#   --installation-key-file  protect the versions with the key on the file's first line (or set
#               BB_INSTALLATION_KEY); without either, versions install without a key (--installation-key-bypass)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

dev_hub=""
tag="$(git -C "$REPO_ROOT" rev-parse --short HEAD 2>/dev/null || true)"
wanted=()
installation_key="${BB_INSTALLATION_KEY:-}"
release=""
# The project file (a test points this at a copy); the CLI reads the one in the repository root.
project_file="${BB_PROJECT_FILE:-$REPO_ROOT/sfdx-project.json}"
# Moves dependency versions in the project file (scripts/org/packaging/dependencyVersions.ts says why).
dependency_version() {
    "$REPO_ROOT/node_modules/.bin/tsx" "$REPO_ROOT/scripts/org/dependency-version.ts" --project "$project_file" "$@"
}
while [[ $# -gt 0 ]]; do
    case "$1" in
        --dev-hub) dev_hub="${2:?--dev-hub needs a value}"; shift 2 ;;
        --package) wanted+=("${2:?--package needs a value}"); shift 2 ;;
        --tag) tag="${2:?--tag needs a value}"; shift 2 ;;
        --installation-key-file)
            key_file="${2:?--installation-key-file needs a file}"
            [[ -r "$key_file" ]] || fail "cannot read the installation key file $key_file"
            IFS= read -r installation_key <"$key_file" || true
            [[ -n "$installation_key" ]] || fail "the installation key file $key_file is empty"
            shift 2 ;;
        --release) release=1; shift ;;
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        *) fail "unknown option $1 (see --help)" ;;
    esac
done
[[ -n "$dev_hub" ]] || fail "--dev-hub <alias> is required (the Dev Hub that owns the packages)"

# One line per packaged directory, in sfdx-project.json order: name<TAB>path<TAB>dependency names (;-separated).
packages="$(node -e '
    const project = require(process.argv[1]);
    for (const entry of project.packageDirectories || []) {
        if (!entry.package) continue;
        const dependencies = (entry.dependencies || []).map((d) => String(d.package).replace(/@[^@]*$/, ""));
        console.log([entry.package, entry.path, dependencies.join(";")].join("\t"));
    }
' "$project_file")"

declare -A known=()
while IFS=$'\t' read -r name _path _dependencies; do known["$name"]=1; done <<<"$packages"
for name in "${wanted[@]}"; do
    [[ -n "${known[$name]:-}" ]] || fail "no package \"$name\" in sfdx-project.json (known: $(cut -f1 <<<"$packages" | paste -sd, -))"
done

has_alias() {
    node -e 'const p = require(process.argv[1]); process.exit(p.packageAliases && p.packageAliases[process.argv[2]] ? 0 : 1)' \
        "$project_file" "$1"
}

step "Building the LWC JavaScript from the TypeScript sources"
(cd "$REPO_ROOT" && npm run build)

tag_flag=()
[[ -n "$tag" ]] && tag_flag=(--tag "$tag")
# The key comes from a file or the environment, never from this script's arguments, and is never printed.
key_flag=(--installation-key-bypass)
[[ -n "$installation_key" ]] && key_flag=(--installation-key "$installation_key")
declare -A built=()
created=()
if [[ -n "$release" ]]; then
    # Dependencies built in this run are moved to their new build after it, below.
    except=()
    while IFS=$'\t' read -r name _path _dependencies; do
        if [[ ${#wanted[@]} -eq 0 ]]; then except+=(--except "$name"); continue; fi
        for want in "${wanted[@]}"; do [[ "$want" == "$name" ]] && except+=(--except "$name"); done
    done <<<"$packages"
    dependency_version --released "${except[@]}"
fi
while IFS=$'\t' read -r name path dependencies; do
    if [[ ${#wanted[@]} -gt 0 ]]; then
        chosen=""
        for want in "${wanted[@]}"; do [[ "$want" == "$name" ]] && chosen=1; done
        [[ -n "$chosen" ]] || continue
    fi
    IFS=';' read -r -a needs <<<"$dependencies"
    for dependency in "${needs[@]}"; do
        [[ -z "$dependency" || -n "${built[$dependency]:-}" ]] && continue
        # Not the newest version in the Dev Hub: x.y.z.LATEST is the newest build of x.y.z only.
        printf 'Note: "%s" depends on "%s", which this run does not build: the version sfdx-project.json names is used (x.y.z.LATEST = newest build of x.y.z, x.y.z.RELEASED = its promoted build).\n' \
            "$name" "$dependency" >&2
    done
    if ! has_alias "$name"; then
        step "Creating the unlocked package \"$name\" (no namespace, $path)"
        sf package create --name "$name" --package-type Unlocked --no-namespace --path "$path" \
            --target-dev-hub "$dev_hub"
    fi
    step "Creating a version of \"$name\" with code coverage (up to 30 minutes)"
    result="$(sf package version create --package "$name" --code-coverage "${key_flag[@]}" \
        --wait 30 --target-dev-hub "$dev_hub" "${tag_flag[@]}" --json)" || {
        printf '%s\n' "$result" | json_field message >&2 || printf '%s\n' "$result" >&2
        fail "package version create failed for \"$name\""
    }
    version_id="$(printf '%s' "$result" | json_field result.SubscriberPackageVersionId)" \
        || fail "no SubscriberPackageVersionId in the result: $result"
    built["$name"]="$version_id"
    created+=("$name=$version_id")
    version_number="$(sf package version report --package "$version_id" --target-dev-hub "$dev_hub" --json \
        | json_field result.Version)" || fail "no version number for $version_id"
    step "Created $name $version_number: $version_id"
    # Packages built after this one (and later runs) depend on this build, not on an older x.y.z.
    dependency_version --built "$name" --version "$version_number"
done <<<"$packages"

[[ ${#created[@]} -gt 0 ]] || fail "nothing to build"
printf '\nInstall in this order (dependencies first):\n'
key_hint=""
[[ -n "$installation_key" ]] && key_hint=" --installation-key <key>"
for entry in "${created[@]}"; do
    printf '  npx sf package install --package %s%s --target-org <alias> --wait 20 --security-type AdminsOnly   # %s\n' \
        "${entry#*=}" "$key_hint" "${entry%%=*}"
done
printf 'Promote for production installs, dependencies first: scripts/org/package-promote.sh --dev-hub %s --version <04t…>\n' "$dev_hub"
