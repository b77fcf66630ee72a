#!/usr/bin/env bash
# Wegweiser's search against Pagefind over the same pages, in headless Chromium.
#
#   bench/suche/run.sh                          example region, then 1000, 10000, 100000 services
#   bench/suche/run.sh 1000                     example region and 1000 only
#   bench/suche/run.sh --ohne-swift-build --runden 3 --arbeitsordner /tmp/wwsuche 10000
#   bench/suche/run.sh --binary /tmp/alt/wegweiser --theme /tmp/alt/default   (measure another build)
#
# For every region: builds the site with Wegweiser (time of the whole build and of its search
# index phase, WEGWEISER_ZEITEN=1), indexes the service and event pages with Pagefind
# (`python3 -m pagefind --site … --glob '{angebote,termine}/*/index.html'`), then runs the
# query set bench/suche/anfragen.json through both in Chromium (bench/suche/messe.py) and
# prints the tables (bench/suche/bericht.py). Not part of any test; it only prints figures.
# The synthetic regions come from bench/erzeuge_region.py (fixed seed). Needs pip (pagefind,
# selenium), Chromium and chromedriver (scripts/install-browser-deps.sh).
set -euo pipefail

cd "$(dirname "$0")/../.."
WURZEL=$(pwd)
HEUTE=2026-11-21
ARBEIT=${TMPDIR:-/tmp}/wwsuche
SWIFT_BUILD=1
RUNDEN=5
BINARY=""
THEME_QUELLE="$WURZEL/themes/default"
GROESSEN=()

while [ $# -gt 0 ]; do
    case "$1" in
        --arbeitsordner) ARBEIT=$2; shift 2 ;;
        --ohne-swift-build) SWIFT_BUILD=0; shift ;;
        --runden) RUNDEN=$2; shift 2 ;;
        --binary) BINARY=$2; SWIFT_BUILD=0; shift 2 ;;
        --theme) THEME_QUELLE=$2; shift 2 ;;
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        -*) echo "Unbekannte Option: $1" >&2; exit 2 ;;
        *) [[ "$1" =~ ^[0-9]+$ ]] || { echo "Größe muss eine Zahl sein: $1" >&2; exit 2; }
           GROESSEN+=("$1"); shift ;;
    esac
done
[ ${#GROESSEN[@]} -gt 0 ] || GROESSEN=(1000 10000 100000)

# ------------------------------------------------------------------ tools
python3 -m pagefind --version >/dev/null 2>&1 || python3 -m pip install --quiet "pagefind[extended]"
python3 -c 'import selenium' 2>/dev/null || python3 -m pip install --quiet "selenium>=4.20,<5"
[ -x /usr/bin/time ] || { echo "/usr/bin/time fehlt (apt-get install time)" >&2; exit 1; }
[ -f bench/erzeuge_region.py ] || { echo "bench/erzeuge_region.py fehlt" >&2; exit 1; }

if [ "$SWIFT_BUILD" = 1 ]; then
    echo "== swift build -c release --product wegweiser" >&2
    swift build -c release --product wegweiser >&2
fi
[ -n "$BINARY" ] || BINARY="$WURZEL/.build/release/wegweiser"
[ -x "$BINARY" ] || { echo "$BINARY fehlt (swift build -c release --product wegweiser)" >&2; exit 1; }
# .build and themes/ are shared: measure a copy of the binary and the theme, taken together.
mkdir -p "$ARBEIT"
WW="$ARBEIT/ww"
THEME="$ARBEIT/theme"
cp "$BINARY" "$WW"
rm -rf "$THEME"; cp -r "$THEME_QUELLE" "$THEME"
ERG="$ARBEIT/ergebnisse"
rm -rf "$ERG"; mkdir -p "$ERG"
echo "pagefind $(python3 -m pagefind --version 2>&1 | tail -1), wegweiser $(sha256sum "$WW" | cut -c1-12)" > "$ERG/versionen.txt"

# ------------------------------------------------------------------ one region
region() {  # region <name> <content folder> [--beispiel [query file]]
    local name=$1 inhalt=$2 beispiel=${3:-} anfragen=${4:-bench/suche/anfragen.json}
    local site="$ARBEIT/site-$name"
    echo "== $name: Wegweiser baut" >&2
    rm -rf "$site"
    /usr/bin/time -f '%e %M' -o "$ERG/ww-zeit-$name.txt" env WEGWEISER_ZEITEN=1 \
        "$WW" build --content "$inhalt" --output "$site" --theme "$THEME" --today "$HEUTE" \
        > "$ERG/ww-bau-$name.log" 2>&1 || { tail -5 "$ERG/ww-bau-$name.log" >&2; exit 1; }
    echo "== $name: Pagefind indiziert" >&2
    /usr/bin/time -f '%e %M' -o "$ERG/pf-zeit-$name.txt" \
        python3 -m pagefind --site "$site" --glob '{angebote,termine}/*/index.html' \
        > "$ERG/pf-bau-$name.log" 2>&1 || { tail -5 "$ERG/pf-bau-$name.log" >&2; exit 1; }
    echo "== $name: Anfragen in Chromium" >&2
    python3 bench/suche/messe.py --site "$site" --inhalt "$inhalt" --runden "$RUNDEN" \
        --anfragen "$anfragen" --aus "$ERG/messung-$name.json" $beispiel
}

region beispiel "$WURZEL/content" --beispiel
# the blind region: written, with its queries, by someone who had not seen the search (bench/suche/blind/README.md)
region blind "$WURZEL/bench/suche/blind/region" --beispiel "$WURZEL/bench/suche/blind/anfragen.json"
# the second blind region (1 650 entries, a split index), made by its generator (bench/suche/blind2/README.md)
rm -rf "$ARBEIT/region-blind2"
python3 bench/suche/blind2/erzeugung/schreibe.py --ziel "$ARBEIT/region-blind2" >/dev/null
region blind2 "$ARBEIT/region-blind2" --beispiel "$WURZEL/bench/suche/blind2/anfragen.json"
# the third blind region (163 entries written by hand, few search terms), its queries assume 2026-11-22
HEUTE=2026-11-22 region blind3 "$WURZEL/bench/suche/blind3/region" --beispiel "$WURZEL/bench/suche/blind3/anfragen.json"
# the fourth blind region (131 entries, Ortsteile with names of two words), adversarial queries
HEUTE=2026-11-22 region blind4 "$WURZEL/bench/suche/blind4/region" --beispiel "$WURZEL/bench/suche/blind4/anfragen.json"
# the fifth blind region (a small town: many similar services, many events)
HEUTE=2026-11-22 region blind5 "$WURZEL/bench/suche/blind5/region" --beispiel "$WURZEL/bench/suche/blind5/anfragen.json"
# the sixth blind region (half the queries ask for what a page says besides its title)
HEUTE=2026-11-22 region blind6 "$WURZEL/bench/suche/blind6/region" --beispiel "$WURZEL/bench/suche/blind6/anfragen.json"
# the seventh blind region (a town with many similar services, thirteen kinds of query)
HEUTE=2026-11-22 region blind7 "$WURZEL/bench/suche/blind7/region" --beispiel "$WURZEL/bench/suche/blind7/anfragen.json"
HEUTE=2026-11-22 region blind8 "$WURZEL/bench/suche/blind8/region" --beispiel "$WURZEL/bench/suche/blind8/anfragen.json"
HEUTE=2026-11-22 region blind9 "$WURZEL/bench/suche/blind9/region" --beispiel "$WURZEL/bench/suche/blind9/anfragen.json"
HEUTE=2026-11-22 region blind10 "$WURZEL/bench/suche/blind10/region" --beispiel "$WURZEL/bench/suche/blind10/anfragen.json"
HEUTE=2026-11-22 region blind11 "$WURZEL/bench/suche/blind11/region" --beispiel "$WURZEL/bench/suche/blind11/anfragen.json"
HEUTE=2026-11-22 region blind12 "$WURZEL/bench/suche/blind12/region" --beispiel "$WURZEL/bench/suche/blind12/anfragen.json"
HEUTE=2026-11-22 region blind13 "$WURZEL/bench/suche/blind13/region" --beispiel "$WURZEL/bench/suche/blind13/anfragen.json"
HEUTE=2026-11-22 region blind14 "$WURZEL/bench/suche/blind14/region" --beispiel "$WURZEL/bench/suche/blind14/anfragen.json"
HEUTE=2026-11-22 region blind15 "$WURZEL/bench/suche/blind15/region" --beispiel "$WURZEL/bench/suche/blind15/anfragen.json"
HEUTE=2026-11-22 region blind16 "$WURZEL/bench/suche/blind16/region" --beispiel "$WURZEL/bench/suche/blind16/anfragen.json"
HEUTE=2026-11-22 region blind17 "$WURZEL/bench/suche/blind17/region" --beispiel "$WURZEL/bench/suche/blind17/anfragen.json"
HEUTE=2026-11-22 region blind18 "$WURZEL/bench/suche/blind18/region" --beispiel "$WURZEL/bench/suche/blind18/anfragen.json"
HEUTE=2026-11-22 region blind19 "$WURZEL/bench/suche/blind19/region" --beispiel "$WURZEL/bench/suche/blind19/anfragen.json"
HEUTE=2026-11-22 region blind20 "$WURZEL/bench/suche/blind20/region" --beispiel "$WURZEL/bench/suche/blind20/anfragen.json"
HEUTE=2026-11-22 region blind21 "$WURZEL/bench/suche/blind21/region" --beispiel "$WURZEL/bench/suche/blind21/anfragen.json"
HEUTE=2026-11-22 region blind22 "$WURZEL/bench/suche/blind22/region" --beispiel "$WURZEL/bench/suche/blind22/anfragen.json"
HEUTE=2026-11-22 region blind23 "$WURZEL/bench/suche/blind23/region" --beispiel "$WURZEL/bench/suche/blind23/anfragen.json"
HEUTE=2026-11-21 region blind24 "$WURZEL/bench/suche/blind24/region" --beispiel "$WURZEL/bench/suche/blind24/anfragen.json"
for n in "${GROESSEN[@]}"; do
    inhalt="$ARBEIT/region-$n"
    if [ ! -f "$inhalt.fertig" ]; then
        echo "== $n: Region erzeugen" >&2
        python3 bench/erzeuge_region.py --angebote "$n" --ziel "$inhalt" >&2
        touch "$inhalt.fertig"
    fi
    region "$n" "$inhalt"
done

python3 bench/suche/bericht.py "$ARBEIT" | tee "$ERG/bericht.md"
