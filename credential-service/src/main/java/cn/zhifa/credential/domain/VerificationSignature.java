package cn.zhifa.credential.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The Ed25519 signature (JDK only) that a QR verification URL carries, {@code /verify/{number}?s=...}:
 * it proves the server printed this number with this validity period, so a forged or altered card is
 * recognised even while the number itself is genuine. Signatures are base64url without padding.
 */
public final class VerificationSignature {
    private static final String ALGORITHM = "Ed25519";

    private VerificationSignature() {
    }

    public static KeyPair generateKeyPair() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 unavailable", e);
        }
    }

    public static String sign(PrivateKey key, CardFace face) {
        return sign(key, face.signedText());
    }

    /** Whether {@code encoded} is a genuine signature of the face; false for anything malformed. */
    public static boolean verify(PublicKey key, CardFace face, String encoded) {
        return verify(key, face.signedText(), encoded);
    }

    /** The signature of a text (a card face's, or another signed link's, e.g. an inspection's door QR). */
    public static String sign(PrivateKey key, String text) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the credential key", e);
        }
    }

    /** Whether {@code encoded} is a genuine signature of the text; false for anything malformed. */
    public static boolean verify(PublicKey key, String text, String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getUrlDecoder().decode(encoded));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    /** X.509 (public) or PKCS#8 (private) encoding, base64, as stored and configured. */
    public static String encode(java.security.Key key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static PublicKey decodePublic(String base64) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a base64 X.509 Ed25519 public key", e);
        }
    }

    public static PrivateKey decodePrivate(String base64) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a base64 PKCS#8 Ed25519 private key", e);
        }
    }
}
