package org.tarikh.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.qpid.server.SystemLauncher;
import org.apache.qpid.server.SystemLauncherListener;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An AMQP 0-9-1 broker in this process: Apache Qpid Broker-J with every virtual host in memory. It speaks the protocol
 * the services' RabbitMQ client speaks, but it is not RabbitMQ (docs/operations.md, "Embedded mode"): queues know no
 * {@code x-queue-type} or {@code x-dead-letter-*} arguments, and messages do not survive a restart.
 */
public final class EmbeddedBroker implements AutoCloseable {

    private final SystemLauncher launcher;

    private EmbeddedBroker(SystemLauncher launcher) {
        this.launcher = launcher;
    }

    /**
     * Starts the broker on 127.0.0.1:{@code port}, with one user and the given virtual hosts. {@code "/"} is the
     * default virtual host, the one a client that asks for {@code "/"} gets (as on RabbitMQ).
     */
    public static EmbeddedBroker start(int port, String user, String password, List<String> virtualHosts, Path workDir)
            throws IOException {
        Files.createDirectories(workDir);
        Path config = workDir.resolve("broker-config.json");
        Files.writeString(config, configuration(port, user, password, virtualHosts), StandardCharsets.UTF_8);

        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        SystemLauncher launcher = new SystemLauncher(new SystemLauncherListener.DefaultSystemLauncherListener() {
            @Override
            public void errorOnStartup(RuntimeException e) {
                failure.set(e);
            }
        });
        Map<String, Object> system = new HashMap<>();
        system.put("type", "Memory");
        system.put("initialConfigurationLocation", config.toUri().toString());
        system.put("startupLoggedToSystemOut", false);
        system.put("context", Map.of("qpid.work_dir", workDir.toString()));
        try {
            launcher.startup(system);
        } catch (Exception e) {
            throw new IOException("Qpid Broker-J did not start: " + e.getMessage(), e);
        }
        if (failure.get() != null) {
            throw new IOException("Qpid Broker-J did not start: " + failure.get().getMessage(), failure.get());
        }
        return new EmbeddedBroker(launcher);
    }

    /** The broker's initial configuration: what RabbitMQ's defaults give a local client, in Qpid's model. */
    static String configuration(int port, String user, String password, List<String> virtualHosts) {
        Map<String, Object> broker = new LinkedHashMap<>();
        broker.put("name", "tarikh-embedded");
        broker.put("modelVersion", "9.0");
        // PLAIN over a plain socket is what RabbitMQ allows on localhost and what the services' client offers;
        // Qpid refuses it without TLS unless told otherwise.
        broker.put("authenticationproviders", List.of(Map.of(
                "name", "plain",
                "type", "Plain",
                "secureOnlyMechanisms", List.of(),
                "users", List.of(Map.of("name", user, "type", "managed", "password", password)))));
        broker.put("ports", List.of(Map.of(
                "name", "AMQP",
                "type", "AMQP",
                "port", port,
                "bindingAddress", "127.0.0.1",
                "protocols", List.of("AMQP_0_9_1"),
                "authenticationProvider", "plain",
                "virtualhostaliases", List.of(
                        Map.of("name", "nameAlias", "type", "nameAlias"),
                        Map.of("name", "defaultAlias", "type", "defaultAlias")))));
        List<Map<String, Object>> nodes = new ArrayList<>();
        boolean hasDefault = false;
        for (String vhost : virtualHosts) {
            boolean isDefault = vhost.equals("/") || vhost.isEmpty();
            if (isDefault && hasDefault) {
                continue;
            }
            hasDefault |= isDefault;
            String name = isDefault ? "default" : vhost;
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("name", name);
            node.put("type", "Memory");
            node.put("defaultVirtualHostNode", Boolean.toString(isDefault));
            node.put("virtualHostInitialConfiguration", "{\"type\":\"Memory\"}");
            nodes.add(node);
        }
        if (!hasDefault) {
            nodes.add(Map.of("name", "default", "type", "Memory", "defaultVirtualHostNode", "true",
                    "virtualHostInitialConfiguration", "{\"type\":\"Memory\"}"));
        }
        broker.put("virtualhostnodes", nodes);
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(broker);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        launcher.shutdown();
    }
}
