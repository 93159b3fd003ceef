"""One read of the shared cache per request for the small keys that every page reads.

A page asks the shared cache for the same handful of small things on every render: the
sites' root paths (Wagtail reads them again for each URL it builds), the main menu and
the footer's links, the portal's four taxonomies, the correction page's address. With the
database cache each read is a query; with Redis, a network call. Here the backend learns
which keys requests read and, on a request's first read, fetches all of them in one
`get_many`; the rest of the request reads its own copy. A write or delete in the request
drops that copy, so a request still reads what it wrote.

Only inside a request (RequestCacheMiddleware); the task worker and the shell read the
cache as Django does. Whole pages (home.page_cache reads them itself) and the form guards'
counters (add and incr, atomic, never copied) are not learned. Copies are kept pickled, so
a caller that changes what it read changes nothing for the next reader, as with Django's.
"""

import pickle
from collections import OrderedDict
from contextvars import ContextVar

_copies = ContextVar("himi_request_cache", default=None)
ABSENT = b""  # a key read and not in the cache (a pickle is never empty)
# The keys learned per process and backend; the least recently read leave first.
HOT_KEYS = 48
# Larger values are read when asked for, not with every page (a pickled page, a snapshot).
HOT_BYTES = 32 * 1024
NEVER_LEARNED = ("pagecache:", "forms:rate:", "receipt:")


class RequestCacheMiddleware:
    """Gives each request its own copies; after the page cache, so a cached page costs
    nothing here."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _copies.set({})
        try:
            return self.get_response(request)
        finally:
            _copies.reset(token)


class RequestCacheMixin:
    """For a cache backend that has `_get_pickled(made_keys)`: {made key: the value,
    pickled} for those found, reading the store directly."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._hot = OrderedDict()  # made key -> None

    def get(self, key, default=None, version=None):
        copies = _copies.get()
        if copies is None or key.startswith(NEVER_LEARNED):
            return super().get(key, default, version)
        made = self.make_and_validate_key(key, version=version)
        self._read(copies, [made])
        stored = copies[made]
        return default if stored == ABSENT else pickle.loads(stored)  # noqa: S301 (ours)

    def get_many(self, keys, version=None):
        copies = _copies.get()
        if copies is None or any(key.startswith(NEVER_LEARNED) for key in keys):
            return super().get_many(keys, version=version)
        made = {self.make_and_validate_key(key, version=version): key for key in keys}
        self._read(copies, list(made))
        return {
            key: pickle.loads(copies[m])  # noqa: S301 (ours)
            for m, key in made.items()
            if copies[m] != ABSENT
        }

    def _read(self, copies, made_keys):
        for made in made_keys:
            self._hot[made] = None
            self._hot.move_to_end(made)
        while len(self._hot) > HOT_KEYS:
            self._hot.popitem(last=False)
        wanted = [m for m in dict.fromkeys([*made_keys, *self._hot]) if m not in copies]
        if not wanted:
            return
        found = self._get_pickled(wanted)
        for made in wanted:
            if made in found:
                stored = found[made]
                if len(stored) > HOT_BYTES:
                    self._hot.pop(made, None)
                copies[made] = stored
            else:
                copies[made] = ABSENT

    def _forget(self, key, version):
        copies = _copies.get()
        if copies:
            copies.pop(self.make_and_validate_key(key, version=version), None)

    def set(self, key, value, timeout=None, version=None):
        self._forget(key, version)
        return super().set(key, value, timeout, version)

    def add(self, key, value, timeout=None, version=None):
        self._forget(key, version)
        return super().add(key, value, timeout, version)

    def delete(self, key, version=None):
        self._forget(key, version)
        return super().delete(key, version)

    def incr(self, key, delta=1, version=None):
        self._forget(key, version)
        return super().incr(key, delta, version)

    def set_many(self, data, timeout=None, version=None):
        for key in data:
            self._forget(key, version)
        return super().set_many(data, timeout, version)

    def delete_many(self, keys, version=None):
        for key in keys:
            self._forget(key, version)
        return super().delete_many(keys, version)

    def clear(self):
        copies = _copies.get()
        if copies:
            copies.clear()
        return super().clear()
