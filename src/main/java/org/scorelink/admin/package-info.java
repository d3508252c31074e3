/**
 * The admin and course-author boundary and the web UI's API; nothing depends on it.
 * <p>Not built yet: see the open issues.
 */
package org.scorelink.admin;
