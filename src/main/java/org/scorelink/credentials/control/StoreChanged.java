package org.scorelink.credentials.control;

/** CDI event: a store was created or its allowed origins changed, so the cached origin lists must go. */
public record StoreChanged(long storeId) {
}
