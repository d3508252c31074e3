package org.scorelink.credentials.control;

/** CDI event: a client's state changed, so cached verifications of its key must go. */
public record ClientChanged(String key) {
}
