package io.bwjtapi.simulator.internal.tls;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate for {@code localhost} and {@code 127.0.0.1} (both as subject alternative names,
 * so hostname verification passes for either), made at start with an EC P-256 key. Only the JDK is used.
 */
public final class SelfSignedCertificate {
    private static final String HOST = "localhost";
    private static final byte[] LOOPBACK = {127, 0, 0, 1};

    private final PrivateKey privateKey;
    private final X509Certificate certificate;

    private SelfSignedCertificate(PrivateKey privateKey, X509Certificate certificate) {
        this.privateKey = privateKey;
        this.certificate = certificate;
    }

    /** Makes a new key pair and a certificate valid from an hour ago for a year. */
    public static SelfSignedCertificate create() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            KeyPair keys = generator.generateKeyPair();
            byte[] algorithm = Der.sequence(Der.oid(1, 2, 840, 10045, 4, 3, 2)); // ecdsa-with-SHA256
            byte[] name = Der.sequence(Der.set(Der.sequence(Der.oid(2, 5, 4, 3), Der.utf8(HOST))));
            ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
            byte[] subjectAltNames = Der.sequence(Der.implicit(2, HOST.getBytes(StandardCharsets.US_ASCII)),
                    Der.implicit(7, LOOPBACK));
            byte[] extensions = Der.explicit(3, Der.sequence(
                    Der.sequence(Der.oid(2, 5, 29, 17), Der.octetString(subjectAltNames))));
            byte[] tbs = Der.sequence(Der.explicit(0, Der.integer(BigInteger.TWO)),
                    Der.integer(new BigInteger(63, new SecureRandom()).add(BigInteger.ONE)), algorithm, name,
                    Der.sequence(Der.utcTime(now.minusHours(1)), Der.utcTime(now.plusYears(1))), name,
                    keys.getPublic().getEncoded(), extensions);
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(keys.getPrivate());
            signer.update(tbs);
            byte[] der = Der.sequence(tbs, algorithm, Der.bitString(signer.sign()));
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
            certificate.verify(keys.getPublic());
            return new SelfSignedCertificate(keys.getPrivate(), certificate);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make the simulator's TLS certificate", e);
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The server side of TLS with this certificate. */
    public SslContext serverContext() {
        try {
            return SslContextBuilder.forServer(privateKey, certificate).build();
        } catch (SSLException e) {
            throw new IllegalStateException("cannot start TLS", e);
        }
    }

    /** A client SSLContext that trusts exactly this certificate. */
    public SSLContext clientContext() {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build a client SSLContext", e);
        }
    }

    /** A PKCS12 trust store (no password) holding only this certificate, for clients that should trust it. */
    public KeyStore trustStore() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("broadworks-simulator", certificate);
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build a trust store", e);
        }
    }
}
