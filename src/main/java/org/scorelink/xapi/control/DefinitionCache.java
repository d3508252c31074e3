package org.scorelink.xapi.control;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The canonical Activity objects most recently assembled ({@link Definitions}), at most {@code capacity} of them,
 * least recently used dropped first. An entry is dropped as soon as a committed statement mentions its Activity
 * ({@link StatementWriter.MentionListener}): only such a statement can change what assembling would give (a new
 * definition, a voiding statement, which inherits the voided one's keys, or an older definition leaving the scan
 * window), so an entry still present always equals a fresh assembly.
 *
 * <p>Races: a reader first puts an empty slot, then assembles, then fills the slot only if it is still there. A
 * commit that lands while it assembles removes the slot, so the possibly older result is returned to that one
 * reader (it began before the commit) but not kept. A commit before the slot was put was visible to the assembly.
 */
final class DefinitionCache {

    private record Key(long store, String iri) {
    }

    /** Empty while its value is being assembled. */
    private static final class Slot {
        Definitions.Described value;
    }

    private final Map<Key, Slot> slots;

    DefinitionCache(int capacity) {
        this.slots = new LinkedHashMap<>(Math.min(capacity, 1024) * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Slot> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The cached object, or the one {@code assemble} gives (kept unless a commit mentioned it meanwhile). */
    Definitions.Described get(long store, String iri, Supplier<Definitions.Described> assemble) {
        Key key = new Key(store, iri);
        Slot mine = new Slot();
        synchronized (this) {
            Slot cached = slots.get(key);
            if (cached != null && cached.value != null) {
                return cached.value;
            }
            slots.put(key, mine);
        }
        Definitions.Described value = assemble.get();
        synchronized (this) {
            if (slots.get(key) == mine) {
                mine.value = value;
            }
        }
        return value;
    }

    /** Drops the entries of the Activities a commit mentioned; nothing to compute while the cache is empty. */
    void committed(Supplier<Map<Long, Set<String>>> activitiesByStore) {
        synchronized (this) {
            if (slots.isEmpty()) {
                return;
            }
        }
        Map<Long, Set<String>> mentioned = activitiesByStore.get();
        synchronized (this) {
            mentioned.forEach((store, iris) -> drop(store, iris));
        }
    }

    private void drop(long store, Collection<String> iris) {
        for (String iri : iris) {
            slots.remove(new Key(store, iri));
        }
    }

    synchronized int size() {
        return slots.size();
    }
}
