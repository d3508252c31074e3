package org.scorelink.xapi.control;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Picks one entry of a language map by Accept-Language preferences (RFC 2616 14.4; Communication 2.1.3.s4). */
public final class LanguageMaps {

    private LanguageMaps() {
    }

    public static List<Locale.LanguageRange> parseAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) {
            throw XapiException.badRequest("header Accept-Language: " + e.getMessage());
        }
    }

    /** The best-matching single entry; with no match, the first entry (maps are never emptied). */
    public static JsonObject pick(JsonObject map, List<Locale.LanguageRange> languages) {
        if (map.size() <= 1) {
            return map;
        }
        List<String> tags = new ArrayList<>(map.keySet());
        if (!languages.isEmpty()) {
            List<String> lower = tags.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
            List<String> matches = Locale.filterTags(languages, lower);
            if (!matches.isEmpty()) {
                String best = tags.get(lower.indexOf(matches.get(0)));
                return JsonIo.object().add(best, map.get(best)).build();
            }
        }
        String first = tags.get(0);
        return JsonIo.object().add(first, map.get(first)).build();
    }
}
