package cn.zhifa.platform.contract;

import java.util.OptionalLong;

/**
 * Published by credential-service for the platform's sign-in: which officer of the roster a token's officer
 * claim names ({@code zhifa.security.officer-claim}, matched as {@code zhifa.security.officer-match}).
 */
public interface OfficerDirectory {
    /** The id of the officer whose field {@code match} equals {@code value}; empty when none does. */
    OptionalLong find(OfficerMatch match, String value);
}
