package org.scorelink.xapi.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.scorelink.xapi.entity.AttachmentData;
import org.scorelink.xapi.entity.IncomingStatement;
import org.scorelink.xapi.entity.StatementsStored;

/**
 * The only writer of statements. Requests queue up; whichever request thread holds the lock drains the
 * queue and commits everything waiting in one durable transaction (group commit), then wakes the others.
 * One writer means no deadlocks between concurrent batches, storage sequences that are committed in order
 * (so paging by sequence never skips or repeats), and terms interned without database round trips.
 * A request is acknowledged only after its transaction has committed.
 */
@ApplicationScoped
public class StatementWriter {

    private static final System.Logger LOG = System.getLogger(StatementWriter.class.getName());
    private static final int MAX_GROUP_STATEMENTS = 2_000;

    @Resource(lookup = "jdbc/scorelink")
    DataSource dataSource;

    @Inject
    Event<StatementsStored> stored;

    private final ReentrantLock lock = new ReentrantLock();
    private final ConcurrentLinkedQueue<WriteRequest> queue = new ConcurrentLinkedQueue<>();
    private final Terms terms = new Terms();
    /** Activity terms with a recorded first interaction definition (DefinitionTables); writer thread only. */
    private BitSet interactionTerms;
    private volatile boolean initialized;
    private long lastSeq;
    private volatile long committedSeq;
    private volatile long inflightFrom = Long.MAX_VALUE;
    private long danglingCount;
    private final List<MentionListener> mentionListeners = new CopyOnWriteArrayList<>();

    /**
     * Told right after each commit, before any request of the group is answered, which Activities (per store) the
     * committed statements mention; the map is only computed when asked for. Runs on the writer thread: keep it
     * short.
     */
    @FunctionalInterface
    interface MentionListener {
        void committed(Supplier<Map<Long, Map<String, WriteTransaction.Mention>>> activitiesByStore);
    }

    /** A request's statements and, once written, its outcome. */
    static final class WriteRequest {
        final long store;
        final List<IncomingStatement> statements;
        final List<AttachmentData> attachments;
        final boolean defines;
        volatile boolean done;
        RuntimeException failure;

        WriteRequest(long store, List<IncomingStatement> statements, List<AttachmentData> attachments,
                boolean defines) {
            this.store = store;
            this.statements = statements;
            this.attachments = attachments;
            this.defines = defines;
        }
    }

    /**
     * Stores a batch from a client that may define Activities and Agents, atomically; returns when it is
     * durable. Throws XapiException (e.g. 409) on rejection.
     */
    public void write(long store, List<IncomingStatement> statements) {
        write(store, statements, List.of(), true);
    }

    /**
     * Stores a batch and the raw data of its attachments in the same durable transaction; returns when it is
     * durable. Throws XapiException (e.g. 409) on rejection, then nothing of the request is stored.
     * {@code defines}: the client has scope {@code define} or {@code all}; without it, the statements' ids are
     * saved but their definitions never change the canonical Activities and Agents ({@link DefinitionTables}).
     */
    public void write(long store, List<IncomingStatement> statements, List<AttachmentData> attachments,
            boolean defines) {
        WriteRequest request = new WriteRequest(store, statements, attachments, defines);
        queue.add(request);
        lock.lock();
        try {
            if (!request.done) {
                ensureInitialized();
                drainUntilDone(request);
            }
        } finally {
            lock.unlock();
        }
        if (request.failure != null) {
            throw request.failure;
        }
    }

    Terms terms() {
        return terms;
    }

    /** Registers a listener for the Activities each commit mentions (see {@link MentionListener}). */
    void onCommit(MentionListener listener) {
        mentionListeners.add(listener);
    }

    /** Stored time (µs) up to which every statement is visible (Communication 2.1.3.s2.b5). */
    public long consistentThroughMicros() {
        long now = Micros.now();
        long inflight = inflightFrom;
        return inflight == Long.MAX_VALUE ? Math.max(now, committedSeq) : Math.min(now, inflight - 1);
    }

    /** The storage sequence of the most recently committed statement, or 0 when none. */
    public long committedSeq() {
        ensureInitialized(); // before the first write or read it is not loaded yet: 0 would hide every statement
        return committedSeq;
    }

    void ensureInitialized() {
        if (initialized) {
            return;
        }
        lock.lock();
        try {
            if (initialized) {
                return;
            }
            try (Connection c = dataSource.getConnection()) {
                StatementSchema.ensure(c);
                AttachmentStore.ensure(c);
                DefinitionTables.ensure(c);
                terms.init(c);
                interactionTerms = DefinitionTables.interactionTerms(c);
                try (var s = c.createStatement()) {
                    try (ResultSet rs = s.executeQuery("SELECT MAX(seq) FROM XS_STMT")) {
                        rs.next();
                        lastSeq = rs.getLong(1);
                        committedSeq = lastSeq;
                    }
                    try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM XS_DANGLING")) {
                        rs.next();
                        danglingCount = rs.getLong(1);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot open the statement store", e);
            }
            initialized = true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Writes queued groups, oldest first, until {@code mine} is done; later arrivals are left to the next
     * leader so that no request thread writes for others forever.
     */
    private void drainUntilDone(WriteRequest mine) {
        while (!mine.done) {
            List<WriteRequest> group = new ArrayList<>();
            int count = 0;
            WriteRequest next;
            while (count < MAX_GROUP_STATEMENTS && (next = queue.poll()) != null) {
                group.add(next);
                count += next.statements.size();
            }
            if (group.isEmpty()) {
                throw new IllegalStateException("write request lost from the queue");
            }
            writeGroup(group);
        }
    }

    private void writeGroup(List<WriteRequest> group) {
        try {
            List<StatementsStored> events;
            try {
                // Optimistic: ids are almost always new, so let the unique index find the rare re-send
                // instead of probing for every statement; on a duplicate, redo the group with probes.
                events = commitGroup(group, false);
            } catch (SQLException e) {
                if (!isDuplicateKey(e)) {
                    throw e;
                }
                events = commitGroup(group, true);
            }
            group.forEach(r -> r.done = true);
            events.forEach(stored::fireAsync);
        } catch (SQLException | RuntimeException e) {
            if (group.size() == 1) {
                WriteRequest r = group.get(0);
                r.failure = e instanceof XapiException xe ? xe
                        : new IllegalStateException("statement storage failed", e);
                r.done = true;
                LOG.log(System.Logger.Level.ERROR, "statement batch failed", e);
                return;
            }
            // Isolate the culprit: one bad request must not fail the others that shared its transaction.
            for (WriteRequest r : group) {
                writeGroup(List.of(r));
            }
        }
    }

    /** Writes and commits one group; request-level rejections are recorded on the request, not thrown. */
    private List<StatementsStored> commitGroup(List<WriteRequest> group, boolean probeExisting)
            throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            inflightFrom = Math.max(lastSeq + 1, Micros.now()); // every seq of this group is at least this
            WriteTransaction tx = new WriteTransaction(c, terms, interactionTerms, lastSeq, danglingCount,
                    probeExisting);
            try {
                for (WriteRequest r : group) {
                    try {
                        tx.plan(r.store, r.statements, r.defines);
                        if (!r.attachments.isEmpty()) {
                            tx.attach(r.store, r.attachments);
                        }
                    } catch (XapiException rejected) {
                        r.failure = rejected;
                    }
                }
                List<StatementsStored> events = tx.flush();
                c.commit();
                terms.committed();
                tx.newInteractionTerms().forEach(interactionTerms::set);
                lastSeq = tx.lastSeq();
                committedSeq = lastSeq;
                danglingCount = tx.danglingCount();
                tellListeners(tx);
                return events;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                terms.rolledBack();
                group.forEach(r -> r.failure = null);
                throw e;
            } finally {
                inflightFrom = Long.MAX_VALUE;
            }
        }
    }

    /** After the commit and {@code committedSeq}: a reader that starts after this sees the new statements. */
    private void tellListeners(WriteTransaction tx) {
        for (MentionListener l : mentionListeners) {
            try {
                l.committed(tx::activityMentions);
            } catch (RuntimeException e) {
                // The statements are committed: a listener's failure must not turn them into an error.
                LOG.log(System.Logger.Level.ERROR, "commit listener failed", e);
            }
        }
    }

    private static boolean isDuplicateKey(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException se) {
                if ("23505".equals(se.getSQLState())) {
                    return true;
                }
                if (se.getNextException() != null && "23505".equals(se.getNextException().getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }
}
