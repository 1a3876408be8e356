package org.tarikh.k8s;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/** Renders overlays with {@code kubectl kustomize}, the kustomize that users apply them with. */
final class Kubectl {

    private static final Map<Path, Manifests> RENDERED = new ConcurrentHashMap<>();

    private Kubectl() {
    }

    /** Skips the calling test where kubectl is not installed: the manifests cannot be rendered here. */
    static void assumeInstalled() {
        Assumptions.assumeTrue(Executables.find("kubectl").isPresent(),
                "kubectl is not on the PATH: overlays are not rendered here");
    }

    static Manifests render(Path overlay) {
        assumeInstalled();
        return RENDERED.computeIfAbsent(overlay, Kubectl::kustomize);
    }

    private static Manifests kustomize(Path overlay) {
        Path kubectl = Executables.find("kubectl").orElseThrow();
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
            throw new java.io.UncheckedIOException(e);
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
