package cn.zhifa.credential.mapper;

import org.apache.ibatis.annotations.Param;
import org.mybatis.cdi.Mapper;

import java.util.Optional;

/** The generated QR signing key shared by all instances ({@code cred_signing_key}, one row). */
@Mapper
public interface SigningKeyMapper {
    Optional<StoredKeyPair> find();

    int insert(@Param("publicKey") String publicKey, @Param("privateKey") String privateKey, @Param("nowMs") long nowMs);

    /** Base64 X.509 public and PKCS#8 private key. */
    record StoredKeyPair(String publicKey, String privateKey) {
    }
}
