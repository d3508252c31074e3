package org.scorelink.scorecard.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Who changed a store's scorecard, when and why: one entry of its history.
 *
 * @param version the version number, from 1, consecutive per store
 * @param author  the admin client's name, {@code file:<path>} for the configuration file, {@code scorelink} for the
 *                shipped default
 * @param client  the admin client's key, when an admin client made the change
 * @param created when the version was stored
 * @param reason  why (required for every change)
 * @param changes how many operations the RFC 6902 patch from the previous version has (for version 1: from an empty
 *                document)
 */
public record VersionInfo(int version, String author, Optional<String> client, Instant created, String reason,
                          int changes) {

    public VersionInfo {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(reason, "reason");
    }
}
