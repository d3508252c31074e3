package org.scorelink.xapi.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The canonical Activity objects most recently assembled ({@link Definitions}), at most {@code capacity} of them,
 * least recently used dropped first. Only a newly committed statement that mentions an Activity can change what
 * assembling it would give, so the writer tells the cache after each commit which Activities it mentioned and how
 * ({@link StatementWriter.MentionListener}):
 * <ul>
 * <li>a statement that may contribute — a definition from a client that may define, a StatementRef or voiding
 * statement (which inherits its target's keys), a statement voided on arrival or one that earlier StatementRefs
 * point to (they become mentions among older statements) — drops the entry;</li>
 * <li>a plain mention (read by the scan, contributing nothing) changes only the newest mention (Last-Modified),
 * which is moved, and pushes the oldest statement read out of the scan window: the entry counts how many such
 * pushes it can take before its oldest contributing statement would leave (its {@code slack}), and is dropped
 * after that.</li>
 * </ul>
 * So an entry present always equals a fresh assembly.
 *
 * <p>Races: a reader first puts an empty slot, then assembles, then fills the slot only if it is still there. Any
 * commit that mentions the Activity while it assembles removes the slot, so the possibly older result is returned
 * to that one reader (it began before the commit) but not kept. A commit before the slot was put was visible to the
 * assembly.
 */
final class DefinitionCache {

    private record Key(long store, String iri) {
    }

    /** An assembled Activity and how many plain mentions it can take unchanged (see above). */
    record Assembled(Definitions.Described described, int slack) {
    }

    /** Empty while its value is being assembled. */
    private static final class Slot {
        Definitions.Described value;
        int slack;
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
    Definitions.Described get(long store, String iri, Supplier<Assembled> assemble) {
        Key key = new Key(store, iri);
        Slot mine = new Slot();
        synchronized (this) {
            Slot cached = slots.get(key);
            if (cached != null && cached.value != null) {
                return cached.value;
            }
            slots.put(key, mine);
        }
        Assembled assembled = assemble.get();
        synchronized (this) {
            if (slots.get(key) == mine) {
                mine.slack = assembled.slack();
                mine.value = assembled.described();
            }
        }
        return assembled.described();
    }

    /** Updates or drops the entries of the Activities a commit mentioned; computes nothing while empty. */
    void committed(Supplier<Map<Long, Map<String, WriteTransaction.Mention>>> activitiesByStore) {
        synchronized (this) {
            if (slots.isEmpty()) {
                return;
            }
        }
        Map<Long, Map<String, WriteTransaction.Mention>> mentioned = activitiesByStore.get();
        synchronized (this) {
            mentioned.forEach((store, mentions) -> mentions.forEach((iri, m) -> mentioned(new Key(store, iri), m)));
        }
    }

    private void mentioned(Key key, WriteTransaction.Mention m) {
        Slot slot = slots.get(key);
        if (slot == null) {
            return;
        }
        if (slot.value == null || m.changes() || m.plain() > slot.slack) {
            slots.remove(key);
            return;
        }
        slot.slack -= m.plain();
        long newest = Math.max(m.newestSeq(), slot.value.lastModified().orElse(0));
        slot.value = new Definitions.Described(slot.value.object(), OptionalLong.of(newest));
    }

    synchronized int size() {
        return slots.size();
    }
}
