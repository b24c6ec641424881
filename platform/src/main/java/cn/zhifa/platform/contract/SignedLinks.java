package cn.zhifa.platform.contract;

/**
 * Published by credential-service: the signing of the credential QR (its Ed25519 key, base64url signatures), for
 * other links the public checks the same way, e.g. an inspection's door QR (inspection-planner). A module that signs
 * links injects it as an {@code Instance} and offers no signed link where credential-service is not deployed.
 */
public interface SignedLinks {
    /** The signature of the text, base64url without padding. */
    String sign(String text);

    /** Whether the signature is genuine for the text; false for anything malformed or missing. */
    boolean verify(String text, String signature);

    /**
     * The QR code (PNG) of the public URL of {@code pathAndQuery} (a signed link such as {@code /public/v1/...?sig=}):
     * the same public address and the same encoding as the credential QR, so a phone's camera opens it alike.
     */
    byte[] qrPng(String pathAndQuery);
}
