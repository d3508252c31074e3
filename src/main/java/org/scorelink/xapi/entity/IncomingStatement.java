package org.scorelink.xapi.entity;

import jakarta.json.JsonObject;
import java.util.UUID;

/**
 * A validated statement on its way to storage, with the LRS-set properties (id, authority, version)
 * already in {@code statement} and its serialized form in {@code body}.
 *
 * @param id              the statement id
 * @param idFromClient    whether the client chose the id (only then can it already exist)
 * @param statement       the statement as it will be stored
 * @param body            its JSON text, without {@code stored} (added on read from the storage sequence)
 * @param timestampAbsent the client sent no timestamp: it reads back as {@code stored}
 */
public record IncomingStatement(UUID id, boolean idFromClient, JsonObject statement, String body,
        boolean timestampAbsent) {
}
