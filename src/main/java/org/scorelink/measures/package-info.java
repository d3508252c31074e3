/**
 * Learning-and-growth measures computed from stored statements (observes xapi's StatementsStored; rebuildable).
 * <p>Not built yet: see the open issues.
 */
package org.scorelink.measures;
