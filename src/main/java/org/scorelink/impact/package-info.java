/**
 * Evidence along causal links from learning measures to outcomes: pure functions over series.
 * <p>Not built yet: see the open issues.
 */
package org.scorelink.impact;
