package org.tarikh.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ServiceSettingsTest {

    static Stream<Arguments> propertyFiles() {
        return Stream.of(
                Arguments.of("an expression with a default is still required in a cluster",
                        "rabbitmq-host=${TARIKH_RABBITMQ_HOST:127.0.0.1}", Set.of(),
                        Set.of("TARIKH_RABBITMQ_HOST"), Set.of("TARIKH_RABBITMQ_HOST")),
                Arguments.of("a test-profile expression is accepted but never required",
                        "%test.tarikh.db.url=//${TARIKH_DB_HOST}/${TARIKH_TEST_DB_NAME:tarikh_test}", Set.of(),
                        Set.of(), Set.of("TARIKH_DB_HOST", "TARIKH_TEST_DB_NAME", "TARIKH_DB_URL")),
                Arguments.of("a prod-profile expression is required",
                        "%prod.tarikh.parser.timeline-url=${TARIKH_TIMELINE_URL}", Set.of(),
                        Set.of("TARIKH_TIMELINE_URL"), Set.of("TARIKH_TIMELINE_URL", "TARIKH_PARSER_TIMELINE_URL")),
                Arguments.of("two expressions in one value",
                        "tarikh.db.url=//${TARIKH_DB_HOST:h}:${TARIKH_DB_PORT:5432}/x", Set.of(),
                        Set.of("TARIKH_DB_HOST", "TARIKH_DB_PORT"), Set.of("TARIKH_DB_HOST", "TARIKH_DB_PORT", "TARIKH_DB_URL")),
                Arguments.of("a property read by the code is accepted in its environment form",
                        "quarkus.http.port=8081", Set.of("tarikh.api.token"),
                        Set.of(), Set.of("TARIKH_API_TOKEN")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("propertyFiles")
    void findsTheEnvironmentSettingsAServiceReads(String what, String properties, Set<String> javaProperties,
            Set<String> required, Set<String> accepted) {
        ServiceSettings settings = ServiceSettings.parse("some-service", properties, javaProperties);
        assertEquals(required, settings.required());
        assertEquals(accepted, settings.accepted());
    }

    @Test
    void eachServiceNeedsItsBrokerSettings() {
        for (String service : Repo.SERVICES) {
            ServiceSettings settings = ServiceSettings.of(service);
            assertTrue(settings.required().containsAll(Set.of("TARIKH_RABBITMQ_HOST", "TARIKH_RABBITMQ_PORT",
                    "TARIKH_RABBITMQ_USER", "TARIKH_RABBITMQ_PASSWORD", "TARIKH_RABBITMQ_VHOST")), service + ": " + settings);
            assertFalse(settings.required().contains("TARIKH_TEST_RABBITMQ_VHOST"), service + ": " + settings);
        }
        assertTrue(ServiceSettings.of("timeline-service").required().containsAll(Set.of("TARIKH_DB_HOST",
                "TARIKH_DB_PORT", "TARIKH_DB_NAME", "TARIKH_DB_USER", "TARIKH_DB_PASSWORD")));
    }

    /** A pending setting is one the manifests give before the code reads it; once read, it must leave the list. */
    @Test
    void pendingSettingsAreNotYetReadByTheirService() {
        DeploymentPolicies.PENDING_SETTINGS.forEach((service, names) -> {
            for (String name : names) {
                assertFalse(ServiceSettings.of(service).accepted().contains(name), () -> service + " now reads " + name
                        + ": remove it from DeploymentPolicies.PENDING_SETTINGS, so that the check is exact again");
            }
        });
    }
}
