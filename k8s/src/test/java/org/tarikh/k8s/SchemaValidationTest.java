package org.tarikh.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SchemaValidationTest {

    @TestFactory
    Stream<DynamicTest> everyRenderedObjectMatchesItsSchema() {
        return Repo.overlays().stream().map(overlay -> DynamicTest.dynamicTest(overlay.getFileName().toString(), () -> {
            Manifests manifests = Kubectl.render(overlay);
            SchemaValidator.Verdict verdict = SchemaValidator.validate(manifests.toYaml());
            assertEquals(0, verdict.exitCode(), verdict.report());
            // every object was looked at: none skipped for want of a schema
            assertEquals(manifests.objects().size(), verdict.validated(), verdict.report());
        }));
    }

    static Stream<Arguments> brokenObjects() {
        return Stream.of(
                Arguments.of("a count that is not a number", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata: {name: parser-service}
                        spec:
                          replicas: two
                          selector: {matchLabels: {app: parser}}
                          template:
                            metadata: {labels: {app: parser}}
                            spec: {containers: [{name: parser, image: "tarikh/parser-service:0.1.0"}]}
                        """, "replicas must be integer"),
                Arguments.of("a container without a name", """
                        apiVersion: batch/v1
                        kind: Job
                        metadata: {name: migrate}
                        spec: {template: {spec: {restartPolicy: Never, containers: [{image: "busybox:1.36"}]}}}
                        """, "containers/0 must have required property name"),
                Arguments.of("a KEDA trigger setting that is not a string", """
                        apiVersion: keda.sh/v1alpha1
                        kind: ScaledObject
                        metadata: {name: entity-service}
                        spec:
                          scaleTargetRef: {name: entity-service}
                          triggers: [{type: rabbitmq, metadata: {queueName: entity.segments, value: 200}}]
                        """, "must be string"),
                Arguments.of("a CloudNativePG instance count that is not a number", """
                        apiVersion: postgresql.cnpg.io/v1
                        kind: Cluster
                        metadata: {name: tarikh-db}
                        spec: {instances: three, storage: {size: 1Gi}}
                        """, "instances must be integer"),
                Arguments.of("a misspelt RabbitMQ queue field", """
                        apiVersion: rabbitmq.com/v1beta1
                        kind: Queue
                        metadata: {name: entity-segments}
                        spec: {name: entity.segments, durabel: true, rabbitmqClusterReference: {name: tarikh-rabbitmq}}
                        """, "must NOT have additional properties: durabel"),
                Arguments.of("a binding to an unknown kind of destination", """
                        apiVersion: rabbitmq.com/v1beta1
                        kind: Binding
                        metadata: {name: segments}
                        spec: {source: tarikh.segments, destination: entity.segments, destinationType: topic,
                               rabbitmqClusterReference: {name: tarikh-rabbitmq}}
                        """, "must be equal to one of the allowed values"),
                Arguments.of("a kind no schema knows", """
                        apiVersion: example.com/v1
                        kind: Widget
                        metadata: {name: widget}
                        """, "no schema known for API group example.com"),
                Arguments.of("a name Kubernetes refuses", """
                        apiVersion: v1
                        kind: Service
                        metadata: {name: Timeline_Service}
                        spec: {ports: [{port: 8083}]}
                        """, "is not a DNS subdomain name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenObjects")
    void rejectsObjectsThatBreakTheirSchema(String what, String yaml, String expectedComplaint) {
        SchemaValidator.Verdict verdict = SchemaValidator.validate(yaml);
        assertEquals(1, verdict.exitCode(), verdict.report());
        assertTrue(verdict.report().contains(expectedComplaint), verdict.report());
    }

    @org.junit.jupiter.api.Test
    void everyOverlayIsFound() {
        assertEquals(java.util.List.of("local", "production"),
                Repo.overlays().stream().map(Path::getFileName).map(Path::toString).toList());
    }
}
