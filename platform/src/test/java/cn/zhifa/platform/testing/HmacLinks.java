package cn.zhifa.platform.testing;

import cn.zhifa.platform.contract.SignedLinks;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * {@link SignedLinks} for the tests of a module that signs links without credential-service (whose key signs the
 * real ones) on its class path: HMAC-SHA256 with a key of this JVM. Not a bean here (the app's tests use the real
 * signer); a module's tests make it one with a subclass of their own.
 */
public class HmacLinks implements SignedLinks {
    private static final byte[] KEY = new SecureRandom().generateSeed(32);

    @Override
    public String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean verify(String text, String signature) {
        return signature != null && MessageDigest.isEqual(sign(text).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    /** Not a picture: the URL's bytes, enough for a module's tests (the app's tests decode the real QR). */
    @Override
    public byte[] qrPng(String pathAndQuery) {
        return pathAndQuery.getBytes(StandardCharsets.UTF_8);
    }
}
