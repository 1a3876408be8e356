package org.tarikh.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DeploymentPoliciesTest {

    @TestFactory
    Stream<DynamicTest> everyOverlayKeepsEveryPolicy() {
        return Repo.overlays().stream().map(overlay -> DynamicTest.dynamicTest(overlay.getFileName().toString(), () -> {
            List<String> violations = DeploymentPolicies.check(Kubectl.render(overlay));
            assertEquals(List.of(), violations, () -> String.join("\n", violations));
        }));
    }

    // Each rule must catch its own breach: the local overlay, broken in one place, must fail with that complaint.

    static Stream<Arguments> breaches() {
        return Stream.of(
                breach("an image on :latest", "Deployment", "parser-service",
                        d -> container(d, 0).put("image", "tarikh/parser-service:latest"), "uses :latest"),
                breach("an image without a tag", "StatefulSet", "tarikh-rabbitmq",
                        s -> container(s, 0).put("image", "rabbitmq"), "has no tag"),
                breach("no readiness probe", "Deployment", "parser-service",
                        d -> container(d, 0).remove("readinessProbe"), "no readinessProbe"),
                breach("a liveness probe on the wrong path", "Deployment", "entity-service",
                        d -> ((ObjectNode) container(d, 0).path("livenessProbe").path("httpGet")).put("path", "/health"),
                        "livenessProbe must GET /q/health/live"),
                breach("no memory limit", "Deployment", "timeline-service",
                        d -> ((ObjectNode) container(d, 0).path("resources").path("limits")).remove("memory"),
                        "no resources.limits.memory"),
                breach("a writable root filesystem", "Deployment", "entity-service",
                        d -> security(container(d, 0)).put("readOnlyRootFilesystem", false),
                        "readOnlyRootFilesystem must be true"),
                breach("privilege escalation", "StatefulSet", "tarikh-postgres",
                        s -> security(container(s, 0)).put("allowPrivilegeEscalation", true),
                        "allowPrivilegeEscalation must be false"),
                breach("running as root", "Deployment", "parser-service",
                        d -> security(container(d, 0)).put("runAsNonRoot", false), "runAsNonRoot is not true"),
                breach("a capability kept", "Job", "timeline-service-migrate-0-1-0",
                        j -> security(container(j, 0)).putObject("capabilities").putArray("add").add("NET_ADMIN"),
                        "must drop ALL capabilities"),
                breach("a service-account token mounted", "Deployment", "entity-service",
                        d -> podSpec(d).put("automountServiceAccountToken", true),
                        "automountServiceAccountToken must be false"),
                breach("a password written into the manifest", "Deployment", "entity-service",
                        d -> env(d).addObject().put("name", "TARIKH_RABBITMQ_PASSWORD").put("value", "guest"),
                        "TARIKH_RABBITMQ_PASSWORD must come from a Secret, not a literal value"),
                breach("a setting the service does not read", "Deployment", "timeline-service",
                        d -> env(d).addObject().put("name", "TARIKH_DB_POOL").put("value", "5"),
                        "TARIKH_DB_POOL is set but timeline-service reads no such setting"),
                breach("a Quarkus setting outside the known ones", "Deployment", "parser-service",
                        d -> env(d).addObject().put("name", "QUARKUS_HTTP_PORT").put("value", "9000"),
                        "QUARKUS_HTTP_PORT is not one of the Quarkus settings"),
                breach("replicas set on an autoscaled Deployment", "Deployment", "entity-service",
                        d -> ((ObjectNode) d.path("spec")).put("replicas", 3), "sets spec.replicas"),
                breach("a grace period shorter than the drain", "Deployment", "timeline-service",
                        d -> podSpec(d).put("terminationGracePeriodSeconds", 20),
                        "terminationGracePeriodSeconds 20 leaves no room"),
                breach("no preStop pause", "Deployment", "parser-service",
                        d -> container(d, 0).remove("lifecycle"), "no preStop pause"),
                breach("a migration Job not named after its release", "Job", "timeline-service-migrate-0-1-0",
                        j -> ((ObjectNode) j.path("metadata")).put("name", "timeline-service-migrate"),
                        "its name must carry the release"),
                breach("a migration Job that does not migrate", "Job", "timeline-service-migrate-0-1-0",
                        j -> env(j).forEach(e -> {
                            if (e.path("name").asText().equals("TARIKH_MIGRATE_AT_START")) {
                                ((ObjectNode) e).put("value", "false");
                            }
                        }), "TARIKH_MIGRATE_AT_START must be true"),
                breach("no schema gate", "Deployment", "timeline-service",
                        d -> podSpec(d).remove("initContainers"), "no init container waits for the schema"),
                breach("a Service that also selects the migration Job", "Service", "timeline-service",
                        s -> ((ObjectNode) s.path("spec").path("selector")).remove("app.kubernetes.io/component"),
                        "it must select one workload's"),
                breach("a reference to a Secret nobody creates", "Deployment", "parser-service",
                        d -> env(d).addObject().put("name", "TARIKH_API_TOKEN").putObject("valueFrom")
                                .putObject("secretKeyRef").put("name", "tarikh-api-tokens").put("key", "token"),
                        "uses Secret tarikh-api-tokens"),
                breach("no Pod Security Standard", "Namespace", "tarikh",
                        n -> ((ObjectNode) n.path("metadata").path("labels")).remove("pod-security.kubernetes.io/enforce"),
                        "no Pod Security Standard enforced"),
                breach("no default-deny policy", "NetworkPolicy", "default-deny-ingress",
                        p -> ((ObjectNode) p.path("spec")).putObject("podSelector").putObject("matchLabels").put("a", "b"),
                        "no default-deny ingress policy"),
                breach("services that do not declare the topology where no operator does", "Deployment", "entity-service",
                        d -> env(d).addObject().put("name", "TARIKH_DECLARE_TOPOLOGY").put("value", "false"),
                        "TARIKH_DECLARE_TOPOLOGY must be true"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breaches")
    void catchesEachBreach(String what, UnaryOperator<Manifests> breach, String expectedComplaint) {
        Manifests broken = breach.apply(Kubectl.render(Repo.k8s().resolve("overlays/local")));
        List<String> violations = DeploymentPolicies.check(broken);
        assertTrue(violations.stream().anyMatch(v -> v.contains(expectedComplaint)),
                () -> "expected a complaint containing \"" + expectedComplaint + "\", got:\n" + String.join("\n", violations));
    }

    @Test
    void catchesACredentialInAConfigMapAndAPasswordInAUri() {
        Manifests local = Kubectl.render(Repo.k8s().resolve("overlays/local"));
        ObjectNode configMap = Manifests.YAML.createObjectNode();
        configMap.put("apiVersion", "v1").put("kind", "ConfigMap").putObject("metadata").put("name", "leaky");
        configMap.putObject("data").put("TARIKH_DB_PASSWORD", "tarikh").put("BROKER", "amqp://tarikh:secret@broker:5672/");
        List<String> violations = DeploymentPolicies.check(local.adding(configMap));
        assertTrue(violations.stream().anyMatch(v -> v.contains("key TARIKH_DB_PASSWORD looks like a credential")),
                () -> String.join("\n", violations));
        assertTrue(violations.stream().anyMatch(v -> v.contains("value of BROKER carries a password in a URI")),
                () -> String.join("\n", violations));
    }

    @Test
    void readsShutdownDurationsAsQuarkusWritesThem() {
        assertEquals(30, DeploymentPolicies.seconds("30s"));
        assertEquals(30, DeploymentPolicies.seconds("PT30S"));
        assertEquals(120, DeploymentPolicies.seconds("2m"));
        assertNull(DeploymentPolicies.seconds("soon"));
    }

    private static Arguments breach(String what, String kind, String name, Consumer<ObjectNode> change, String complaint) {
        UnaryOperator<Manifests> breach = manifests -> manifests.changing(kind, name, change);
        return Arguments.of(what, breach, complaint);
    }

    private static ObjectNode podSpec(ObjectNode workload) {
        return (ObjectNode) workload.path("spec").path("template").path("spec");
    }

    private static ObjectNode container(ObjectNode workload, int index) {
        return (ObjectNode) podSpec(workload).path("containers").get(index);
    }

    private static ObjectNode security(ObjectNode container) {
        return (ObjectNode) container.path("securityContext");
    }

    private static ArrayNode env(ObjectNode workload) {
        ObjectNode container = container(workload, 0);
        JsonNode env = container.path("env");
        return env.isArray() ? (ArrayNode) env : container.putArray("env");
    }
}
