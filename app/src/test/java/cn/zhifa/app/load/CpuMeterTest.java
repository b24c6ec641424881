package cn.zhifa.app.load;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class CpuMeterTest {
    private static final long BURN_NANOS = 300_000_000;

    @Test
    void chargesTheCpuOfTheMeasuredWorkToTheProcessThatDidIt() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/stat")), "needs Linux's /proc");
        // this process as the "server" and, being the meter's own process, the "generator" too
        CpuMeter meter = CpuMeter.of(ProcessHandle.current().pid(), false);

        meter.measure("burn", CpuMeterTest::burnCpu);
        meter.measure("burn", CpuMeterTest::burnCpu);
        meter.measure("rest", () -> {
            Thread.sleep(300);
            return null;
        });

        List<String> lines = meter.report(Map.of("burn", 2L, "rest", 1L)).lines().toList();
        assertEquals(3, lines.size(), "a header and one line per measured class, in order: " + lines);
        String[] burn = lines.get(1).trim().split("\\s+");
        String[] rest = lines.get(2).trim().split("\\s+");
        assertEquals("burn", burn[0]);
        // 0.3 s of CPU per request; /proc counts in 10 ms ticks and the JIT's threads may add their share
        long serverMicros = Long.parseLong(burn[1]);
        assertTrue(serverMicros >= 250_000 && serverMicros < 1_000_000, "CPU per burn: " + serverMicros + " us");
        // the same process read twice per reading, microseconds apart: a tick may fall between, at most one per
        // reading, 4 over the two measurements, 20,000 us per request
        assertTrue(Math.abs(serverMicros - Long.parseLong(burn[3])) <= 20_000,
                "the server's and the generator's figures are of the same process here: " + lines.get(1));
        assertEquals("-", burn[2], "no database process was asked for");
        // the process's other threads (the JIT, the GC, servers of earlier test classes in this JVM) run meanwhile:
        // a sleep is charged well under a burn of the same wall time, not nothing
        assertTrue(Long.parseLong(rest[1]) < serverMicros * 2 / 3, "sleeping used far less CPU than burning: "
                + lines.get(2) + " against " + lines.get(1));
    }

    /** Spins until this thread has used {@link #BURN_NANOS} of CPU (not of wall time: the machine may be busy). */
    private static Object burnCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long end = threads.getCurrentThreadCpuTime() + BURN_NANOS;
        long spins = 0;
        while (threads.getCurrentThreadCpuTime() < end) {
            spins++;
        }
        return spins;
    }
}
