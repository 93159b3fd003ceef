#!/usr/bin/env bash
# The production stack on this machine (`make prod-local`): production settings, PostgreSQL,
# the database cache, gunicorn (2 workers), the task worker, a mail sink and, when
# NGINX_PORT is set, nginx with deploy/nginx/himi.conf's locations. Plain HTTP: a check of
# the stack, never a server for others. Ctrl-C stops every process it started.
#
#   PORT=8000                gunicorn's port (127.0.0.1)
#   NGINX_PORT=8080          also serve through nginx there (needs nginx installed)
#   PROD_LOCAL_DB=himi_prodlocal   database on 127.0.0.1:5432, user postgres (trust auth)
#   CACHE_URL=redis://127.0.0.1:6379/1   Redis instead of the database cache
#   MAIL_SINK=external       start no mail sink: the caller runs one on MAIL_PORT (bench/faults.py)
#   WORKER_RESTART=5         start the task worker again 5 s after it ends, as
#                            himi-worker.service does (Restart=always), instead of stopping all
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
PY=$ROOT/.venv/bin/python
PORT=${PORT:-8000}
NGINX_PORT=${NGINX_PORT:-}
MAIL_PORT=${MAIL_PORT:-$((PORT + 25))}
DB=${PROD_LOCAL_DB:-himi_prodlocal}
# Logs, mail and nginx's files: throwaway. Uploads beside make run's, in their own folder.
RUN=${TMPDIR:-/tmp}/himi-prodlocal
mkdir -p "$RUN/mail"

say() { printf '\033[1mprod-local:\033[0m %s\n' "$*"; }

# The database: created on first use; the demo is loaded into it once, below.
if ! psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
    say "creating database $DB"
    createdb -h 127.0.0.1 -U postgres "$DB"
fi

export DATABASE_URL=postgres://postgres@127.0.0.1:5432/$DB
export DB_CONN_MAX_AGE=60
export MEDIA_ROOT=${MEDIA_ROOT:-$ROOT/media/prod-local}
export DJANGO_SETTINGS_MODULE=site_config.settings.production
# A new key on every start, never written anywhere: sign-ins end with the run.
SECRET_KEY=$("$PY" -c 'import secrets; print(secrets.token_urlsafe(50))')
export SECRET_KEY
export ALLOWED_HOSTS=127.0.0.1,localhost
export WAGTAILADMIN_BASE_URL=http://127.0.0.1:${NGINX_PORT:-$PORT}
export DEFAULT_FROM_EMAIL="氷見のしごとコモンズ <noreply@localhost>"
# The production refusals of local addresses and plain HTTP, waived for this machine only.
export ALLOW_LOCAL_BASE_URL=true
export SECURE_SSL_REDIRECT=false
export SECURE_HSTS_SECONDS=0
export EMAIL_HOST=127.0.0.1 EMAIL_PORT=$MAIL_PORT EMAIL_USE_TLS=false EMAIL_USE_SSL=false

say "migrate, cache table, static files"
"$PY" manage.py migrate --noinput -v 0
"$PY" manage.py createcachetable
"$PY" manage.py collectstatic --noinput -v 0
# load_demo refuses with DEBUG off (it makes logins with a published password), so it runs
# with the dev settings against the same database; --if-empty leaves a used site alone.
DJANGO_SETTINGS_MODULE=site_config.settings.dev "$PY" manage.py load_demo --if-empty

pids=()
stop() {
    trap - INT TERM EXIT
    say "stopping ${pids[*]}"
    kill -TERM "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
    say "stopped"
}
trap stop INT TERM EXIT

if [[ ${MAIL_SINK:-} != external ]]; then
    "$PY" deploy/smtp_sink.py "$MAIL_PORT" "$RUN/mail" &
    pids+=($!)
fi
if [[ -n ${WORKER_RESTART:-} ]]; then
    # systemd's Restart=always for the worker: a database restart makes db_worker exit.
    (
        child=
        trap 'kill -TERM $child 2>/dev/null; wait; exit 0' TERM INT
        while :; do
            "$PY" manage.py db_worker --no-reload &
            child=$!
            wait "$child" || say "task worker ended ($?); again in ${WORKER_RESTART} s"
            sleep "$WORKER_RESTART" &
            wait $!
        done
    ) &
else
    "$PY" manage.py db_worker --no-reload &
fi
pids+=($!)
"$ROOT/.venv/bin/gunicorn" site_config.wsgi --config gunicorn.conf.py --workers 2 \
    --bind "127.0.0.1:$PORT" --access-logfile - &
pids+=($!)

if [[ -n $NGINX_PORT ]]; then
    # deploy/nginx/himi.conf's http part and app locations, on plain HTTP: this port in
    # Host (Django builds redirects from it), this checkout's media and gunicorn's port.
    conf=$ROOT/deploy/nginx/himi.conf
    {
        echo "pid $RUN/nginx.pid; error_log $RUN/nginx-error.log; daemon off; worker_processes 1;"
        echo "events {}"
        echo "http {"
        echo "include /etc/nginx/mime.types;"
        echo "client_body_temp_path $RUN/nginx-body; proxy_temp_path $RUN/nginx-proxy;"
        sed -n '/^# >>> http/,/^# <<< http/p' "$conf" | sed "s/127.0.0.1:8000/127.0.0.1:$PORT/"
        echo "server { listen 127.0.0.1:$NGINX_PORT; access_log $RUN/nginx-access.log himi;"
        # shellcheck disable=SC2016 # $host and $http_host are nginx's, not the shell's
        sed -n '/# >>> app/,/# <<< app/p' "$conf" |
            sed -e "s#/srv/himi/media/#$MEDIA_ROOT/#" -e 's/\$host;/$http_host;/'
        echo "}"
        echo "}"
    } >"$RUN/nginx.conf"
    nginx -c "$RUN/nginx.conf" &
    pids+=($!)
fi

say "serving http://127.0.0.1:${NGINX_PORT:-$PORT}/ (gunicorn on $PORT); mail: $RUN/mail; Ctrl-C stops"
# Until Ctrl-C, or until one process ends by itself: then stop the others too.
wait -n "${pids[@]}" || true
