package org.tarikh.k8s;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs k8s/verify/validate.mjs, which checks objects against the Kubernetes schemas (npm kubernetes-models) and the
 * operators' (KEDA, CloudNativePG packages; RabbitMQ schemas of our own). Installs its npm dependencies itself, from
 * the committed package-lock.json, once per change of that lock file. Where node or npm is missing the tests fail,
 * saying so: nothing is skipped.
 */
final class SchemaValidator {

    /** What one run said: the exit code, its report, and how many objects it says it validated. */
    record Verdict(int exitCode, String report, int validated) {
    }

    private static final Pattern SUMMARY = Pattern.compile("^validated (\\d+) objects: (\\d+) valid, (\\d+) invalid$",
            Pattern.MULTILINE);
    private static final String INSTALLED_MARKER = ".tarikh-package-lock.sha256";

    private SchemaValidator() {
    }

    /** Fails the calling test, saying what to install, where node or npm is missing. */
    static void requireNode() {
        if (Kubectl.Executables.find("node").isEmpty() || Kubectl.Executables.find("npm").isEmpty()) {
            fail("node or npm is not on the PATH: install Node.js 18 or newer with npm (./tarikh test does on Debian)"
                    + " to schema-validate the manifests");
        }
    }

    static Verdict validate(String yaml) {
        requireNode();
        npmCi(Repo.verifyScripts());
        try {
            Path input = Files.createTempFile("rendered-", ".yaml");
            Files.writeString(input, yaml, StandardCharsets.UTF_8);
            Run run = run(List.of(Kubectl.Executables.find("node").orElseThrow().toString(), "validate.mjs",
                    input.toString()), Repo.verifyScripts(), 120);
            Files.delete(input);
            Matcher summary = SUMMARY.matcher(run.output());
            if (run.exitCode() == 2 || !summary.find()) {
                fail("validate.mjs could not validate (exit " + run.exitCode() + "):\n" + run.output());
            }
            return new Verdict(run.exitCode(), run.output(), Integer.parseInt(summary.group(1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** npm ci into {@code dir}/node_modules, skipped while its lock file is the one last installed there. */
    static synchronized void npmCi(Path dir, String... options) {
        requireNode();
        Path lock = dir.resolve("package-lock.json");
        Path marker = dir.resolve("node_modules").resolve(INSTALLED_MARKER);
        try {
            String wanted = sha256(Files.readAllBytes(lock));
            if (Files.isRegularFile(marker) && Files.readString(marker).trim().equals(wanted)) {
                return;
            }
            List<String> command = new java.util.ArrayList<>(List.of(
                    Kubectl.Executables.find("npm").orElseThrow().toString(), "ci", "--no-audit", "--no-fund",
                    "--ignore-scripts", "--prefer-offline", "--loglevel=error"));
            command.addAll(List.of(options));
            Run run = run(command, dir, 600);
            if (run.exitCode() != 0) {
                fail("npm ci in " + dir + " failed (exit " + run.exitCode() + "):\n" + run.output());
            }
            Files.writeString(marker, wanted + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Run(int exitCode, String output) {
    }

    private static Run run(List<String> command, Path directory, int timeoutSeconds) throws IOException {
        Path output = Files.createTempFile("verify-", ".out");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
            }
            return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
