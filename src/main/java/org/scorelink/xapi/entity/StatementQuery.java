package org.scorelink.xapi.entity;

import java.util.Optional;

/**
 * A parsed GET statements query. The window {@code (after, upTo]} is in storage sequence (stored µs):
 * {@code after} comes from {@code since}, {@code upTo} from {@code until} capped at what was committed when
 * the first page was asked for, so later pages see exactly the statements the first page could see.
 *
 * @param agent             the agent filter's IFI key
 * @param relatedAgents     apply the agent filter broadly
 * @param verb              verb IRI
 * @param activity          activity IRI
 * @param relatedActivities apply the activity filter broadly
 * @param registration      registration UUID (lowercase)
 * @param after             exclusive lower bound (µs)
 * @param upTo              inclusive upper bound (µs)
 * @param limit             page size
 * @param ascending         oldest first
 * @param mine              only statements whose authority has this IFI key (scope statements/read/mine)
 */
public record StatementQuery(
        Optional<String> agent,
        boolean relatedAgents,
        Optional<String> verb,
        Optional<String> activity,
        boolean relatedActivities,
        Optional<String> registration,
        long after,
        long upTo,
        int limit,
        boolean ascending,
        Optional<String> mine) {

    /** The same query continued after the last statement of a page. */
    public StatementQuery next(long lastSeq) {
        return ascending
                ? new StatementQuery(agent, relatedAgents, verb, activity, relatedActivities, registration, lastSeq,
                        upTo, limit, ascending, mine)
                : new StatementQuery(agent, relatedAgents, verb, activity, relatedActivities, registration, after,
                        lastSeq - 1, limit, ascending, mine);
    }
}
