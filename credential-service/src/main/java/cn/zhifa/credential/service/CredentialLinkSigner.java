package cn.zhifa.credential.service;

import cn.zhifa.credential.domain.VerificationSignature;
import cn.zhifa.platform.contract.SignedLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Signs and checks links with the key of the credential QR ({@link SigningKeys}), for other modules. */
@ApplicationScoped
public class CredentialLinkSigner implements SignedLinks {
    private final SigningKeys keys;
    private final CredentialSettings settings;

    @Inject
    public CredentialLinkSigner(SigningKeys keys, CredentialSettings settings) {
        this.keys = keys;
        this.settings = settings;
    }

    @Override
    public String sign(String text) {
        return VerificationSignature.sign(keys.get().getPrivate(), text);
    }

    @Override
    public boolean verify(String text, String signature) {
        return VerificationSignature.verify(keys.get().getPublic(), text, signature);
    }

    @Override
    public byte[] qrPng(String pathAndQuery) {
        return VerificationService.qrPng(settings.publicBaseUrl() + pathAndQuery);
    }
}
