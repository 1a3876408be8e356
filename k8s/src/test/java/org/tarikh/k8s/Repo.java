package org.tarikh.k8s;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where things are in the Tarikh repository, seen from this module's tests. */
final class Repo {

    /** The services that k8s/base deploys, each a Maven module of the same name. */
    static final List<String> SERVICES = List.of("parser-service", "entity-service", "timeline-service");

    private Repo() {
    }

    static Path root() {
        // Surefire sets it; an IDE running the test from k8s/ falls back to the parent directory.
        String configured = System.getProperty("tarikh.root");
        Path root = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath().getParent();
        return root.toAbsolutePath().normalize();
    }

    static Path k8s() {
        return root().resolve("k8s");
    }

    static Path verifyScripts() {
        return k8s().resolve("verify");
    }

    /** Every directory under k8s/overlays that holds a kustomization: each is a deployable variant. */
    static List<Path> overlays() {
        try (Stream<Path> entries = Files.list(k8s().resolve("overlays"))) {
            return entries.filter(dir -> Files.isRegularFile(dir.resolve("kustomization.yaml")))
                    .sorted()
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Path service(String name) {
        return root().resolve(name);
    }

    static Path applicationProperties(String service) {
        return service(service).resolve("src/main/resources/application.properties");
    }
}
