/**
 * The Learning Record Store: the xAPI Statement resource, the Document Resources (State, Activity Profile,
 * Agent Profile; later agents, activities), statement validation, and storage. Statements are stored
 * verbatim with interned integer keys and posting lists for queries; one group-commit writer makes ingest
 * fast and deadlock-free. After each commit a {@link org.scorelink.xapi.entity.StatementsStored} event is
 * fired asynchronously: this component never depends on the analytics components, they observe it.
 */
package org.scorelink.xapi;
