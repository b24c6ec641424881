package cn.zhifa.platform.security;

import cn.zhifa.db.DatabaseKind;
import org.eclipse.microprofile.config.Config;

/**
 * How a caller's agency is read and enforced, read from configuration here and nowhere else.
 *
 * @param claim                 {@code zhifa.security.agency-claim} (default {@code agency}): the token claim
 *                              holding the code of the agency the person acts for
 * @param unscopedStaffAllowed  {@code zhifa.security.unscoped-staff-allowed} (default: true on the embedded
 *                              database, false otherwise): whether a staff token without that claim acts for
 *                              every agency; where false it is refused (403 {@code AGENCY_REQUIRED})
 */
public record AgencySettings(String claim, boolean unscopedStaffAllowed) {
    public static final String DEFAULT_CLAIM = "agency";

    public static AgencySettings from(Config config) {
        boolean embedded = DatabaseKind.of(config.getValue("zhifa.db.url", String.class)) == DatabaseKind.EMBEDDED_H2;
        String claim = config.getOptionalValue("zhifa.security.agency-claim", String.class)
                .map(String::strip).filter(c -> !c.isEmpty()).orElse(DEFAULT_CLAIM);
        boolean unscoped = config.getOptionalValue("zhifa.security.unscoped-staff-allowed", Boolean.class)
                .orElse(embedded);
        return new AgencySettings(claim, unscoped);
    }
}
