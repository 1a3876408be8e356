package org.tarikh.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each service's image: built the Quarkus JVM way, non-root, on its port, and named as k8s/base runs it. */
class DockerfileTest {

    static List<String> services() {
        return Repo.SERVICES;
    }

    private static String dockerfile(String service) throws IOException {
        return Files.readString(Repo.service(service).resolve("src/main/docker/Dockerfile.jvm"));
    }

    private static String instruction(String dockerfile, String name) {
        Matcher m = Pattern.compile("^" + name + "\\s+(.+)$", Pattern.MULTILINE).matcher(dockerfile);
        assertTrue(m.find(), "no " + name + " instruction");
        return m.group(1).trim();
    }

    @ParameterizedTest
    @MethodSource("services")
    void buildsOnAPinnedBaseImage(String service) throws IOException {
        String from = instruction(dockerfile(service), "FROM");
        assertTrue(from.matches("[^\\s:]+(/[^\\s:]+)*:[0-9][^\\s]*"), "base image " + from + " is pinned to a version");
    }

    @ParameterizedTest
    @MethodSource("services")
    void copiesTheQuarkusFastJarLayout(String service) throws IOException {
        String dockerfile = dockerfile(service);
        for (String part : List.of("lib/ /deployments/lib/", "*.jar /deployments/", "app/ /deployments/app/",
                "quarkus/ /deployments/quarkus/")) {
            assertTrue(dockerfile.contains("COPY --chown=185 target/quarkus-app/" + part), "copies " + part);
        }
        assertTrue(dockerfile.contains("JAVA_APP_JAR=\"/deployments/quarkus-run.jar\""));
    }

    @ParameterizedTest
    @MethodSource("services")
    void runsAsANumericNonRootUser(String service) throws IOException {
        String user = instruction(dockerfile(service), "USER");
        assertTrue(user.matches("\\d+"), "USER " + user + " is numeric, so that runAsNonRoot can be verified");
        assertFalse(user.equals("0"));
    }

    @ParameterizedTest
    @MethodSource("services")
    void exposesThePortTheServiceListensOn(String service) throws IOException {
        assertEquals(ServiceSettings.of(service).property("quarkus.http.port").trim(),
                instruction(dockerfile(service), "EXPOSE"));
    }

    /**
     * The manifests are written by hand: quarkus-kubernetes (or -openshift) would generate others beside them, with
     * its own defaults (a Flyway init Job and a wait-for init container among them) that would disagree with these.
     */
    @ParameterizedTest
    @MethodSource("services")
    void generatesNoManifestsOfItsOwn(String service) throws IOException {
        String pom = Files.readString(Repo.service(service).resolve("pom.xml"));
        for (String extension : List.of("quarkus-kubernetes", "quarkus-openshift", "quarkus-minikube", "quarkus-kind")) {
            assertFalse(pom.contains("<artifactId>" + extension + "</artifactId>"), service + " depends on " + extension);
        }
    }

    @ParameterizedTest
    @MethodSource("services")
    void isTheImageTheBaseManifestsRun(String service) throws IOException {
        Path deployment = Repo.k8s().resolve("base").resolve(service).resolve("deployment.yaml");
        JsonNode spec = Manifests.YAML.readTree(deployment.toFile()).path("spec").path("template").path("spec");
        String image = spec.path("containers").get(0).path("image").asText();
        assertTrue(image.matches("tarikh/" + service + ":\\d+\\.\\d+\\.\\d+"), image);
        // the build line documented in the Dockerfile produces exactly that image
        assertTrue(dockerfile(service).contains("-t " + image + " " + service), "Dockerfile documents building " + image);
        for (JsonNode init : spec.path("initContainers")) {
            assertEquals(image, init.path("image").asText(), "an init container runs the same release");
        }
    }
}
