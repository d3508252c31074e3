package org.scorelink.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Liberty server process under test: found by its command line, sampled for resident memory
 * ({@code VmRSS} every 250 ms, plus the kernel's own high-water mark {@code VmHWM}) and CPU time.
 */
final class ServerProcess implements AutoCloseable {

    private final long pid;
    private final AtomicLong peakRssKb = new AtomicLong();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rss-sampler");
        t.setDaemon(true);
        return t;
    });

    private ServerProcess(long pid) {
        this.pid = pid;
        sampler.scheduleAtFixedRate(this::sample, 0, 250, TimeUnit.MILLISECONDS);
    }

    /** The JVM running {@code ws-server.jar <serverName>} from this {@code wlp} directory. */
    static Optional<ServerProcess> find(Path wlp, String serverName) {
        String jar = wlp.resolve("bin/tools/ws-server.jar").toAbsolutePath().normalize().toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine()
                        .map(cl -> cl.contains(jar) && cl.endsWith(" " + serverName) && !cl.contains("--status"))
                        .orElse(false))
                .findFirst()
                .map(p -> new ServerProcess(p.pid()));
    }

    long pid() {
        return pid;
    }

    /** Current VmRSS in KB, or -1 when unreadable. */
    long rssKb() {
        return status("VmRSS:");
    }

    /** The larger of the sampled peak and the kernel's VmHWM, in KB. */
    long peakRssKb() {
        return Math.max(peakRssKb.get(), status("VmHWM:"));
    }

    /** User + system CPU time of the server process so far, in seconds. */
    double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14 (utime) and 15 (stime), counted from 1 including pid and comm
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private void sample() {
        long rss = rssKb();
        peakRssKb.accumulateAndGet(rss, Math::max);
    }

    private long status(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process has gone
        }
        return -1;
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
