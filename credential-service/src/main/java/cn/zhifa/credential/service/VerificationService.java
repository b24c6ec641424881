package cn.zhifa.credential.service;

import cn.zhifa.credential.domain.CardFace;
import cn.zhifa.credential.domain.Credential;
import cn.zhifa.credential.domain.ValidityPeriod;
import cn.zhifa.credential.domain.VerificationSignature;
import cn.zhifa.credential.mapper.CredentialMapper;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Map;
import java.util.Optional;

/**
 * 亮证执法 verification: the signed URL a credential's QR code carries, the QR image, and the check of a
 * scanned URL against the live record.
 */
@ApplicationScoped
public class VerificationService {
    static final int QR_SIZE = 320;

    /** What the signature of a scanned URL proves. */
    public enum SignatureCheck {
        /** Signed by this server for the credential's current number and validity. */
        GENUINE,
        /** Genuine, but for an earlier validity period: the card was replaced at renewal. */
        SUPERSEDED,
        /** Not a signature of this server for this number: altered or forged. */
        INVALID,
        /** The URL carries no signature. */
        MISSING
    }

    /** The live public record (empty for an unknown number) and what the signature proves. */
    public record Verification(Optional<PublicCredential> credential, SignatureCheck signature) {
    }

    private final SigningKeys keys;
    private final CredentialMapper credentials;
    private final PublicRosterService roster;
    private final CredentialSettings settings;

    @Inject
    public VerificationService(SigningKeys keys, CredentialMapper credentials, PublicRosterService roster,
                               CredentialSettings settings) {
        this.keys = keys;
        this.credentials = credentials;
        this.roster = roster;
        this.settings = settings;
    }

    /** {@code <public base>/verify/<number>?s=<signature over number and validity>}. */
    public String verificationUrl(Credential credential) {
        String signature = VerificationSignature.sign(keys.get().getPrivate(), credential.face());
        return settings.publicBaseUrl() + "/verify/" + URLEncoder.encode(credential.number(), StandardCharsets.UTF_8)
                + "?s=" + signature;
    }

    /** A PNG of the QR code of the credential's verification URL. */
    public byte[] qrPng(Credential credential) {
        return qrPng(verificationUrl(credential));
    }

    /** A PNG of the QR code of a public URL (the credential's, or another signed link's: {@link CredentialLinkSigner}). */
    static byte[] qrPng(String url) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, QR_SIZE,
                    QR_SIZE, Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
            return png.toByteArray();
        } catch (WriterException e) {
            throw new IllegalStateException("URL does not fit a QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks a scanned number and signature against the live record. */
    public Verification verify(String number, String signature) {
        Optional<PublicCredential> credential = roster.lookup(number);
        if (signature == null || signature.isBlank()) {
            return new Verification(credential, SignatureCheck.MISSING);
        }
        if (credential.isEmpty()) {
            return new Verification(credential, SignatureCheck.INVALID);
        }
        PublicKey key = keys.get().getPublic();
        PublicCredential current = credential.get();
        if (VerificationSignature.verify(key, new CardFace(number, current.validFrom(), current.validUntil()), signature)) {
            return new Verification(credential, SignatureCheck.GENUINE);
        }
        long id = credentials.findByNumber(number).orElseThrow().id();
        for (ValidityPeriod term : credentials.terms(id)) {
            if (VerificationSignature.verify(key, new CardFace(number, term.from(), term.until()), signature)) {
                return new Verification(credential, SignatureCheck.SUPERSEDED);
            }
        }
        return new Verification(credential, SignatureCheck.INVALID);
    }
}
