package cn.zhifa.training.service;

import cn.zhifa.platform.dictionary.Dictionaries;
import cn.zhifa.platform.error.ProblemException;
import cn.zhifa.platform.security.AgencyScope;

import java.util.List;
import java.util.Optional;

/** The agency filter of a list or report: the agency asked for and all its sub-agencies, within the caller's scope. */
final class AgencyFilter {
    private AgencyFilter() {
    }

    /**
     * The agencies a list may show: those of {@code scope} ({@code null}: every agency), narrowed to {@code code} and
     * its sub-agencies when given. 400 on {@code field} when the code is unknown, 403 {@code AGENCY_OUT_OF_SCOPE} when
     * it is outside the scope (a sub-unit's trainer asking for its parent's list).
     */
    static List<String> of(Dictionaries dictionaries, AgencyScope scope, Optional<String> code, String field) {
        if (code.isEmpty()) {
            return scope.codes();
        }
        List<String> agencies = dictionaries.agencyAndDescendants(code.get());
        if (agencies.isEmpty()) {
            throw ProblemException.invalid(field, "AGENCY_UNKNOWN", code.get());
        }
        scope.require(code.get());
        return agencies.stream().filter(scope::covers).toList();
    }
}
