package org.scorelink.xapi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The cache of assembled Activities: kept until mentioned, bounded, and never keeping what a commit overtook. */
class DefinitionCacheTest {

    private final AtomicInteger assemblies = new AtomicInteger();

    private Definitions.Described assembled(String name) {
        assemblies.incrementAndGet();
        JsonObject o = JsonIo.object().add("id", "https://ex/a").add("definition",
                JsonIo.object().add("name", JsonIo.object().add("en", name))).build();
        return new Definitions.Described(o, OptionalLong.of(1));
    }

    @Test
    void keptUntilACommitMentionsTheActivityInItsStore() {
        DefinitionCache cache = new DefinitionCache(10);
        Definitions.Described a = cache.get(1, "https://ex/a", () -> assembled("A"));
        assertSame(a, cache.get(1, "https://ex/a", () -> assembled("again")));
        cache.committed(() -> Map.of(2L, Set.of("https://ex/a"), 1L, Set.of("https://ex/b")));
        assertSame(a, cache.get(1, "https://ex/a", () -> assembled("again")), "another store, another Activity");
        cache.committed(() -> Map.of(1L, Set.of("https://ex/a")));
        assertEquals("B", name(cache.get(1, "https://ex/a", () -> assembled("B"))));
        assertEquals(2, assemblies.get());
    }

    @Test
    void aResultOvertakenByACommitIsReturnedButNotKept() {
        DefinitionCache cache = new DefinitionCache(10);
        Definitions.Described stale = cache.get(1, "https://ex/a", () -> {
            cache.committed(() -> Map.of(1L, Set.of("https://ex/a"))); // lands while assembling
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

    private static String name(Definitions.Described d) {
        return d.object().getJsonObject("definition").getJsonObject("name").getString("en");
    }
}
