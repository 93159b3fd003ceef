"""Each process's own copy of the pages it served from the shared page cache most recently.

A hit in the shared cache costs a cache read (a query with the database cache, a network
call with Redis) and unpickling: about three times what whitenoise spends on a static file.
This copy costs neither: for PAGE_CACHE_LOCAL_SECONDS after it last read the shared state,
a process trusts its own copy of that state and answers from its own memory. A purge made
by this process is seen at once; one made by another process (an editor publishing on the
other worker) within those seconds. The posting deadline in the state is checked on every
request, so an expired posting still vanishes at its deadline everywhere.

Entries are kept pickled (each hit unpickles a response of its own) within
PAGE_CACHE_LOCAL_BYTES, the least recently used going first.
"""

import pickle
import threading
from collections import OrderedDict

from django.conf import settings

DEFAULT_SECONDS = 1.0
DEFAULT_BYTES = 8 * 1024 * 1024


def _seconds():
    return getattr(settings, "PAGE_CACHE_LOCAL_SECONDS", DEFAULT_SECONDS)


def _budget():
    return getattr(settings, "PAGE_CACHE_LOCAL_BYTES", DEFAULT_BYTES)


class LocalPages:
    """One per process. Its methods hold a lock: `runserver` (and gunicorn with threads)
    serves requests in threads, and an entry evicted by one thread between another's
    lookup and `move_to_end` would otherwise raise KeyError."""

    def __init__(self):
        self._lock = threading.Lock()
        self.clear()

    def clear(self):
        with self._lock:
            self.state = None
            self.read_at = 0.0
            self.entries = OrderedDict()  # key -> (generation, until, pickled response)
            self.size = 0

    def trusted_state(self, now):
        """The shared state as read at most PAGE_CACHE_LOCAL_SECONDS ago, or None."""
        state = self.state
        if state is None or now - self.read_at >= _seconds() or now >= state["until"]:
            return None
        return state

    def remember_state(self, state, now):
        with self._lock:
            if self.state is None or state["generation"] != self.state["generation"]:
                self.entries.clear()  # a purge elsewhere: every entry here is of the old state
                self.size = 0
            self.state, self.read_at = state, now

    def response(self, key, now):
        """A fresh copy of the page stored under `key`, if this process holds a current one."""
        with self._lock:
            state = self.trusted_state(now)
            found = self.entries.get(key) if state is not None else None
            if found is None:
                return None
            generation, until, pickled = found
            if generation != state["generation"] or now >= until:
                return None
            self.entries.move_to_end(key)
        return pickle.loads(pickled)  # noqa: S301  (written by this process, below)

    def keep(self, key, entry):
        if _seconds() <= 0:
            return
        pickled = pickle.dumps(entry["response"], pickle.HIGHEST_PROTOCOL)
        budget = _budget()
        if len(pickled) > budget // 4:  # postings.json and such: not worth the room
            return
        with self._lock:
            old = self.entries.pop(key, None)
            if old is not None:
                self.size -= len(old[2])
            self.entries[key] = (entry["generation"], entry["until"], pickled)
            self.size += len(pickled)
            while self.size > budget:
                _key, (_generation, _until, dropped) = self.entries.popitem(last=False)
                self.size -= len(dropped)


local_pages = LocalPages()
