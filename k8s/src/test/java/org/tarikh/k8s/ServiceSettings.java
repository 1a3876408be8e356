package org.tarikh.k8s;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The settings a service reads from its environment, taken from its own sources: the {@code ${TARIKH_...}}
 * expressions of application.properties, and the {@code tarikh.*} properties it declares (in application.properties
 * or as {@code @ConfigProperty}), which MicroProfile Config also reads from the environment as TARIKH_X_Y.
 *
 * @param required  TARIKH_* variables referenced by a setting in effect in the prod profile: a Deployment must set
 *                  each, since their defaults are for a developer's machine (127.0.0.1, guest ...)
 * @param accepted  every TARIKH_* variable the service would read: a Deployment may set no other
 * @param properties application.properties as written, profile prefixes and expressions untouched
 */
record ServiceSettings(String service, Set<String> required, Set<String> accepted, Properties properties) {

    private static final Pattern ENV_EXPRESSION = Pattern.compile("\\$\\{(TARIKH_[A-Z0-9_]+)(?::[^}]*)?}");
    private static final Pattern CONFIG_PROPERTY = Pattern.compile(
            "@ConfigProperty\\s*\\(\\s*name\\s*=\\s*\"(tarikh\\.[^\"]+)\"");

    static ServiceSettings of(String service) {
        try {
            String properties = Files.readString(Repo.applicationProperties(service));
            Set<String> javaProperties = new TreeSet<>();
            Path sources = Repo.service(service).resolve("src/main/java");
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = CONFIG_PROPERTY.matcher(Files.readString(file));
                    while (m.find()) {
                        javaProperties.add(m.group(1));
                    }
                }
            }
            return parse(service, properties, javaProperties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ServiceSettings parse(String service, String applicationProperties, Set<String> javaProperties) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(applicationProperties));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> required = new TreeSet<>();
        Set<String> accepted = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            Matcher m = ENV_EXPRESSION.matcher(properties.getProperty(key));
            while (m.find()) {
                accepted.add(m.group(1));
                if (inEffectInProduction(key)) {
                    required.add(m.group(1));
                }
            }
            String unprofiled = key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
            if (unprofiled.startsWith("tarikh.")) {
                accepted.add(environmentName(unprofiled));
            }
        }
        javaProperties.forEach(name -> accepted.add(environmentName(name)));
        return new ServiceSettings(service, Set.copyOf(required), Set.copyOf(accepted), properties);
    }

    /** An unprofiled key, or one for the prod profile; %test and %dev settings never run in a cluster. */
    static boolean inEffectInProduction(String key) {
        return !key.startsWith("%") || key.startsWith("%prod.");
    }

    /** MicroProfile Config's environment form of a property name: tarikh.api.token is TARIKH_API_TOKEN. */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    String property(String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new AssertionError(service + "'s application.properties has no " + key);
        }
        return value;
    }
}
