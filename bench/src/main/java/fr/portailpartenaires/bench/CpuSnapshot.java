package fr.portailpartenaires.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time used so far by the whole machine, by the benchmark's own JVM, by the server under test and by its
 * database server when that is a process of its own (in clock ticks of {@code /proc}): between two snapshots,
 * what is left is what other processes took, which tells whether a run was disturbed.
 *
 * @param machineBusy ticks the machine's CPUs were not idle, all CPUs together
 * @param machineAll  all ticks of all CPUs
 * @param bench       ticks of this JVM (the load generator)
 * @param server      ticks of the server under test
 * @param database    ticks of the database server and all its processes (0 when the database runs inside the server)
 */
record CpuSnapshot(long machineBusy, long machineAll, long bench, long server, long database) {

    /** USER_HZ, the unit of the CPU times of /proc/<pid>/stat: 100 on Linux on x86 and ARM. */
    static final long TICKS_PER_SECOND = 100;

    static CpuSnapshot take(long serverPid) throws IOException {
        return take(serverPid, 0);
    }

    /** @param databasePid the database server's main process (PostgreSQL's postmaster), or 0 when there is none */
    static CpuSnapshot take(long serverPid, long databasePid) throws IOException {
        long[] machine = machineTicks();
        return new CpuSnapshot(machine[0], machine[1], processTicks(ProcessHandle.current().pid()),
                processTicks(serverPid), databasePid == 0 ? 0 : treeTicks(databasePid));
    }

    /** Busy and all ticks of the machine's CPUs together, from {@code /proc/stat}. */
    static long[] machineTicks() throws IOException {
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
        long all = 0;
        for (int i = 1; i < cpu.length; i++) {
            all += Long.parseLong(cpu[i]);
        }
        long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
        return new long[] {all - idle, all};
    }

    /** User + system ticks of a process, from {@code /proc/<pid>/stat}. */
    static long processTicks(long pid) throws IOException {
        String[] fields = statFields(pid);
        // the fields after the command name (in parentheses): state is field 3, utime 14 and stime 15
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /**
     * User + system ticks of the process's live threads whose name starts with {@code prefix}, from
     * {@code /proc/<pid>/task/<tid>/stat} (a thread name is cut at 15 characters there): the portal's password hashing
     * pool ({@code argon2-…}), whose CPU is the verifications' alone. A thread that ended in between is not counted:
     * the pool's threads live while logins keep coming (they end after 30 s idle).
     */
    static long threadTicks(long pid, String prefix) throws IOException {
        long ticks = 0;
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (name.startsWith(prefix)) {
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (IOException | RuntimeException ended) {
                    // the thread ended while the list was read
                }
            }
        }
        return ticks;
    }

    /**
     * The CPU time of a process's live threads by kind, in nanoseconds: the first field of
     * {@code /proc/<pid>/task/<tid>/schedstat} (the scheduler's own count of the time the thread ran, exact to the
     * nanosecond, where {@code stat}'s user and system times are sampled at each 10 ms clock tick), keyed by the
     * thread's {@link #kind}, so that {@code JettyServerThre…-12} and {@code -13} count together, as do the JIT's
     * compiler threads. A thread that ended in between is not counted.
     */
    static Map<String, Long> threadNanosByKind(long pid) throws IOException {
        Map<String, Long> nanos = new TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String ran = Files.readString(task.resolve("schedstat")).trim().split(" ")[0];
                    nanos.merge(kind(name), Long.parseLong(ran), Long::sum);
                } catch (IOException | RuntimeException ended) {
                    // the thread ended while the list was read
                }
            }
        }
        return nanos;
    }

    /** A thread's kind: its name as the kernel keeps it (15 characters), digits as {@code #}. */
    static String kind(String threadName) {
        return threadName.replaceAll("[0-9]+", "#").strip();
    }

    /**
     * A process and all its descendants: its own ticks, those of its live descendants, and those of the children
     * that already ended and were waited for (its {@code cutime + cstime}) — for PostgreSQL, the postmaster, the
     * backends, the WAL writer… and the parallel query workers that came and went. 0 for what ended meanwhile.
     */
    static long treeTicks(long pid) {
        long ticks = quietly(pid, 0) + quietly(pid, 2);
        List<ProcessHandle> descendants = ProcessHandle.of(pid).map(handle -> handle.descendants().toList())
                .orElse(List.of());
        for (ProcessHandle descendant : descendants) {
            ticks += quietly(descendant.pid(), 0);
        }
        return ticks;
    }

    /** Ticks of a process ({@code children} 0: its own; 2: its waited-for children's), 0 if it ended. */
    private static long quietly(long pid, int children) {
        try {
            String[] fields = statFields(pid);
            return Long.parseLong(fields[11 + children]) + Long.parseLong(fields[12 + children]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static String[] statFields(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }

    /** Share of the machine's whole CPU capacity taken by other processes since {@code earlier}. */
    double othersShareSince(CpuSnapshot earlier) {
        long others = (machineBusy - earlier.machineBusy) - (bench - earlier.bench) - (server - earlier.server)
                - (database - earlier.database);
        return Math.max(0, others) / (double) (machineAll - earlier.machineAll);
    }
}
