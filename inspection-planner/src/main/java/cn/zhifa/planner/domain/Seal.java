package cn.zhifa.planner.domain;

import java.security.SecureRandom;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * 封存: the commitment published before the draw. The secret {@code serverSeed} is revealed only at the draw;
 * its hash, and the hashes of the frozen target and inspector lists, prove afterwards that none was changed.
 */
public record Seal(String serverSeed, String commitment, String targetsHash, String inspectorsHash) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A fresh seal: 32 random bytes as lowercase hex, committed to with the two snapshots. */
    public static Seal create(Collection<DrawTarget> targets, Collection<String> credentialNumbers) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return of(HexFormat.of().formatHex(bytes), targets, credentialNumbers);
    }

    public static Seal of(String serverSeed, Collection<DrawTarget> targets, Collection<String> credentialNumbers) {
        return new Seal(serverSeed, Sha256.hex(serverSeed), targetsHash(targets), inspectorsHash(credentialNumbers));
    }

    /**
     * A fresh seal of a joint plan: its target hash also commits to the matters each target falls in
     * ({@link #jointTargetsHash}), so which matters an inspection covers is fixed with the list.
     */
    public static Seal createJoint(Collection<DrawTarget> targets, Map<String, List<Long>> matterIds,
                                   Collection<String> credentialNumbers) {
        Seal seal = create(targets, credentialNumbers);
        return new Seal(seal.serverSeed(), seal.commitment(), jointTargetsHash(targets, matterIds),
                seal.inspectorsHash());
    }

    /**
     * sha256hex of the lines {@code creditCode,riskLevel,creditLevel,matterId;matterId\n}, sorted by creditCode, the
     * matter ids of each target ascending.
     */
    public static String jointTargetsHash(Collection<DrawTarget> targets, Map<String, List<Long>> matterIds) {
        StringBuilder sb = new StringBuilder();
        targets.stream().sorted(java.util.Comparator.comparing(DrawTarget::creditCode)).forEach(t -> {
            String line = t.hashLine();
            sb.append(line, 0, line.length() - 1).append(',').append(String.join(";", matterIds
                    .getOrDefault(t.creditCode(), List.of()).stream().sorted().map(String::valueOf).toList()))
                    .append('\n');
        });
        return Sha256.hex(sb.toString());
    }

    /** sha256hex of the lines {@code creditCode,riskLevel,creditLevel\n}, sorted by creditCode. */
    public static String targetsHash(Collection<DrawTarget> targets) {
        StringBuilder sb = new StringBuilder();
        targets.stream().sorted(java.util.Comparator.comparing(DrawTarget::creditCode))
                .forEach(t -> sb.append(t.hashLine()));
        return Sha256.hex(sb.toString());
    }

    /** sha256hex of the credential numbers, one a line ({@code number\n}), sorted. */
    public static String inspectorsHash(Collection<String> credentialNumbers) {
        StringBuilder sb = new StringBuilder();
        List<String> sorted = credentialNumbers.stream().sorted().toList();
        sorted.forEach(n -> sb.append(n).append('\n'));
        return Sha256.hex(sb.toString());
    }

    /** True when a revealed seed matches the published commitment. */
    public static boolean opens(String commitment, String serverSeed) {
        return Sha256.hex(serverSeed).equals(commitment);
    }
}
