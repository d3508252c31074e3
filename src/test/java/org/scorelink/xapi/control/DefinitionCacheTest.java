package org.scorelink.xapi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The cache of assembled Activities: kept until mentioned, bounded, and never keeping what a commit overtook. */
class DefinitionCacheTest {

    private final AtomicInteger assemblies = new AtomicInteger();

    private DefinitionCache.Assembled assembled(String name) {
        return assembled(name, 100);
    }

    private DefinitionCache.Assembled assembled(String name, int slack) {
        assemblies.incrementAndGet();
        JsonObject o = JsonIo.object().add("id", "https://ex/a").add("definition",
                JsonIo.object().add("name", JsonIo.object().add("en", name))).build();
        return new DefinitionCache.Assembled(new Definitions.Described(o, OptionalLong.of(1)), slack);
    }

    private static Map<Long, Map<String, WriteTransaction.Mention>> changed(long store, String... iris) {
        Map<String, WriteTransaction.Mention> m = new java.util.HashMap<>();
        for (String iri : iris) {
            m.put(iri, new WriteTransaction.Mention(0, true, 5));
        }
        return Map.of(store, m);
    }

    @Test
    void keptUntilACommitMentionsTheActivityInItsStore() {
        DefinitionCache cache = new DefinitionCache(10);
        Definitions.Described a = cache.get(1, "https://ex/a", () -> assembled("A"));
        assertSame(a, cache.get(1, "https://ex/a", () -> assembled("again")));
        cache.committed(() -> Map.of(2L, changed(2, "https://ex/a").get(2L), 1L, changed(1, "https://ex/b").get(1L)));
        assertSame(a, cache.get(1, "https://ex/a", () -> assembled("again")), "another store, another Activity");
        cache.committed(() -> changed(1, "https://ex/a"));
        assertEquals("B", name(cache.get(1, "https://ex/a", () -> assembled("B"))));
        assertEquals(2, assemblies.get());
    }

    @Test
    void aResultOvertakenByACommitIsReturnedButNotKept() {
        DefinitionCache cache = new DefinitionCache(10);
        Definitions.Described stale = cache.get(1, "https://ex/a", () -> {
            cache.committed(() -> changed(1, "https://ex/a")); // lands while assembling
            return assembled("old");
        });
        assertEquals("old", name(stale));
        assertEquals("new", name(cache.get(1, "https://ex/a", () -> assembled("new"))));
        assertEquals("new", name(cache.get(1, "https://ex/a", () -> assembled("never"))));
    }

    @Test
    void anEmptyCacheDoesNotComputeTheMentions() {
        DefinitionCache cache = new DefinitionCache(10);
        cache.committed(() -> {
            throw new AssertionError("computed although nothing is cached");
        });
    }

    @Test
    void boundedLeastRecentlyUsedFirst() {
        DefinitionCache cache = new DefinitionCache(2);
        cache.get(1, "https://ex/1", () -> assembled("1"));
        cache.get(1, "https://ex/2", () -> assembled("2"));
        cache.get(1, "https://ex/1", () -> assembled("1 again")); // 1 is now the most recently used
        cache.get(1, "https://ex/3", () -> assembled("3"));
        assertEquals(2, cache.size());
        assertEquals("1", name(cache.get(1, "https://ex/1", () -> assembled("1 again"))));
        assertEquals("2 again", name(cache.get(1, "https://ex/2", () -> assembled("2 again"))));
    }

    @Test
    void plainMentionsMoveLastModifiedUntilTheSlackIsUsedUp() {
        DefinitionCache cache = new DefinitionCache(10);
        Definitions.Described a = cache.get(1, "https://ex/a", () -> assembled("A", 3));
        cache.committed(() -> Map.of(1L, Map.of("https://ex/a", new WriteTransaction.Mention(2, false, 40))));
        Definitions.Described moved = cache.get(1, "https://ex/a", () -> assembled("never"));
        assertSame(a.object(), moved.object());
        assertEquals(OptionalLong.of(40), moved.lastModified());
        cache.committed(() -> Map.of(1L, Map.of("https://ex/a", new WriteTransaction.Mention(1, false, 30))));
        assertEquals(OptionalLong.of(40), cache.get(1, "https://ex/a", () -> assembled("never")).lastModified());
        cache.committed(() -> Map.of(1L, Map.of("https://ex/a", new WriteTransaction.Mention(1, false, 50))));
        assertEquals("B", name(cache.get(1, "https://ex/a", () -> assembled("B"))), "a fourth push is past the slack");
    }

    private static String name(Definitions.Described d) {
        return d.object().getJsonObject("definition").getJsonObject("name").getString("en");
    }
}
