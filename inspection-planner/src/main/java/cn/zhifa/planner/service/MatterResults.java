package cn.zhifa.planner.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.zhifa.planner.mapper.MatterResultRow;
import cn.zhifa.platform.dictionary.Agency;
import cn.zhifa.platform.dictionary.Dictionaries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The results per matter of joint plans' inspections as the views show them: each matter with its agency named. */
@ApplicationScoped
public class MatterResults {

    private final Dictionaries dictionaries;

    @Inject
    public MatterResults(Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    /**
     * The covered matters by inspection, in matter order; {@code withResults}: the results too (the public sees them
     * once the plan's results are published, the matters and agencies before).
     */
    public Map<Long, List<DrawViews.MatterResult>> byInspection(List<MatterResultRow> rows, boolean withResults) {
        Map<Long, List<DrawViews.MatterResult>> out = new LinkedHashMap<>();
        for (MatterResultRow r : rows) {
            out.computeIfAbsent(r.inspectionId(), k -> new ArrayList<>()).add(new DrawViews.MatterResult(
                    r.matterId(), r.matterName(), r.agencyCode(), agencyName(r.agencyCode()),
                    withResults ? r.resultCode() : null, withResults ? r.inspectedOn() : null,
                    withResults ? r.note() : null));
        }
        return out;
    }

    /** The agency's name in the dictionary (its code if the dictionary no longer has it; null without agency). */
    public String agencyName(String agencyCode) {
        return agencyCode == null ? null : dictionaries.agency(agencyCode).map(Agency::name).orElse(agencyCode);
    }
}
