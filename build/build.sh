#!/usr/bin/env bash
# Build the Estate Platform solution and publish the deployable pieces:
#   artifacts/modules/<Dept>        one folder per module under src/Modules/<Dept>/
#   artifacts/test-modules/<Name>   test-only fixture modules under tests/Modules/<Name>/
#   artifacts/host                  the web host (Estate.Host.dll)
# Usage: [CONFIGURATION=Debug|Release] build/build.sh
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO"

CONFIGURATION=${CONFIGURATION:-Debug}
# Estate.Platform.sln (SDK 10's `dotnet new sln` makes .slnx; accept either).
SLN=Estate.Platform.sln
[ -f "$SLN" ] || [ ! -f Estate.Platform.slnx ] || SLN=Estate.Platform.slnx
ART="$REPO/artifacts"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Do not leave MSBuild worker nodes lingering after the build.
export MSBUILDDISABLENODEREUSE=1

# Short output, but errors are always shown.
MSB_FLAGS=(-nologo -v:minimal -clp:ErrorsOnly -tl:off)

if ! command -v dotnet >/dev/null 2>&1; then
  echo "build.sh: error: 'dotnet' not found on PATH (need the .NET 10 SDK)" >&2
  exit 1
fi
if [ ! -f "$SLN" ]; then
  echo "build.sh: error: $REPO/$SLN not found" >&2
  exit 1
fi

declare -a TIMINGS=()
phase() { # phase NAME CMD...
  local name="$1" start=$SECONDS
  shift
  echo "==> $name"
  "$@"
  TIMINGS+=("$(printf '%-36s %4ds' "$name" $((SECONDS - start)))")
}

# Release output is compiled ahead of time (ReadyToRun) for this machine's platform, which cuts the Host's cold
# start with every module by about a sixth (issue 7); that publish builds again for the runtime identifier.
READY_TO_RUN=()
if [ "$CONFIGURATION" = Release ]; then
  case "$(uname -m)" in x86_64) RID=linux-x64 ;; aarch64) RID=linux-arm64 ;; *) RID="" ;; esac
  [ -z "$RID" ] || READY_TO_RUN=(-r "$RID" --self-contained false -p:PublishReadyToRun=true)
fi

publish_to() { # publish_to CSPROJ OUTDIR [plain: test modules, never compiled ahead]
  if [ ${#READY_TO_RUN[@]} -gt 0 ] && [ "${3:-}" != plain ]; then
    dotnet publish "$1" -c "$CONFIGURATION" "${READY_TO_RUN[@]}" -o "$2" "${MSB_FLAGS[@]}"
  else
    dotnet publish "$1" -c "$CONFIGURATION" --no-restore --no-build -o "$2" "${MSB_FLAGS[@]}"
  fi
}

publish_modules() {
  # Modules: src/Modules/<Dept>/Estate.Modules.<X>/Estate.Modules.<X>.csproj, except *.Contracts
  # (contracts ship inside the module/host that references them).
  rm -rf "$ART/modules"
  mkdir -p "$ART/modules"
  local proj dept name n=0
  shopt -s nullglob
  for proj in src/Modules/*/Estate.Modules.*/*.csproj; do
    name=$(basename "$proj" .csproj)
    case "$name" in *.Contracts) continue ;; esac
    dept=$(basename "$(dirname "$(dirname "$proj")")")
    echo "    module $dept <- $proj"
    publish_to "$proj" "$ART/modules/$dept"
    n=$((n + 1))
  done
  shopt -u nullglob
  echo "    $n module(s) published to artifacts/modules"
}

publish_test_modules() {
  rm -rf "$ART/test-modules"
  mkdir -p "$ART/test-modules"
  local proj name n=0
  shopt -s nullglob
  for proj in tests/Modules/*/*.csproj; do
    name=$(basename "$(dirname "$proj")")
    echo "    test module $name <- $proj"
    publish_to "$proj" "$ART/test-modules/$name" plain
    n=$((n + 1))
  done
  shopt -u nullglob
  echo "    $n test module(s) published to artifacts/test-modules"
}

publish_host() {
  rm -rf "$ART/host"
  publish_to src/Host/Estate.Host.csproj "$ART/host"
}

# The Host provides the shared assemblies (SharedKernel, EF Core, MediatR, …): a module folder keeps only
# what the Host lacks, so every shared type has one identity and one version.
prune_shared_assemblies() {
  local folder file rel removed=0
  for folder in "$ART"/modules/* "$ART"/test-modules/*; do
    [ -d "$folder" ] || continue
    while IFS= read -r -d '' file; do
      rel=${file#"$folder"/}
      if [ -f "$ART/host/$rel" ]; then
        rm -f "$file"
        removed=$((removed + 1))
      fi
    done < <(find "$folder" -type f \( -name '*.dll' -o -name '*.pdb' \) -print0)
    find "$folder" -mindepth 1 -type d -empty -delete
  done
  echo "    $removed shared file(s) left to the host"
}

TOTAL_START=$SECONDS
echo "build.sh: configuration $CONFIGURATION"
phase "restore"              dotnet restore "$SLN" "${MSB_FLAGS[@]}"
phase "build ($CONFIGURATION)" dotnet build "$SLN" -c "$CONFIGURATION" --no-restore "${MSB_FLAGS[@]}"
phase "publish modules"      publish_modules
phase "publish test modules" publish_test_modules
phase "publish host"         publish_host
phase "prune shared assemblies" prune_shared_assemblies

echo "build.sh: done in $((SECONDS - TOTAL_START))s"
for t in "${TIMINGS[@]}"; do echo "    $t"; done
