package cn.zhifa.platform.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Assumptions;

/**
 * Tests' view of an inspection archive (归档): its entries, and the verdict of {@code docs/verify-archive.py} (the
 * auditors' script) on it, run with the machine's {@code python3} (the test is skipped where there is none).
 */
public final class ArchiveFiles {
    private ArchiveFiles() {
    }

    /** The files of a zip, by path, in their order. */
    public static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The script's exit code and output for this zip; skips the test without python3. */
    public static Verdict verify(byte[] zip) {
        Path script = script();
        try {
            Path file = Files.createTempFile("archive", ".zip");
            try {
                Files.write(file, zip);
                Process p = new ProcessBuilder(python(), script.toString(), file.toString()).redirectErrorStream(true)
                        .start();
                String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("verify-archive.py did not end");
                }
                return new Verdict(p.exitValue(), output);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What the script said. */
    public record Verdict(int exitCode, String output) {
    }

    private static String python() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            Assumptions.assumeTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, "python3 runs");
        } catch (IOException e) {
            Assumptions.abort("no python3 on this machine: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return "python3";
    }

    /** docs/verify-archive.py of the checkout, found from the module's directory up. */
    private static Path script() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path script = dir.resolve("docs/verify-archive.py");
            if (Files.isRegularFile(script)) {
                return script;
            }
        }
        throw new IllegalStateException("docs/verify-archive.py not found above " + Path.of("").toAbsolutePath());
    }
}
