/**
 * The strategy map: perspectives, objectives, measures, targets and the causal links between them.
 * <p>Not built yet: see the open issues.
 */
package org.scorelink.scorecard;
