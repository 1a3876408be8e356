package org.tarikh.entity.messaging;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.rabbitmq.client.ConnectionFactory;

import jakarta.enterprise.context.ApplicationScoped;

/** The broker settings the SmallRye connector uses, for the plain RabbitMQ client that declares topology. */
@ApplicationScoped
public class BrokerSettings {

    private final ConnectionFactory factory = new ConnectionFactory();

    BrokerSettings(@ConfigProperty(name = "rabbitmq-host") String host,
            @ConfigProperty(name = "rabbitmq-port") int port,
            @ConfigProperty(name = "rabbitmq-username") String username,
            @ConfigProperty(name = "rabbitmq-password") String password,
            @ConfigProperty(name = "rabbitmq-virtual-host", defaultValue = "/") String virtualHost) {
        factory.setHost(host);
        factory.setPort(port);
        factory.setUsername(username);
        factory.setPassword(password);
        factory.setVirtualHost(virtualHost);
        factory.setConnectionTimeout(10_000);
    }

    public ConnectionFactory connectionFactory() {
        return factory;
    }
}
