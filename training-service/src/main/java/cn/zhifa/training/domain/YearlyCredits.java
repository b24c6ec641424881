package cn.zhifa.training.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * An officer's credited hours in one year per category, and how many 法律知识更新培训 organised by the
 * officer's own agency they attended. Built from the single records (one officer's credits) or from
 * the stored yearly totals (the compliance report); the duty is assessed the same way from both.
 */
public final class YearlyCredits {
    private final Map<TrainingCategory, Hours> hoursByCategory;
    private final int ownAgencyUpdates;

    public YearlyCredits(Map<TrainingCategory, Hours> hoursByCategory, int ownAgencyUpdates) {
        if (ownAgencyUpdates < 0) {
            throw new IllegalArgumentException("negative count of update trainings");
        }
        EnumMap<TrainingCategory, Hours> copy = new EnumMap<>(TrainingCategory.class);
        for (TrainingCategory category : TrainingCategory.values()) {
            copy.put(category, hoursByCategory.getOrDefault(category, Hours.ZERO));
        }
        this.hoursByCategory = copy;
        this.ownAgencyUpdates = ownAgencyUpdates;
    }

    /** Sums the records of one officer and year; an update training counts when organised by {@code officerAgency}. */
    public static YearlyCredits fromRecords(String officerAgency, Iterable<CreditRecord> records) {
        EnumMap<TrainingCategory, Hours> hours = new EnumMap<>(TrainingCategory.class);
        int ownUpdates = 0;
        for (CreditRecord record : records) {
            hours.merge(record.category(), record.hours(), Hours::plus);
            if (record.category() == TrainingCategory.LAW_UPDATE && record.organizerAgency().equals(officerAgency)) {
                ownUpdates++;
            }
        }
        return new YearlyCredits(hours, ownUpdates);
    }

    public Hours hours(TrainingCategory category) {
        return hoursByCategory.get(category);
    }

    /** Every category, zero where nothing was credited. */
    public Map<TrainingCategory, Hours> hoursByCategory() {
        return Map.copyOf(hoursByCategory);
    }

    public int ownAgencyUpdates() {
        return ownAgencyUpdates;
    }

    /** The hours of the categories the policy counts. */
    public Hours legalHours(TrainingPolicy policy) {
        return sum(policy, true);
    }

    /** The hours of every other category (political theory included): recorded, not counted. */
    public Hours otherHours(TrainingPolicy policy) {
        return sum(policy, false);
    }

    private Hours sum(TrainingPolicy policy, boolean counted) {
        return hoursByCategory.entrySet().stream()
                .filter(entry -> policy.counts(entry.getKey()) == counted)
                .map(Map.Entry::getValue)
                .reduce(Hours.ZERO, Hours::plus);
    }
}
