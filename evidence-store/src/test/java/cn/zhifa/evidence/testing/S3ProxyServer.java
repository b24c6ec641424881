package cn.zhifa.evidence.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real S3 API server for the tests of the object store: S3Proxy from Maven Central (copied to
 * {@code target/s3proxy/s3proxy.jar} by the build), run as a process of its own on a free port with its in-memory
 * (transient) blob store and SigV4 credentials; a bucket is created. Before the test class's server starts, the
 * {@code zhifa.evidence.s3.*} settings pointing at it are set as system properties (ordinal 400, over the test
 * config), with {@code zhifa.evidence.store=s3}; afterwards they are cleared and the process ends. Put it before
 * {@code @HelidonTest} so it starts first.
 */
public final class S3ProxyServer implements BeforeAllCallback, AfterAllCallback {
    public static final String BUCKET = "zhifa-evidence";
    public static final String ACCESS_KEY = "test-identity";
    public static final String SECRET_KEY = "test-credential-" + Long.toHexString(System.nanoTime());

    private static Process process;
    private static URI endpoint;
    private static S3Client client;

    /** The S3 API of the running server, for a test to look behind the service's back. */
    public static S3Client client() {
        return client;
    }

    public static URI endpoint() {
        return endpoint;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start(null);
    }

    /**
     * Starts S3Proxy, creates the bucket and sets the {@code zhifa.evidence.*} system properties.
     *
     * @param blobs where S3Proxy keeps the objects (its filesystem blob store), or null: in its memory
     */
    public static void start(Path blobs) throws Exception {
        Path jar = Path.of("target/s3proxy/s3proxy.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: the build copies it (maven-dependency-plugin)");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        endpoint = URI.create("http://127.0.0.1:" + port);
        if (blobs != null) {
            Files.createDirectories(blobs);
        }
        Path properties = Files.createTempFile(Path.of("target"), "s3proxy", ".properties");
        Files.writeString(properties, String.join("\n",
                "s3proxy.endpoint=" + endpoint,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + ACCESS_KEY,
                "s3proxy.credential=" + SECRET_KEY,
                blobs == null ? "jclouds.provider=transient"
                        : "jclouds.provider=filesystem\njclouds.filesystem.basedir=" + blobs.toAbsolutePath(),
                "jclouds.identity=" + ACCESS_KEY,
                "jclouds.credential=" + SECRET_KEY, ""));
        Path log = Path.of("target/s3proxy/s3proxy-" + port + ".log");
        process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toString(), "--properties", properties.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        awaitPort(port, log);
        client = S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(endpoint).region(Region.US_EAST_1).forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
        client.createBucket(b -> b.bucket(BUCKET));
        Map.of("zhifa.evidence.store", "s3",
                "zhifa.evidence.s3.endpoint", endpoint.toString(),
                "zhifa.evidence.s3.bucket", BUCKET,
                "zhifa.evidence.s3.access-key", ACCESS_KEY,
                "zhifa.evidence.s3.secret-key", SECRET_KEY,
                "zhifa.evidence.s3.part-size-mb", "5",
                // S3Proxy refuses x-amz-checksum-* (501 NotImplemented): each PUT and part proves itself by Content-MD5
                "zhifa.evidence.s3.checksum", "md5").forEach(System::setProperty);
    }

    private static void awaitPort(int port, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Proxy ended: " + Files.readString(log));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("S3Proxy did not listen on " + port + " within 2 minutes: " + Files.readString(log));
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        stop();
    }

    /** Clears the system properties and ends the process. */
    public static void stop() throws Exception {
        for (String key : new String[]{"zhifa.evidence.store", "zhifa.evidence.s3.endpoint", "zhifa.evidence.s3.bucket",
                "zhifa.evidence.s3.access-key", "zhifa.evidence.s3.secret-key", "zhifa.evidence.s3.part-size-mb",
                "zhifa.evidence.s3.checksum"}) {
            System.clearProperty(key);
        }
        if (client != null) {
            client.close();
        }
        if (process != null) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
