package cn.zhifa.evidence.bench;

import cn.zhifa.evidence.testing.Teams;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.testing.Tokens;
import io.helidon.microprofile.server.Server;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import com.sun.management.GarbageCollectionNotificationInfo;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The server side of {@link EvidenceBenchmark}: the evidence endpoints in a JVM of their own (the benchmark starts it
 * with {@code -Xmx256m}; the {@code zhifa.*} settings come as system properties). It makes one inspection per officer
 * {@code 1..bench.officers} and prints, one line each (among the log's, so each begins with {@code bench}),
 * {@code bench port <n>}, {@code bench officer <id> <inspection> <bearer>} and {@code bench judicial <bearer>}, then
 * {@code bench ready}. Then it answers lines on its standard input: {@code heap} prints
 * {@code bench heap <sampled> <pools> <cpu> <after-gc>} since the last {@code heap}: the largest heap use sampled every
 * 10 ms, the sum of the heap pools' peaks (an upper bound: the pools peak at different times), the CPU time (ns) the
 * process has used since it started, and the largest heap in use right after a collection that marked the whole heap
 * (G1's concurrent cycle or a full collection: about what the uploads keep alive, where the sampled figures include
 * the garbage G1 lets gather up to the heap's limit; 0 when no such collection ran); end of input stops the server.
 */
public final class EvidenceBenchServer {
    private EvidenceBenchServer() {
    }

    private static final AtomicLong SAMPLED = new AtomicLong();
    private static final AtomicLong AFTER_GC = new AtomicLong();

    public static void main(String[] args) throws Exception {
        Thread.ofPlatform().daemon().name("heap-sampler").start(EvidenceBenchServer::sample);
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)
                        && !collector.getName().contains("Young")) {
                    long used = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                            .getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(pool -> heapPools.contains(pool.getKey()))
                            .mapToLong(pool -> pool.getValue().getUsed()).sum();
                    AFTER_GC.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
        Server server = Server.builder().build().start();
        int officers = Integer.getInteger("bench.officers", 1);
        System.out.println("bench port " + server.port());
        for (long officer = 1; officer <= officers; officer++) {
            System.out.println("bench officer " + officer + " " + Teams.inspection(officer) + " " + Tokens.officer(officer));
        }
        System.out.println("bench judicial " + Tokens.bearer("bench-judicial", Roles.JUDICIAL));
        System.out.println("bench ready");
        System.out.flush();
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = commands.readLine()) != null; ) {
            if (line.equals("heap")) {
                System.out.println("bench heap " + SAMPLED.getAndSet(0) + " " + peakHeapSinceLastAsked() + " "
                        + ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime() + " " + AFTER_GC.getAndSet(0));
                System.out.flush();
            }
        }
        server.stop();
        System.exit(0);
    }

    private static void sample() {
        while (true) {
            SAMPLED.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The sum of the heap pools' peak use since the last call (the peaks are reset). */
    private static long peakHeapSinceLastAsked() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
                pool.resetPeakUsage();
            }
        }
        return peak;
    }
}
