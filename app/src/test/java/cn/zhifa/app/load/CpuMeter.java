package cn.zhifa.app.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Where the machine's CPU goes during a measurement, from Linux's {@code /proc}: the server process, the database
 * server when it runs on this machine (MariaDB or MySQL; H2 runs inside the server), the load generator (this
 * process), and the rest of the machine's busy time (the kernel's network work on behalf of all three, other
 * processes), with the share left idle. On the load run's two shared cores the three processes compete for the same
 * CPU, so an endpoint's throughput against the constant probe's is the ratio of what a request costs all of them.
 */
final class CpuMeter {
    private static final String HEADER = String.format(Locale.ROOT, "%-9s %10s %10s %10s %10s %7s%n",
            "class", "server", "database", "generator", "other", "idle");
    /** USER_HZ: the unit of /proc's CPU times, fixed at 100 per second in the kernel's interface to user space. */
    private static final long MICROS_PER_TICK = 10_000;
    private static final Path PROC = Path.of("/proc");

    private final long serverPid;
    private final OptionalLong databasePid;
    private final boolean available;
    /** The usage summed over each measured class's runs, in the order first measured. */
    private final Map<String, Reading> used = new LinkedHashMap<>();

    private CpuMeter(long serverPid, OptionalLong databasePid, boolean available) {
        this.serverPid = serverPid;
        this.databasePid = databasePid;
        this.available = available;
    }

    /**
     * A meter of the server and, if {@code localDatabase}, of the one MariaDB or MySQL server process on this machine.
     * Where there is no {@code /proc} (not Linux) it measures nothing and says so.
     */
    static CpuMeter of(long serverPid, boolean localDatabase) {
        boolean available = Files.isReadable(PROC.resolve("stat"));
        return new CpuMeter(serverPid, available && localDatabase ? databaseServerPid() : OptionalLong.empty(), available);
    }

    /** Runs {@code work} and adds the CPU used meanwhile to {@code name}'s usage. */
    <T> T measure(String name, Callable<T> work) throws Exception {
        if (!available) {
            return work.call();
        }
        Reading before = read();
        T result = work.call();
        used.merge(name, read().minus(before), Reading::plus);
        return result;
    }

    /** One line per measured class: microseconds of CPU per request by whom, and the machine's idle share. */
    String report(Map<String, Long> requests) {
        if (!available) {
            return "not measured: no /proc (Linux only)\n";
        }
        StringBuilder report = new StringBuilder(HEADER);
        used.forEach((name, usage) -> report.append(usage.perRequest(name, requests.getOrDefault(name, 0L),
                databasePid.isPresent())));
        return report.toString();
    }

    private Reading read() {
        try {
            long[] machine = machineTicks();
            return new Reading(processTicks(serverPid), databasePid.isPresent() ? processTicks(databasePid.getAsLong()) : 0,
                    processTicks(ProcessHandle.current().pid()), machine[0], machine[1]);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc", e);
        }
    }

    /** Ticks read at one moment, or the difference of two readings. */
    private record Reading(long server, long database, long generator, long machineBusy, long machineIdle) {
        Reading minus(Reading earlier) {
            return new Reading(server - earlier.server, database - earlier.database, generator - earlier.generator,
                    machineBusy - earlier.machineBusy, machineIdle - earlier.machineIdle);
        }

        Reading plus(Reading other) {
            return new Reading(server + other.server, database + other.database, generator + other.generator,
                    machineBusy + other.machineBusy, machineIdle + other.machineIdle);
        }

        String perRequest(String name, long requests, boolean databaseMeasured) {
            long other = machineBusy - server - database - generator;
            double idle = 100.0 * machineIdle / Math.max(1, machineBusy + machineIdle);
            return String.format(Locale.ROOT, "%-9s %10s %10s %10s %10s %6.0f%%%n", name, micros(server, requests),
                    databaseMeasured ? micros(database, requests) : "-", micros(generator, requests),
                    micros(other, requests), idle);
        }

        private static String micros(long ticks, long requests) {
            return requests == 0 ? "-" : String.format(Locale.ROOT, "%.0f", (double) ticks * MICROS_PER_TICK / requests);
        }
    }

    /** utime + stime of a process (fields 14 and 15 of /proc/[pid]/stat, after the parenthesised command name). */
    private static long processTicks(long pid) throws IOException {
        String stat = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /**
     * The machine's busy and idle ticks over all CPUs, from the "cpu" line of /proc/stat: user, nice, system, idle,
     * iowait, irq, softirq (idle counting I/O wait; a hypervisor's steal and the guest times, already in user, left out).
     */
    private static long[] machineTicks() throws IOException {
        String line = Files.readAllLines(PROC.resolve("stat")).getFirst();
        long[] ticks = Stream.of(line.substring("cpu".length()).trim().split("\\s+")).limit(7)
                .mapToLong(Long::parseLong).toArray();
        long idle = ticks[3] + ticks[4];
        return new long[] {ticks[0] + ticks[1] + ticks[2] + ticks[5] + ticks[6], idle};
    }

    /** The process named mariadbd or mysqld (any user's: /proc/[pid]/comm is readable by all), if exactly one. */
    private static OptionalLong databaseServerPid() {
        try (Stream<Path> processes = Files.list(PROC)) {
            List<Long> found = processes.filter(dir -> dir.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(dir -> {
                        try {
                            String name = Files.readString(dir.resolve("comm")).trim();
                            return name.equals("mariadbd") || name.equals("mysqld");
                        } catch (IOException e) {
                            return false; // ended meanwhile
                        }
                    })
                    .map(dir -> Long.parseLong(dir.getFileName().toString())).toList();
            return found.size() == 1 ? OptionalLong.of(found.getFirst()) : OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }
}
