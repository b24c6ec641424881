package cn.zhifa.credential.domain;

import java.time.LocalDate;

/** What a printed credential card states and its QR code signs: the number and the validity period. */
public record CardFace(String number, LocalDate validFrom, LocalDate validUntil) {
    private static final String DOMAIN = "zhifa-credential-v1";

    /** The exact text signed: a fixed domain tag so that the signature means nothing elsewhere. */
    public String signedText() {
        return DOMAIN + "|" + number + "|" + validFrom + "|" + validUntil;
    }
}
