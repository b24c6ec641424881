package cn.zhifa.platform.tabular;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The limits of every import ({@code zhifa.import.*}), read in this one place; docs/configuration.md lists
 * them. The defaults keep one file's worst case to some hundred megabytes of heap.
 */
@ApplicationScoped
public class ImportSettings {
    private final ImportLimits limits;

    @Inject
    public ImportSettings(
            @ConfigProperty(name = "zhifa.import.max-bytes", defaultValue = "67108864") long maxBytes,
            @ConfigProperty(name = "zhifa.import.max-rows", defaultValue = "1000000") int maxRows,
            @ConfigProperty(name = "zhifa.import.max-field-chars", defaultValue = "4096") int maxFieldChars,
            @ConfigProperty(name = "zhifa.import.max-line-chars", defaultValue = "65536") int maxLineChars,
            @ConfigProperty(name = "zhifa.import.xlsx.max-part-bytes", defaultValue = "134217728")
            long maxXlsxPartBytes,
            @ConfigProperty(name = "zhifa.import.xlsx.max-shared-strings", defaultValue = "1000000")
            int maxSharedStrings,
            @ConfigProperty(name = "zhifa.import.xlsx.max-shared-string-chars", defaultValue = "16777216")
            long maxSharedStringChars) {
        this.limits = new ImportLimits(maxBytes, maxRows, maxFieldChars, maxLineChars, maxXlsxPartBytes,
                maxSharedStrings, maxSharedStringChars);
    }

    public ImportLimits limits() {
        return limits;
    }
}
