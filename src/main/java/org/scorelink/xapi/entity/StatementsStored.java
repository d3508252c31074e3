package org.scorelink.xapi.entity;

import java.util.List;

/**
 * Fired (asynchronously) after a batch of statements has been durably committed. Observers such as the
 * learning-measure projections react to it; ingest never waits for them.
 *
 * @param storeId      tenant store the statements belong to
 * @param statementIds ids of the statements newly stored (duplicates that were already stored are absent)
 * @param fromSeq      lowest storage sequence in the batch
 * @param toSeq        highest storage sequence in the batch
 */
public record StatementsStored(long storeId, List<String> statementIds, long fromSeq, long toSeq) {
}
