package cn.zhifa.training.service;

import cn.zhifa.platform.dictionary.Dictionaries;
import cn.zhifa.platform.error.ProblemException;

import java.util.List;

/** An agency filter of a list or report: the agency and all its sub-agencies. */
final class AgencyScope {
    private AgencyScope() {
    }

    /** The agency and its descendants, or 400 on {@code field} when the code is unknown. */
    static List<String> of(Dictionaries dictionaries, String code, String field) {
        List<String> scope = dictionaries.agencyAndDescendants(code);
        if (scope.isEmpty()) {
            throw ProblemException.invalid(field, "AGENCY_UNKNOWN", code);
        }
        return scope;
    }
}
