package org.tarikh.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** The objects one overlay renders to, with the lookups the checks need. */
record Manifests(String overlay, List<ObjectNode> objects) {

    static final YAMLMapper YAML = new YAMLMapper();

    /** The kinds that run pods, and so carry containers. */
    static final Set<String> WORKLOAD_KINDS = Set.of("Deployment", "StatefulSet", "Job", "DaemonSet");

    static Manifests parse(String overlay, String yaml) {
        List<ObjectNode> objects = new ArrayList<>();
        try (var documents = YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml)) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document instanceof ObjectNode object) {
                    objects.add(object);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable YAML from overlay " + overlay, e);
        }
        return new Manifests(overlay, List.copyOf(objects));
    }

    String toYaml() {
        StringBuilder out = new StringBuilder();
        for (ObjectNode object : objects) {
            try {
                out.append(YAML.writeValueAsString(object));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out.toString();
    }

    /** A deep copy with one change applied to the object of that kind and name, for tests that break a rule. */
    Manifests changing(String kind, String name, Consumer<ObjectNode> change) {
        List<ObjectNode> copies = new ArrayList<>();
        boolean found = false;
        for (ObjectNode object : objects) {
            ObjectNode copy = object.deepCopy();
            if (kind.equals(kindOf(copy)) && name.equals(nameOf(copy))) {
                change.accept(copy);
                found = true;
            }
            copies.add(copy);
        }
        if (!found) {
            throw new IllegalArgumentException("no " + kind + "/" + name + " in overlay " + overlay);
        }
        return new Manifests(overlay, List.copyOf(copies));
    }

    Manifests adding(ObjectNode object) {
        List<ObjectNode> copies = new ArrayList<>(objects);
        copies.add(object);
        return new Manifests(overlay, List.copyOf(copies));
    }

    static String kindOf(JsonNode object) {
        return object.path("kind").asText();
    }

    static String nameOf(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    static String label(JsonNode object) {
        return kindOf(object) + "/" + nameOf(object);
    }

    List<ObjectNode> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(kindOf(o))).toList();
    }

    List<ObjectNode> ofApiGroup(String group) {
        return objects.stream().filter(o -> o.path("apiVersion").asText().startsWith(group + "/")).toList();
    }

    Optional<ObjectNode> find(String kind, String name) {
        return objects.stream().filter(o -> kind.equals(kindOf(o)) && name.equals(nameOf(o))).findFirst();
    }

    ObjectNode get(String kind, String name) {
        return find(kind, name).orElseThrow(
                () -> new AssertionError("overlay " + overlay + " renders no " + kind + "/" + name));
    }

    List<Workload> workloads() {
        return objects.stream().filter(o -> WORKLOAD_KINDS.contains(kindOf(o))).map(Workload::new).toList();
    }

    Workload workload(String kind, String name) {
        return new Workload(get(kind, name));
    }

    /** The data of a rendered ConfigMap, found by the name a reference uses (generated names included). */
    Optional<Map<String, String>> configMapData(String name) {
        return find("ConfigMap", name).map(configMap -> {
            Map<String, String> data = new LinkedHashMap<>();
            configMap.path("data").fields().forEachRemaining(e -> data.put(e.getKey(), e.getValue().asText()));
            return data;
        });
    }

    /** A Deployment, StatefulSet or Job, seen through its pod template. */
    record Workload(ObjectNode object) {

        String kind() {
            return kindOf(object);
        }

        String name() {
            return nameOf(object);
        }

        String label() {
            return Manifests.label(object);
        }

        JsonNode podTemplate() {
            return object.path("spec").path("template");
        }

        JsonNode podSpec() {
            return podTemplate().path("spec");
        }

        Map<String, String> podLabels() {
            Map<String, String> labels = new LinkedHashMap<>();
            podTemplate().path("metadata").path("labels").fields()
                    .forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
            return labels;
        }

        boolean isTarikhService() {
            return Repo.SERVICES.contains(podLabels().get("app.kubernetes.io/name"))
                    && "app".equals(podLabels().get("tarikh/role"));
        }

        List<Container> containers() {
            return containersAt("containers", false);
        }

        List<Container> initContainers() {
            return containersAt("initContainers", true);
        }

        List<Container> allContainers() {
            List<Container> all = new ArrayList<>(initContainers());
            all.addAll(containers());
            return all;
        }

        private List<Container> containersAt(String field, boolean init) {
            List<Container> containers = new ArrayList<>();
            podSpec().path(field).forEach(c -> containers.add(new Container(this, (ObjectNode) c, init)));
            return containers;
        }
    }

    /** One container of a workload. */
    record Container(Workload workload, ObjectNode node, boolean init) {

        String name() {
            return node.path("name").asText();
        }

        String image() {
            return node.path("image").asText();
        }

        String label() {
            return workload.label() + (init ? " init container " : " container ") + name();
        }

        /**
         * What the container's environment holds, as Kubernetes builds it: envFrom sources in order, then env
         * entries, each overriding what came before.
         */
        Map<String, EnvValue> environment(Manifests manifests) {
            Map<String, EnvValue> environment = new LinkedHashMap<>();
            for (JsonNode source : node.path("envFrom")) {
                String prefix = source.path("prefix").asText("");
                if (source.has("configMapRef")) {
                    String configMap = source.path("configMapRef").path("name").asText();
                    manifests.configMapData(configMap).orElse(Map.of()).forEach((key, value) -> environment
                            .put(prefix + key, EnvValue.fromConfigMap(prefix + key, configMap, key, value)));
                } else if (source.has("secretRef")) {
                    // Keys unknown without the Secret: recorded as a whole so that the checks can see it is there.
                    String secret = source.path("secretRef").path("name").asText();
                    environment.put("<secretRef " + secret + ">", EnvValue.fromSecret("*", secret, "*"));
                }
            }
            for (JsonNode entry : node.path("env")) {
                String name = entry.path("name").asText();
                JsonNode from = entry.path("valueFrom");
                if (entry.has("value")) {
                    environment.put(name, EnvValue.literal(name, entry.path("value").asText()));
                } else if (from.has("secretKeyRef")) {
                    environment.put(name, EnvValue.fromSecret(name, from.path("secretKeyRef").path("name").asText(),
                            from.path("secretKeyRef").path("key").asText()));
                } else if (from.has("configMapKeyRef")) {
                    String configMap = from.path("configMapKeyRef").path("name").asText();
                    String key = from.path("configMapKeyRef").path("key").asText();
                    String value = manifests.configMapData(configMap).map(d -> d.get(key)).orElse(null);
                    environment.put(name, EnvValue.fromConfigMap(name, configMap, key, value));
                } else {
                    environment.put(name, new EnvValue(name, EnvValue.Source.OTHER, null, null, null));
                }
            }
            return environment;
        }
    }

    /** One environment variable of a container and where its value comes from. */
    record EnvValue(String name, Source source, String sourceName, String key, String value) {

        enum Source { LITERAL, CONFIG_MAP, SECRET, OTHER }

        static EnvValue literal(String name, String value) {
            return new EnvValue(name, Source.LITERAL, null, null, value);
        }

        static EnvValue fromConfigMap(String name, String configMap, String key, String value) {
            return new EnvValue(name, Source.CONFIG_MAP, configMap, key, value);
        }

        static EnvValue fromSecret(String name, String secret, String key) {
            return new EnvValue(name, Source.SECRET, secret, key, null);
        }
    }
}
