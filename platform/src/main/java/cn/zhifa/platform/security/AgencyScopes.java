package cn.zhifa.platform.security;

import cn.zhifa.platform.dictionary.Dictionaries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/** The agency scope of the current caller ({@link AgencyScopeRule} over the dictionaries and configuration). */
@ApplicationScoped
public class AgencyScopes {
    private final CurrentActor currentActor;
    private final Dictionaries dictionaries;
    private final boolean unscopedStaffAllowed;
    private volatile AgencyScopeRule rule;

    @Inject
    public AgencyScopes(CurrentActor currentActor, Dictionaries dictionaries, Config config) {
        this.currentActor = currentActor;
        this.dictionaries = dictionaries;
        this.unscopedStaffAllowed = AgencySettings.from(config).unscopedStaffAllowed();
    }

    /** The current caller's scope; 403 {@code AGENCY_REQUIRED}/{@code AGENCY_UNKNOWN} for a staff token that has none. */
    public AgencyScope current() {
        return of(currentActor.get());
    }

    public AgencyScope of(Actor actor) {
        return rule().scopeOf(actor);
    }

    /** 403 {@code AGENCY_OUT_OF_SCOPE} unless the current caller covers the agency. */
    public void require(String agencyCode) {
        current().require(agencyCode);
    }

    /** Nothing for the officer themself; otherwise 403 {@code AGENCY_OUT_OF_SCOPE} unless the caller covers the agency. */
    public void requireSelfOrCovers(long officerId, String agencyCode) {
        Actor caller = currentActor.get();
        if (!caller.isSelf(officerId)) {
            of(caller).require(agencyCode);
        }
    }

    private AgencyScopeRule rule() {
        AgencyScopeRule current = rule;
        if (current == null) {
            current = new AgencyScopeRule(dictionaries.agencies(), dictionaries::divisionCovers, unscopedStaffAllowed);
            rule = current;
        }
        return current;
    }
}
