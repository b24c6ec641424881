package cn.zhifa.planner.domain;

import java.time.LocalDate;

/**
 * When the drawn targets and teams of a plan become public (公开时点), so that firms do not learn in advance that they
 * will be inspected. Until that moment the public sees the matter, ratios, commitment, hashes, counts per stratum and
 * the seal's and draw's instants, never who was drawn; from then on the full draw record. Named at the plan's
 * creation and recorded by its seal.
 */
public enum Disclosure {
    /** Once the plan is published (公示): the behaviour of every plan before disclosure moments existed. */
    AT_DRAW,
    /** Once the plan is published and the first day of its window has come (a business day, Beijing time). */
    AT_WINDOW_START,
    /** With the results (结果公开). */
    AT_RESULTS;

    /**
     * Whether the moment has come: {@code today} is the business day (never the machine's date). A plan that is not
     * published discloses nothing, whatever its setting.
     */
    public boolean reached(boolean published, boolean resultsPublished, LocalDate startsOn, LocalDate today) {
        return switch (this) {
            case AT_DRAW -> published;
            case AT_WINDOW_START -> published && !today.isBefore(startsOn);
            case AT_RESULTS -> published && resultsPublished;
        };
    }
}
