package cn.zhifa.planner.service;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

import static jakarta.interceptor.Interceptor.Priority.PLATFORM_BEFORE;

/**
 * Keeps OptaPlanner's own meters out of the metrics: OptaPlanner 9 registers a LongTaskTimer per solve in
 * Micrometer's global registry, which Helidon's metrics bridge cannot take (NullPointerException in its
 * registry factory). Set once at start-up, before any draw can run.
 */
@ApplicationScoped
class SolverMetricsFilter {
    void denySolverMeters(@Observes @Priority(PLATFORM_BEFORE) @Initialized(ApplicationScoped.class) Object started) {
        Metrics.globalRegistry.config().meterFilter(MeterFilter.denyNameStartsWith("optaplanner"));
    }
}
