package cn.zhifa.app.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.Instant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Benchmark, not a test (run only by {@code ./mvnw -o -B -pl app -am verify -Pphone-bench -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false}): the first render of the
 * officer's visit page on a throttled phone — Chromium's mobile emulation at 390×844, Lighthouse's "slow 4G" (150 ms
 * round trip, 1.6 Mbit/s down, 750 kbit/s up) through CDP {@code Network.emulateNetworkConditions}, the CPU slowed
 * 4× ({@code Emulation.setCPUThrottlingRate}) and the cache off, so every run loads every file. Prints per run the
 * first contentful paint and the moment the record is drawn (the page's {@code zhifa:visit-drawn} mark), and their
 * medians over {@code -Dphone-bench.runs} runs (default 7). Figures go to docs/performance.md.
 */
@ExtendWith(BrowserTests.class)
class PhoneVisitBench {
    private static final int RUNS = Integer.getInteger("phone-bench.runs", 7);

    @Test
    void firstRenderOfTheVisitPageOnASlowPhone(Browser browser, Seed seed) throws Exception {
        for (String name : new String[] {"岳林", "钱峰", "孙莉", "周航"}) {
            seed.officerWithCredential(name);
        }
        seed.foodBusinesses(12);
        long matter = seed.foodMatter();
        seed.checklist(matter);
        long plan = seed.draftPlan("现场检查页面性能基准", matter);
        seed.sealDrawAndPublish(plan);
        Seed.Inspection inspection = seed.inspections(plan).getFirst();
        seed.checkIn(inspection.id(), inspection.inspectorId());

        browser.signIn("officer", String.valueOf(inspection.inspectorId()), "/officer.html");
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844,
                "deviceScaleFactor", 3, "mobile", true));
        chrome.executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent",
                "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36"));
        chrome.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        browser.network(false, 150, 1_600_000 / 8, 750_000 / 8);

        List<Double> paints = new ArrayList<>();
        List<Double> drawn = new ArrayList<>();
        for (int run = 0; run <= RUNS; run++) {
            browser.open("/visit.html?id=" + inspection.id());
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> (Boolean) browser.script(
                    "return performance.getEntriesByName('zhifa:visit-drawn').length > 0"
                            + " && performance.getEntriesByName('first-contentful-paint').length > 0"));
            double paint = ((Number) browser.script(
                    "return performance.getEntriesByName('first-contentful-paint')[0].startTime")).doubleValue();
            double ready = ((Number) browser.script(
                    "return performance.getEntriesByName('zhifa:visit-drawn')[0].startTime")).doubleValue();
            browser.waitVisible(By.id("door-qr"));
            if (run == 0) {
                continue; // the server's first answers (JIT, connection pools) are not a phone's concern
            }
            paints.add(paint);
            drawn.add(ready);
            System.out.printf("run %d: first contentful paint %.0f ms, record drawn %.0f ms%n", run, paint, ready);
        }
        String load = Files.readString(Path.of("/proc/loadavg")).strip();
        System.out.printf("PHONE BENCH %s, load average %s: visit page on 390x844, slow 4G (150 ms, 1.6/0.75 Mbit/s), "
                        + "CPU 4x, cold cache, %d runs: median first contentful paint %.0f ms, median record drawn %.0f ms%n",
                Instant.now(), load, RUNS, median(paints), median(drawn));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
