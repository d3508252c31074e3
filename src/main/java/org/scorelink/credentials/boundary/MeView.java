package org.scorelink.credentials.boundary;

import jakarta.json.JsonObject;
import java.util.List;

/** Who the caller is, as the LRS sees it: for LMS admins checking their setup. */
public record MeView(String key, String name, String store, long storeId, List<String> scopes, boolean admin,
                     JsonObject authority) {
}
