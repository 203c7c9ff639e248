#!/usr/bin/env bash
# sitegen against Hugo and a bare libcmark loop on the same generated bilingual corpus.
#
#   Tests/Benchmarks/run.sh                      # 2k, 10k and 20k pages, 5 runs each
#   SIZES="2000" RUNS=3 Tests/Benchmarks/run.sh  # quicker
#
# Prints one line per size: median wall time, CPU time (user + system) and peak RSS of each
# tool, and the ratios sitegen/Hugo and sitegen/loop; then the largest corpus with three terms
# of a taxonomy on every page against the same without; the G-CITY site's build time; and how
# long `sitegen serve` takes to serve an edit to one page of the smallest corpus.
#
# With PAGEFIND=1 (the default) each size gets a second line: Hugo followed by Pagefind (the
# search index a Hugo site would add to have what sitegen's search has), and sitegen's wall
# time against both. Pagefind comes from PyPI (pip download, pinned hash); PAGEFIND=0 skips it.
# Corpora and outputs live on tmpfs (/dev/shm) so the disk is not what is measured.
set -euo pipefail

cd "$(dirname "$0")/../.."
SIZES=${SIZES:-"2000 10000 20000"}
RUNS=${RUNS:-5}
SEED=${SEED:-1}
WORK=${WORK:-/dev/shm/sitegen-bench}
SWIFT=${SWIFT:-swift}

# Hugo and GNU time from Debian when missing.
if ! command -v hugo >/dev/null || [ ! -x /usr/bin/time ]; then
    echo "Installing hugo and time from Debian…" >&2
    SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo time >/dev/null \
        || { $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo time >/dev/null; }
fi

# Pagefind's extended binary (it segments Japanese), from its wheel on PyPI.
PAGEFIND=${PAGEFIND:-1}
PAGEFIND_BIN=$WORK/pagefind/pagefind_bin_extended/pagefind_extended
if [ "$PAGEFIND" = 1 ] && [ ! -x "$PAGEFIND_BIN" ]; then
    if ! /usr/bin/python3 -m pip --version >/dev/null 2>&1; then
        echo "Installing python3-pip from Debian…" >&2
        SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
        $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-pip >/dev/null
    fi
    echo "Downloading Pagefind from PyPI…" >&2
    mkdir -p "$WORK/pagefind"
    /usr/bin/python3 -m pip download --quiet --no-deps --only-binary=:all: --require-hashes \
        -r Tests/Benchmarks/pagefind-requirements.txt -d "$WORK/pagefind" >&2
    /usr/bin/python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' \
        "$(ls "$WORK"/pagefind/pagefind_bin_extended-*.whl)" "$WORK/pagefind"
    chmod +x "$PAGEFIND_BIN"
fi

echo "Building sitegen and sitegen-bench in release mode…" >&2
$SWIFT build -c release --product sitegen >&2
$SWIFT build -c release --product sitegen-bench >&2
BIN=$($SWIFT build -c release --show-bin-path)
SITEGEN=$BIN/sitegen
BENCH=$BIN/sitegen-bench

mkdir -p "$WORK"
OUT=$WORK/out

# measure NAME CMD…: runs CMD $RUNS times with a fresh output folder and sets
# WALL, CPU (seconds) and RSS (MB) to the medians.
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
measure() {
    local walls="" cpus="" rsss="" stats
    stats=$(mktemp)
    for _ in $(seq "$RUNS"); do
        rm -rf "$OUT"
        if ! /usr/bin/time -f '%e %U %S %M' -o "$stats" "$@" >/dev/null 2>"$stats.err"; then
            echo "failed: $*" >&2
            cat "$stats.err" >&2
            exit 1
        fi
        read -r wall user system rss < <(tail -n 1 "$stats")
        walls+="$wall"$'\n'
        cpus+="$(awk "BEGIN { print $user + $system }")"$'\n'
        rsss+="$(awk "BEGIN { printf \"%.0f\", $rss / 1024 }")"$'\n'
    done
    WALL=$(printf '%s' "$walls" | median)
    CPU=$(printf '%s' "$cpus" | median)
    RSS=$(printf '%s' "$rsss" | median)
    rm -f "$stats" "$stats.err"
}
ratio() { awk "BEGIN { printf \"%.2f\", $1 / $2 }"; }

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ { print $2 }') GB"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(hugo version | cut -d' ' -f1-2); libcmark $(pkg-config --modversion libcmark 2>/dev/null || echo '?'); $RUNS runs, medians"
printf '%-6s | %-24s | %-24s | %-24s | %s\n' pages "sitegen wall/cpu/rss" "hugo wall/cpu/rss" "cmark loop wall/cpu/rss" "sitegen/hugo wall, rss; sitegen/loop wall"
declare -A SITEGEN_RSS
for size in $SIZES; do
    corpus=$WORK/corpus-$size
    if [ ! -f "$corpus/.seed-$SEED" ]; then
        "$BENCH" generate --pages "$size" --seed "$SEED" --templates templates --output "$corpus" >&2
        touch "$corpus/.seed-$SEED"
    fi
    measure "$SITEGEN" build --quiet --source "$corpus/sitegen" --output "$OUT"
    sw=$WALL sc=$CPU sr=$RSS sf=$(find "$OUT" -type f | wc -l)
    SITEGEN_RSS[$size]=$sr
    measure hugo --quiet --source "$corpus/hugo" --destination "$OUT" --cacheDir "$WORK/hugo-cache"
    hw=$WALL hc=$CPU hr=$RSS hf=$(find "$OUT" -type f | wc -l)
    measure "$BENCH" loop --threads 2 "$corpus/sitegen/content"
    lw=$WALL lc=$CPU lr=$RSS
    printf '%-6s | %5ss %5ss %7sMB | %5ss %5ss %7sMB | %5ss %5ss %7sMB | %s, %s; %s (files: sitegen %s, hugo %s)\n' "$size" \
        "$sw" "$sc" "$sr" "$hw" "$hc" "$hr" "$lw" "$lc" "$lr" \
        "$(ratio "$sw" "$hw")" "$(ratio "$sr" "$hr")" "$(ratio "$sw" "$lw")" "$sf" "$hf"
    if [ "$PAGEFIND" = 1 ]; then
        measure bash -c 'hugo --quiet --source "$1/hugo" --destination "$2" --cacheDir "$3" && "$4" --site "$2" --quiet' \
            _ "$corpus" "$OUT" "$WORK/hugo-cache" "$PAGEFIND_BIN"
        printf '%-6s | hugo + pagefind %ss %ss %sMB | sitegen/(hugo + pagefind) wall %s, rss %s\n' "$size" \
            "$WALL" "$CPU" "$RSS" "$(ratio "$sw" "$WALL")" "$(ratio "$sr" "$RSS")"
    fi
done
sizes=($SIZES)
if [ "${#sizes[@]}" -gt 1 ]; then
    first=${sizes[0]} last=${sizes[-1]}
    echo "sitegen peak RSS from $first to $last pages: ×$(ratio "${SITEGEN_RSS[$last]}" "${SITEGEN_RSS[$first]}") for ×$(ratio "$last" "$first") pages"
fi
# Taxonomies: the largest corpus again with three terms of 30 on every page (labels from a
# terms file), against the same corpus without, run in turns so that both see the same load.
last=${sizes[-1]}
terms_corpus=$WORK/corpus-$last-terms
if [ ! -f "$terms_corpus/.seed-$SEED" ]; then
    "$BENCH" generate --pages "$last" --seed "$SEED" --templates templates --terms 30 --output "$terms_corpus" >&2
    touch "$terms_corpus/.seed-$SEED"
fi
plain_walls="" terms_walls=""
for _ in $(seq "$RUNS"); do
    RUNS_SAVED=$RUNS RUNS=1
    measure "$SITEGEN" build --quiet --source "$WORK/corpus-$last/sitegen" --output "$OUT"
    plain_walls+="$WALL"$'\n'
    measure "$SITEGEN" build --quiet --source "$terms_corpus/sitegen" --output "$OUT"
    terms_walls+="$WALL"$'\n' terms_rss=$RSS
    RUNS=$RUNS_SAVED
done
pw=$(printf '%s' "$plain_walls" | median) tw=$(printf '%s' "$terms_walls" | median)
echo "$last pages with 3 terms each (30 terms, 2 × 30 term pages + feeds): ${tw}s wall against ${pw}s without (×$(ratio "$tw" "$pw")), ${terms_rss}MB peak RSS, $(find "$OUT" -type f | wc -l) files"

measure "$SITEGEN" build --quiet --source . --output "$OUT"
echo "G-CITY site (content/): ${WALL}s wall, ${CPU}s CPU, ${RSS}MB peak RSS"

# sitegen serve: one page of the smallest corpus edited again and again, from the save to the
# page being served (what an author waits for), and the rebuild alone as serve logs it.
serve_site=$WORK/serve-site
rm -rf "$serve_site"
cp -a "$WORK/corpus-${sizes[0]}/sitegen" "$serve_site"
# The first event page, by glob (a pipe into `head` can end in SIGPIPE, fatal under pipefail).
edited=""
for candidate in "$serve_site"/content/events/*.en.md; do
    case "$candidate" in */_index.en.md) continue ;; esac
    edited=$candidate
    break
done
"$SITEGEN" serve --source "$serve_site" --port 0 >"$WORK/serve.log" 2>&1 &
serve_pid=$!
port=""
for _ in $(seq 600); do
    port=$(sed -n 's|.*serving on http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$WORK/serve.log" | head -n 1)
    [ -n "$port" ] && break
    sleep 0.1
done
if [ -n "$port" ]; then
    probe=$("$BENCH" edit --file "$edited" --port "$port" --path "/en/events/$(basename "$edited" .en.md)/" --runs 7)
    rebuild=$(grep -o 'files in [0-9]* ms (.*rendered only' "$WORK/serve.log" | sed 's/files in \([0-9]*\) ms.*/\1/' | median)
    echo "sitegen serve, ${sizes[0]} pages, one page edited: saved → served $probe; rebuild alone median ${rebuild} ms"
else
    echo "sitegen serve did not start:" >&2
    cat "$WORK/serve.log" >&2
fi
kill "$serve_pid" 2>/dev/null || true
wait "$serve_pid" 2>/dev/null || true
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$OUT"
