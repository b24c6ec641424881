package cn.zhifa.planner.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import cn.zhifa.platform.contract.SignedLinks;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The {@link SignedLinks} of inspection-planner's own tests (credential-service, whose key signs the real ones, is
 * not on this module's classpath; the app's tests run against it): HMAC-SHA256 with a key of this JVM.
 */
@ApplicationScoped
public class Links implements SignedLinks {
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

    /** Not a picture: the URL's bytes, enough for this module's tests (the app's tests decode the real QR). */
    @Override
    public byte[] qrPng(String pathAndQuery) {
        return pathAndQuery.getBytes(StandardCharsets.UTF_8);
    }
}
