"""The shared cache's backends: Django's database cache with a leaner read, and Django's
RedisCache failing open (while Redis is unreachable every call answers as an empty cache
would, so pages are built from the database and nothing typed is lost)."""

import base64
import pickle
import time

from django.core.cache.backends.db import DatabaseCache as DjangoDatabaseCache
from django.core.cache.backends.redis import RedisCache
from django.db import connections, models, router
from django.utils.timezone import now as tz_now

from home.caching import cache_unavailable
from home.request_cache import RequestCacheMixin

# After a failure, this many seconds without trying: a Redis that does not answer would
# otherwise cost its socket timeout on every cache call of every request.
RETRY_SECONDS = 10


class FailOpenMixin:
    """Every operation of the cache backend it comes before. Wagtail's own cache reads
    (the sites' root paths) go through it too, which is why this is a backend and not a
    try/except at our call sites."""

    unreachable_errors = (OSError,)
    _down_until = 0.0

    def _open(self, operation, fallback, *args, **kwargs):
        return self._guarded(
            lambda: getattr(super(FailOpenMixin, self), operation)(*args, **kwargs), fallback
        )

    def _guarded(self, call, fallback):
        if time.monotonic() < self._down_until:
            return fallback
        try:
            return call()
        except self.unreachable_errors:
            type(self)._down_until = time.monotonic() + RETRY_SECONDS
            cache_unavailable("shared cache")
            return fallback

    def add(self, *args, **kwargs):
        # True: "first of its kind", so a rate limit lets the attempt through (open).
        return self._open("add", True, *args, **kwargs)

    def get(self, key, default=None, version=None):
        return self._open("get", default, key, default, version)

    def get_many(self, *args, **kwargs):
        return self._open("get_many", {}, *args, **kwargs)

    def has_key(self, *args, **kwargs):
        return self._open("has_key", False, *args, **kwargs)

    def set(self, *args, **kwargs):
        return self._open("set", None, *args, **kwargs)

    def set_many(self, *args, **kwargs):
        return self._open("set_many", [], *args, **kwargs)

    def touch(self, *args, **kwargs):
        return self._open("touch", False, *args, **kwargs)

    def delete(self, *args, **kwargs):
        return self._open("delete", False, *args, **kwargs)

    def delete_many(self, *args, **kwargs):
        return self._open("delete_many", None, *args, **kwargs)

    def clear(self, *args, **kwargs):
        return self._open("clear", None, *args, **kwargs)

    def incr(self, key, delta=1, version=None):
        result = self._open("incr", None, key, delta, version)
        if result is None:
            raise ValueError(f"Key '{key}' not found")  # as for a missing key
        return result


class FailOpenRedisCache(RequestCacheMixin, FailOpenMixin, RedisCache):
    def __init__(self, server, params):
        import redis

        super().__init__(server, params)
        self.unreachable_errors = (redis.RedisError, OSError)

    def _get_pickled(self, made_keys):
        """home.request_cache: keys already made, in one MGET (redis-py's values are
        unpickled by Django's serializer, so they are pickled again here)."""
        found = self._guarded(lambda: self._cache.get_many(made_keys), {})
        return {made: pickle.dumps(value, pickle.HIGHEST_PROTOCOL) for made, value in found.items()}


class LeanDatabaseCache(DjangoDatabaseCache):
    """Django's, with the query text and the date converters made once per database
    instead of on every read: a cached page is one read, and Django's get_many spent more
    CPU building those than the query took (bench/README.md, pages benchmark)."""

    def __init__(self, table, params):
        super().__init__(table, params)
        self._prepared = {}

    def _prepare(self, db, count):
        prepared = self._prepared.get((db, count))
        if prepared is None:
            connection = connections[db]
            quote_name = connection.ops.quote_name
            sql = "SELECT {}, {}, {} FROM {} WHERE {} IN ({})".format(  # noqa: S608 (quoted names)
                quote_name("cache_key"),
                quote_name("value"),
                quote_name("expires"),
                quote_name(self._table),
                quote_name("cache_key"),
                ", ".join(["%s"] * count),
            )
            expression = models.Expression(output_field=models.DateTimeField())
            converters = connection.ops.get_db_converters(
                expression
            ) + expression.get_db_converters(connection)
            prepared = self._prepared[(db, count)] = (sql, expression, converters)
        return prepared

    def get_many(self, keys, version=None):
        if not keys:
            return {}
        key_map = {self.make_and_validate_key(key, version=version): key for key in keys}
        found = self._get_pickled(list(key_map))
        return {key_map[made]: pickle.loads(data) for made, data in found.items()}  # noqa: S301 (written by us, as Django)

    def _get_pickled(self, made_keys):
        """{made key: the pickled value as stored}: home.request_cache keeps these bytes
        without unpickling and pickling each value again."""
        db = router.db_for_read(self.cache_model_class)
        connection = connections[db]
        sql, expression, converters = self._prepare(db, len(made_keys))
        with connection.cursor() as cursor:
            cursor.execute(sql, made_keys)
            rows = cursor.fetchall()
        result, expired_keys, now = {}, [], tz_now()
        for key, value, expires in rows:
            for converter in converters:
                expires = converter(expires, expression, connection)
            if expires < now:
                expired_keys.append(key)
            else:
                value = connection.ops.process_clob(value)
                result[key] = base64.b64decode(value.encode(), validate=True)
        if expired_keys:
            self._base_delete_many(expired_keys)
        return result


class DatabaseCache(RequestCacheMixin, LeanDatabaseCache):
    """The database cache production uses: lean reads, and a request's small keys in one."""
