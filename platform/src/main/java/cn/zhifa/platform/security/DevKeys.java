package cn.zhifa.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA key pair of the development token issuer: generated once, kept as PEM files in the data
 * directory so tokens stay valid across restarts.
 */
public final class DevKeys {
    private DevKeys() {
    }

    /** Creates the key pair unless both files already exist. */
    public static void ensure(DevTokenSettings settings) {
        if (Files.exists(settings.publicKey()) && Files.exists(settings.privateKey())) {
            return;
        }
        try {
            Files.createDirectories(settings.keyDir());
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Path privateKey = settings.privateKey();
            Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            restrictToOwner(privateKey);
            Files.writeString(settings.publicKey(), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the development key pair to " + settings.keyDir(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static RSAPrivateKey privateKey(DevTokenSettings settings) {
        try {
            return (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(der(settings.privateKey())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unreadable private key " + settings.privateKey(), e);
        }
    }

    public static RSAPublicKey publicKey(DevTokenSettings settings) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(der(settings.publicKey())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unreadable public key " + settings.publicKey(), e);
        }
    }

    private static byte[] der(Path pemFile) {
        try {
            String body = Files.readString(pemFile, StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            return Base64.getDecoder().decode(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's own permissions apply
        }
    }
}
