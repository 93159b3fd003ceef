#!/usr/bin/env bash
# First views of public pages after a fresh `load_demo`: with the image renditions that
# load_demo makes, then with those deleted (as it was before load_demo made them). A
# measurement on a database and media folder of its own, not a test: see bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
PORT=${PORT:-8137}
WORK=$(mktemp -d)
SERVER=""
trap '[ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; rm -rf "$WORK"' EXIT
export DATABASE_URL="sqlite:///$WORK/db.sqlite3" MEDIA_ROOT="$WORK/media"
export DJANGO_SETTINGS_MODULE=site_config.settings.dev

$PY manage.py migrate -v0 --noinput
/usr/bin/time -f "load_demo: %e s wall, %U s user CPU" $PY manage.py load_demo -v0

serve() {
    $PY manage.py runserver "127.0.0.1:$PORT" --noreload >"$WORK/server.log" 2>&1 &
    SERVER=$!
    for _ in $(seq 120); do
        curl -sf -o /dev/null "http://127.0.0.1:$PORT/robots.txt" && return
        sleep 0.5
    done
    echo "the server did not start" >&2; exit 1
}
views() {
    for url in / /features/ /columns/ /succession/ /portal/; do
        printf '  %-14s %s s\n' "$url" "$(curl -o /dev/null -s -w '%{time_total}' "http://127.0.0.1:$PORT$url")"
    done
}
stop() { kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=""; }

echo "first views, with the renditions load_demo made:"
serve; views; stop
$PY manage.py shell -c "from wagtail.images import get_image_model
get_image_model().get_rendition_model().objects.all().delete()"
echo "first views, with no renditions (before):"
serve; views; stop
