package cn.zhifa.platform.probe;

import cn.zhifa.platform.contract.OfficerDirectory;
import cn.zhifa.platform.contract.OfficerMatch;

import java.util.Map;
import java.util.OptionalLong;

/**
 * The roster of the platform's own tests (credential-service is not on their class path): two officers. Not a bean
 * by discovery (other modules' tests see the platform's test classes in a reactor build, and have the real roster):
 * a test adds it with {@code @AddBean(ProbeOfficerDirectory.class)}.
 */
public class ProbeOfficerDirectory implements OfficerDirectory {
    /** Officer 42 holds credential 渝执A-0042, officer 43 has identity number 500115199001010018. */
    private static final Map<OfficerMatch, Map<String, Long>> ROSTER = Map.of(
            OfficerMatch.ID, Map.of("42", 42L, "43", 43L),
            OfficerMatch.CREDENTIAL_NUMBER, Map.of("渝执A-0042", 42L),
            OfficerMatch.ID_NUMBER, Map.of("500115199001010018", 43L));

    @Override
    public OptionalLong find(OfficerMatch match, String value) {
        Long id = ROSTER.get(match).get(value);
        return id == null ? OptionalLong.empty() : OptionalLong.of(id);
    }
}
