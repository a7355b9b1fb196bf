package fr.portailpartenaires.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time used so far by the whole machine, by the benchmark's own JVM and by the server under test
 * (in clock ticks of {@code /proc}): between two snapshots, what is left is what other processes
 * took, which tells whether a run was disturbed.
 *
 * @param machineBusy ticks the machine's CPUs were not idle, all CPUs together
 * @param machineAll  all ticks of all CPUs
 * @param bench       ticks of this JVM (the load generator)
 * @param server      ticks of the server under test
 */
record CpuSnapshot(long machineBusy, long machineAll, long bench, long server) {

    static CpuSnapshot take(long serverPid) throws IOException {
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
        long all = 0;
        for (int i = 1; i < cpu.length; i++) {
            all += Long.parseLong(cpu[i]);
        }
        long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
        return new CpuSnapshot(all - idle, all, processTicks(ProcessHandle.current().pid()), processTicks(serverPid));
    }

    /** User + system ticks of a process, from {@code /proc/<pid>/stat}. */
    static long processTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        // the fields after the command name (in parentheses): state is field 3, utime 14 and stime 15
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** Share of the machine's whole CPU capacity taken by other processes since {@code earlier}. */
    double othersShareSince(CpuSnapshot earlier) {
        long others = (machineBusy - earlier.machineBusy) - (bench - earlier.bench) - (server - earlier.server);
        return Math.max(0, others) / (double) (machineAll - earlier.machineAll);
    }
}
