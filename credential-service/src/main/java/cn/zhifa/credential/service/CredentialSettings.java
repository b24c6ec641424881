package cn.zhifa.credential.service;

import cn.zhifa.credential.domain.EligibilityPolicy;
import cn.zhifa.credential.domain.EmploymentType;
import cn.zhifa.credential.domain.NumberPattern;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting of the credential service ({@code zhifa.credential.*}), read and checked once at start so
 * that a wrong value stops the server instead of surfacing in a request. Documented in docs/credentials.md.
 */
@ApplicationScoped
public class CredentialSettings {
    private final int validityYears;
    private final NumberPattern numberPattern;
    private final EligibilityPolicy eligibilityPolicy;
    private final BigDecimal minimumReviewerRatio;
    private final Map<String, BigDecimal> agencyReviewerRatios;
    private final String publicBaseUrl;
    private final String issuingAuthority;
    private final Optional<String> signingPrivateKey;
    private final Optional<String> signingPublicKey;
    private final boolean dailyJobEnabled;
    private final LocalTime dailyJobTime;
    private final int importMaxRows;
    private final Duration rosterTotalsTtl;
    private final BigDecimal examPassMark;
    private final int publicRosterMaxSearchMatches;

    @Inject
    public CredentialSettings(
            @ConfigProperty(name = "zhifa.credential.validity-years", defaultValue = "5") int validityYears,
            @ConfigProperty(name = "zhifa.credential.number-pattern", defaultValue = "{agency}{year}{serial:5}")
            String numberPattern,
            @ConfigProperty(name = "zhifa.credential.eligible-employment-types", defaultValue = "REGULAR")
            String eligibleEmploymentTypes,
            @ConfigProperty(name = "zhifa.credential.qualification-exempts-comprehensive-exam", defaultValue = "true")
            boolean qualificationExempts,
            @ConfigProperty(name = "zhifa.credential.legal-reviewer.minimum-ratio", defaultValue = "0.05")
            BigDecimal minimumReviewerRatio,
            @ConfigProperty(name = "zhifa.credential.legal-reviewer.agency-minimum-ratios")
            Optional<String> agencyReviewerRatios,
            @ConfigProperty(name = "zhifa.credential.public-base-url", defaultValue = "http://localhost:8080")
            String publicBaseUrl,
            @ConfigProperty(name = "zhifa.credential.issuing-authority", defaultValue = "500115001")
            String issuingAuthority,
            @ConfigProperty(name = "zhifa.credential.signing.private-key") Optional<String> signingPrivateKey,
            @ConfigProperty(name = "zhifa.credential.signing.public-key") Optional<String> signingPublicKey,
            @ConfigProperty(name = "zhifa.credential.daily-job.enabled", defaultValue = "true") boolean dailyJobEnabled,
            @ConfigProperty(name = "zhifa.credential.daily-job.time", defaultValue = "00:10") String dailyJobTime,
            @ConfigProperty(name = "zhifa.credential.import.max-rows", defaultValue = "5000") int importMaxRows,
            @ConfigProperty(name = "zhifa.credential.public-roster.totals-seconds", defaultValue = "30")
            int rosterTotalsSeconds,
            @ConfigProperty(name = "zhifa.credential.exam.pass-mark", defaultValue = "60") BigDecimal examPassMark,
            @ConfigProperty(name = "zhifa.credential.public-roster.max-search-matches", defaultValue = "5000")
            int publicRosterMaxSearchMatches) {
        if (validityYears < 1 || validityYears > 20) {
            throw new IllegalArgumentException("zhifa.credential.validity-years must lie between 1 and 20");
        }
        if (signingPrivateKey.isPresent() != signingPublicKey.isPresent()) {
            throw new IllegalArgumentException("zhifa.credential.signing.private-key and .public-key go together");
        }
        if (importMaxRows < 1) {
            throw new IllegalArgumentException("zhifa.credential.import.max-rows must be positive");
        }
        this.validityYears = validityYears;
        this.numberPattern = NumberPattern.parse(numberPattern);
        this.eligibilityPolicy = new EligibilityPolicy(employmentTypes(eligibleEmploymentTypes), qualificationExempts);
        this.minimumReviewerRatio = ratio(minimumReviewerRatio);
        this.agencyReviewerRatios = agencyRatios(agencyReviewerRatios.orElse(""));
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
        if (issuingAuthority.isBlank()) {
            throw new IllegalArgumentException("zhifa.credential.issuing-authority must name the agency that issues credentials");
        }
        this.issuingAuthority = issuingAuthority.strip();
        this.signingPrivateKey = signingPrivateKey;
        this.signingPublicKey = signingPublicKey;
        this.dailyJobEnabled = dailyJobEnabled;
        this.dailyJobTime = LocalTime.parse(dailyJobTime);
        this.importMaxRows = importMaxRows;
        if (rosterTotalsSeconds < 0) {
            throw new IllegalArgumentException("zhifa.credential.public-roster.totals-seconds must not be negative");
        }
        this.rosterTotalsTtl = Duration.ofSeconds(rosterTotalsSeconds);
        if (examPassMark.signum() <= 0 || examPassMark.compareTo(new BigDecimal("100")) > 0) {
            throw new IllegalArgumentException("zhifa.credential.exam.pass-mark must lie above 0 and at most 100");
        }
        this.examPassMark = examPassMark;
        if (publicRosterMaxSearchMatches < 1) {
            throw new IllegalArgumentException("zhifa.credential.public-roster.max-search-matches must be positive");
        }
        this.publicRosterMaxSearchMatches = publicRosterMaxSearchMatches;
    }

    /** The most officers a public roster search may match before it is refused as too broad (each page reads them). */
    public int publicRosterMaxSearchMatches() {
        return publicRosterMaxSearchMatches;
    }

    /** The score that passes an exam (合格分数线, 60 of 100 by default): a pass follows from it, never typed apart. */
    public BigDecimal examPassMark() {
        return examPassMark;
    }

    /**
     * How long the public roster keeps the total of a listing without a search term (an agency, category or area:
     * counting 10,000 officers costs tens of milliseconds per request); 0 counts every time.
     */
    public Duration rosterTotalsTtl() {
        return rosterTotalsTtl;
    }

    /** 有效期 in years of a credential issued or renewed today. */
    public int validityYears() {
        return validityYears;
    }

    public NumberPattern numberPattern() {
        return numberPattern;
    }

    public EligibilityPolicy eligibilityPolicy() {
        return eligibilityPolicy;
    }


    /** The minimum legal-reviewer ratio of an agency: its own setting, else the general one. */
    public BigDecimal minimumReviewerRatio(String agencyCode) {
        return agencyReviewerRatios.getOrDefault(agencyCode, minimumReviewerRatio);
    }

    /**
     * The agency code of the 发证机关, the judicial bureau that issues every credential (not the holder's unit, which
     * the card shows as 单位).
     */
    public String issuingAuthority() {
        return issuingAuthority;
    }

    /** Where the public reaches this server; QR codes point to {@code <base>/verify/...}. */
    public String publicBaseUrl() {
        return publicBaseUrl;
    }

    public Optional<String> signingPrivateKey() {
        return signingPrivateKey;
    }

    public Optional<String> signingPublicKey() {
        return signingPublicKey;
    }

    public boolean dailyJobEnabled() {
        return dailyJobEnabled;
    }

    /** Local time (zhifa.time-zone) of the daily expiry and clean-up run. */
    public LocalTime dailyJobTime() {
        return dailyJobTime;
    }

    public int importMaxRows() {
        return importMaxRows;
    }

    private static EnumSet<EmploymentType> employmentTypes(String list) {
        EnumSet<EmploymentType> types = EnumSet.noneOf(EmploymentType.class);
        Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> EmploymentType.valueOf(s.toUpperCase(Locale.ROOT))).forEach(types::add);
        return types;
    }

    private static BigDecimal ratio(BigDecimal ratio) {
        if (ratio.signum() < 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a legal-reviewer ratio must lie between 0 and 1: " + ratio);
        }
        return ratio;
    }

    /** {@code 500115002:0.03,500115003:0.03} */
    private static Map<String, BigDecimal> agencyRatios(String list) {
        Map<String, BigDecimal> ratios = new LinkedHashMap<>();
        for (String entry : list.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split(":");
            if (parts.length != 2) {
                throw new IllegalArgumentException("agency-minimum-ratios entries are agency:ratio, not " + entry);
            }
            ratios.put(parts[0].strip(), ratio(new BigDecimal(parts[1].strip())));
        }
        return Map.copyOf(ratios);
    }
}
