package org.tarikh.k8s;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.tarikh.k8s.Manifests.Container;
import org.tarikh.k8s.Manifests.EnvValue;
import org.tarikh.k8s.Manifests.Workload;

/**
 * The rules a rendered overlay must keep, each returning what breaks it as readable lines ("overlay: object:
 * problem"). An empty list is a pass. The rules know Tarikh's services by their app.kubernetes.io/name label and
 * read each service's own settings, so that a Deployment cannot drift from the code it runs.
 */
final class DeploymentPolicies {

    /** Names that hold credentials: their values come from Secrets only. */
    static final Pattern SECRET_NAME = Pattern.compile("(PASSWORD|PASSWD|_PASS$|TOKEN|SECRET|CREDENTIAL|API_KEY|PRIVATE_KEY)",
            Pattern.CASE_INSENSITIVE);
    /** A URI with a password in it, e.g. amqp://user:password@host. */
    static final Pattern URI_WITH_PASSWORD = Pattern.compile("[a-z][a-z0-9+.-]*://[^/@\\s:]+:[^/@\\s]+@", Pattern.CASE_INSENSITIVE);

    /** The Quarkus settings the manifests may set on a service (a typo here would be silently ignored by Quarkus). */
    static final Set<String> QUARKUS_SETTINGS = Set.of(
            "QUARKUS_PROFILE",
            "QUARKUS_LOG_CONSOLE_JSON_ENABLED",
            "QUARKUS_OTEL_SDK_DISABLED",
            "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT",
            "QUARKUS_SHUTDOWN_TIMEOUT",
            "QUARKUS_INIT_AND_EXIT",
            "QUARKUS_FLYWAY_VALIDATE_AT_START");

    /**
     * Settings the manifests already give a service before its code reads them: the lead wires the code. Each entry
     * must be removed once the service reads the key (ServiceSettingsTest fails until it is), so that the list
     * cannot hide a stale key.
     */
    static final Map<String, Set<String>> PENDING_SETTINGS = Map.of();

    /** Secrets an operator creates from a resource of the overlay: kind to the name suffix it adds. */
    static final Map<String, String> GENERATED_SECRETS = Map.of(
            "Cluster", "-app", // CloudNativePG: the application owner's credentials
            "User", "-user-credentials", // Messaging Topology Operator
            "RabbitmqCluster", "-default-user"); // RabbitMQ Cluster Operator

    /**
     * Secrets an overlay that renders no Secret at all expects to be created out of band (production keeps no
     * credentials in the repository). An overlay that renders Secrets must render every one it uses.
     */
    static final Set<String> OUT_OF_BAND_SECRETS = Set.of("tarikh-api-token");

    private static final Pattern SHUTDOWN_TIMEOUT = Pattern.compile("^(?:PT)?(\\d+)([sSmM]?)$");
    private static final int GRACE_MARGIN_SECONDS = 5;

    private final Manifests manifests;
    private final List<String> violations = new ArrayList<>();

    private DeploymentPolicies(Manifests manifests) {
        this.manifests = manifests;
    }

    static List<String> check(Manifests manifests) {
        DeploymentPolicies policies = new DeploymentPolicies(manifests);
        policies.checkWorkloads();
        policies.checkTarikhServices();
        policies.checkConfigMaps();
        policies.checkReferences();
        policies.checkServices();
        policies.checkNetworkPolicies();
        policies.checkNamespace();
        return List.copyOf(policies.violations);
    }

    private void report(String subject, String problem) {
        violations.add(manifests.overlay() + ": " + subject + ": " + problem);
    }

    // --- every pod: pinned images, resources, non-root, read-only root, no escalation, probes ----------------------

    private void checkWorkloads() {
        for (Workload workload : manifests.workloads()) {
            JsonNode pod = workload.podSpec();
            if (!pod.path("automountServiceAccountToken").isBoolean() || pod.path("automountServiceAccountToken").asBoolean()) {
                report(workload.label(), "automountServiceAccountToken must be false (no pod here calls the Kubernetes API)");
            }
            boolean podNonRoot = pod.path("securityContext").path("runAsNonRoot").asBoolean(false);
            boolean podSeccomp = "RuntimeDefault".equals(pod.path("securityContext").path("seccompProfile").path("type").asText());
            if (pod.path("securityContext").path("runAsUser").asInt(-1) == 0) {
                report(workload.label(), "runs as uid 0");
            }
            for (Container container : workload.allContainers()) {
                checkContainer(container, podNonRoot, podSeccomp);
            }
            if (!workload.kind().equals("Job")) {
                for (Container container : workload.containers()) {
                    for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
                        if (!container.node().has(probe)) {
                            report(container.label(), "no " + probe);
                        }
                    }
                }
            }
        }
    }

    private void checkContainer(Container container, boolean podNonRoot, boolean podSeccomp) {
        String image = container.image();
        int slash = image.lastIndexOf('/');
        String lastPart = image.substring(slash + 1);
        if (!lastPart.contains(":") && !image.contains("@sha256:")) {
            report(container.label(), "image " + image + " has no tag: pin a version");
        } else if (lastPart.endsWith(":latest")) {
            report(container.label(), "image " + image + " uses :latest: pin a version");
        }
        JsonNode resources = container.node().path("resources");
        for (String bound : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                if (resources.path(bound).path(resource).isMissingNode()) {
                    report(container.label(), "no resources." + bound + "." + resource);
                }
            }
        }
        JsonNode security = container.node().path("securityContext");
        if (!(podNonRoot || security.path("runAsNonRoot").asBoolean(false))
                || security.path("runAsNonRoot").isBoolean() && !security.path("runAsNonRoot").asBoolean()) {
            report(container.label(), "runAsNonRoot is not true");
        }
        if (security.path("runAsUser").asInt(-1) == 0) {
            report(container.label(), "runs as uid 0");
        }
        if (!security.path("allowPrivilegeEscalation").isBoolean() || security.path("allowPrivilegeEscalation").asBoolean()) {
            report(container.label(), "allowPrivilegeEscalation must be false");
        }
        if (!security.path("readOnlyRootFilesystem").asBoolean(false)) {
            report(container.label(), "readOnlyRootFilesystem must be true");
        }
        boolean dropsAll = false;
        for (JsonNode dropped : security.path("capabilities").path("drop")) {
            dropsAll |= "ALL".equals(dropped.asText());
        }
        if (!dropsAll || security.path("capabilities").has("add")) {
            report(container.label(), "must drop ALL capabilities and add none");
        }
        if (security.path("privileged").asBoolean(false)) {
            report(container.label(), "is privileged");
        }
        if (!podSeccomp && !"RuntimeDefault".equals(security.path("seccompProfile").path("type").asText())) {
            report(container.label(), "no RuntimeDefault seccomp profile");
        }
        for (EnvValue value : container.environment(manifests).values()) {
            if (SECRET_NAME.matcher(value.name()).find() && value.source() != EnvValue.Source.SECRET) {
                report(container.label(), value.name() + " must come from a Secret, not " + describe(value));
            }
            if (value.value() != null && URI_WITH_PASSWORD.matcher(value.value()).find()) {
                report(container.label(), value.name() + " carries a password in a URI (" + describe(value) + ")");
            }
        }
    }

    private static String describe(EnvValue value) {
        return switch (value.source()) {
            case LITERAL -> "a literal value";
            case CONFIG_MAP -> "ConfigMap " + value.sourceName();
            case SECRET -> "Secret " + value.sourceName();
            case OTHER -> "a field reference";
        };
    }

    // --- Tarikh's own services -------------------------------------------------------------------------------------

    private void checkTarikhServices() {
        Set<String> tags = new TreeSet<>();
        boolean topologyByOperator = !manifests.ofKind("Queue").isEmpty()
                && manifests.ofKind("Queue").get(0).path("apiVersion").asText().startsWith("rabbitmq.com/");
        for (Workload workload : manifests.workloads()) {
            if (!workload.isTarikhService()) {
                continue;
            }
            String service = workload.podLabels().get("app.kubernetes.io/name");
            ServiceSettings settings = ServiceSettings.of(service);
            for (Container container : workload.allContainers()) {
                String expectedRepository = "tarikh/" + service;
                String image = container.image();
                if (!image.startsWith(expectedRepository + ":")) {
                    report(container.label(), "runs " + image + ", not an image of " + expectedRepository);
                } else {
                    tags.add(image.substring(expectedRepository.length() + 1));
                }
                checkSettings(workload, container, service, settings, topologyByOperator);
            }
            if (workload.kind().equals("Deployment")) {
                checkDeployment(workload, service, settings);
            }
        }
        if (tags.size() > 1) {
            report("images", "the services run different releases " + tags + ": one overlay deploys one release");
        }
        checkMigration(tags.size() == 1 ? tags.iterator().next() : null);
    }

    private void checkSettings(Workload workload, Container container, String service, ServiceSettings settings,
            boolean topologyByOperator) {
        Map<String, EnvValue> environment = container.environment(manifests);
        Set<String> pending = PENDING_SETTINGS.getOrDefault(service, Set.of());
        for (String name : environment.keySet()) {
            if (name.startsWith("TARIKH_")) {
                if (!settings.accepted().contains(name) && !pending.contains(name)) {
                    report(container.label(), name + " is set but " + service + " reads no such setting");
                }
            } else if (name.startsWith("QUARKUS_")) {
                if (!QUARKUS_SETTINGS.contains(name)) {
                    report(container.label(), name + " is not one of the Quarkus settings the manifests may set "
                            + "(DeploymentPolicies.QUARKUS_SETTINGS)");
                }
            } else {
                report(container.label(), name + " is neither a TARIKH_ nor a QUARKUS_ setting");
            }
        }
        boolean longRunning = !container.init() && !workload.kind().equals("Job");
        if (longRunning) {
            for (String name : settings.required()) {
                if (!environment.containsKey(name)) {
                    report(container.label(), name + " is not set: " + service
                            + " falls back to its developer default");
                }
            }
            for (String name : pending) {
                if (!environment.containsKey(name)) {
                    report(container.label(), name + " is not set");
                }
            }
            expect(container, environment, "QUARKUS_PROFILE", "prod");
            expect(container, environment, "TARIKH_DECLARE_TOPOLOGY", topologyByOperator ? "false" : "true");
            if (topologyByOperator) {
                expect(container, environment, "QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true");
            }
        }
    }

    private void expect(Container container, Map<String, EnvValue> environment, String name, String wanted) {
        EnvValue value = environment.get(name);
        if (value == null || !wanted.equals(value.value())) {
            report(container.label(), name + " must be " + wanted + ", is "
                    + (value == null ? "unset" : value.value() == null ? "from " + describe(value) : value.value()));
        }
    }

    private void checkDeployment(Workload deployment, String service, ServiceSettings settings) {
        ObjectNode object = deployment.object();
        long autoscalers = manifests.ofKind("HorizontalPodAutoscaler").stream()
                .filter(h -> h.path("spec").path("scaleTargetRef").path("kind").asText().equals("Deployment")
                        && h.path("spec").path("scaleTargetRef").path("name").asText().equals(deployment.name()))
                .count()
                + manifests.ofKind("ScaledObject").stream()
                        .filter(s -> s.path("spec").path("scaleTargetRef").path("name").asText().equals(deployment.name()))
                        .count();
        if (autoscalers != 1) {
            report(deployment.label(), autoscalers + " autoscalers target it; it needs exactly one (HPA or KEDA)");
        }
        if (object.path("spec").has("replicas")) {
            report(deployment.label(), "sets spec.replicas although its autoscaler owns the count (an apply would reset it)");
        }
        if (!"0".equals(object.path("spec").path("strategy").path("rollingUpdate").path("maxUnavailable").asText())) {
            report(deployment.label(), "a rollout may take pods away before new ones are ready (maxUnavailable is not 0)");
        }
        boolean budgeted = manifests.ofKind("PodDisruptionBudget").stream()
                .anyMatch(p -> Selectors.selects(p.path("spec").path("selector"), deployment.podLabels()));
        if (!budgeted) {
            report(deployment.label(), "no PodDisruptionBudget covers its pods");
        }
        String port = settings.property("quarkus.http.port").trim();
        for (Container container : deployment.containers()) {
            checkProbesAndShutdown(deployment, container, port);
        }
    }

    private void checkProbesAndShutdown(Workload deployment, Container container, String port) {
        String portName = null;
        for (JsonNode declared : container.node().path("ports")) {
            if (declared.path("containerPort").asText().equals(port)) {
                portName = declared.path("name").asText(null);
            }
        }
        if (portName == null) {
            report(container.label(), "does not declare the service's port " + port + " (quarkus.http.port)");
        }
        Map<String, String> paths = Map.of("livenessProbe", "/q/health/live", "readinessProbe", "/q/health/ready",
                "startupProbe", "/q/health/started");
        for (Map.Entry<String, String> probe : paths.entrySet()) {
            JsonNode get = container.node().path(probe.getKey()).path("httpGet");
            String probePort = get.path("port").asText();
            if (!probe.getValue().equals(get.path("path").asText())
                    || !(probePort.equals(port) || probePort.equals(portName))) {
                report(container.label(), probe.getKey() + " must GET " + probe.getValue() + " on port " + port);
            }
        }
        int preStop = preStopSeconds(container.node().path("lifecycle").path("preStop"));
        if (preStop <= 0) {
            report(container.label(), "no preStop pause: a stopping pod may still be sent requests");
        }
        EnvValue timeout = container.environment(manifests).get("QUARKUS_SHUTDOWN_TIMEOUT");
        Integer shutdown = timeout == null || timeout.value() == null ? null : seconds(timeout.value());
        if (shutdown == null) {
            report(container.label(), "QUARKUS_SHUTDOWN_TIMEOUT is not set to a duration: Quarkus would not wait for "
                    + "work in flight");
            return;
        }
        int grace = deployment.podSpec().path("terminationGracePeriodSeconds").asInt(30);
        if (grace < preStop + shutdown + GRACE_MARGIN_SECONDS) {
            report(deployment.label(), "terminationGracePeriodSeconds " + grace + " leaves no room for the preStop pause ("
                    + preStop + " s) and quarkus.shutdown.timeout (" + shutdown + " s): the kubelet would kill work in flight");
        }
    }

    static int preStopSeconds(JsonNode preStop) {
        if (preStop.has("sleep")) {
            return preStop.path("sleep").path("seconds").asInt(0);
        }
        JsonNode command = preStop.path("exec").path("command");
        if (command.size() == 2 && command.get(0).asText().endsWith("sleep")) {
            return command.get(1).asInt(0);
        }
        return 0;
    }

    static Integer seconds(String duration) {
        Matcher m = SHUTDOWN_TIMEOUT.matcher(duration.trim());
        if (!m.matches()) {
            return null;
        }
        int amount = Integer.parseInt(m.group(1));
        return m.group(2).toLowerCase(Locale.ROOT).equals("m") ? amount * 60 : amount;
    }

    /** timeline-service migrates once per release, in a Job named after it; its pods wait and never migrate. */
    private void checkMigration(String tag) {
        List<Workload> jobs = manifests.workloads().stream()
                .filter(w -> w.kind().equals("Job") && w.isTarikhService()).toList();
        Workload timeline = manifests.workloads().stream()
                .filter(w -> w.kind().equals("Deployment") && w.name().equals("timeline-service")).findFirst().orElse(null);
        if (timeline == null) {
            report("Deployment/timeline-service", "missing");
            return;
        }
        if (jobs.size() != 1) {
            report("migration", jobs.size() + " Jobs of the services; exactly one (timeline-service's migration) expected");
            return;
        }
        Workload job = jobs.get(0);
        if (tag != null && !job.name().equals("timeline-service-migrate-" + tag.replace('.', '-'))) {
            report(job.label(), "its name must carry the release it migrates to (timeline-service-migrate-"
                    + tag.replace('.', '-') + "), or a new release would not run it again");
        }
        for (Container container : job.containers()) {
            Map<String, EnvValue> environment = container.environment(manifests);
            expect(container, environment, "TARIKH_MIGRATE_AT_START", "true");
            expect(container, environment, "QUARKUS_INIT_AND_EXIT", "true");
        }
        for (Container container : timeline.containers()) {
            expect(container, container.environment(manifests), "TARIKH_MIGRATE_AT_START", "false");
        }
        boolean gated = false;
        for (Container init : timeline.initContainers()) {
            Map<String, EnvValue> environment = init.environment(manifests);
            EnvValue migrate = environment.get("TARIKH_MIGRATE_AT_START");
            if (migrate != null && !"false".equals(migrate.value())) {
                report(init.label(), "may migrate: only the Job does");
            }
            gated |= environment.containsKey("QUARKUS_INIT_AND_EXIT")
                    && "true".equals(environment.get("QUARKUS_INIT_AND_EXIT").value())
                    && environment.containsKey("QUARKUS_FLYWAY_VALIDATE_AT_START")
                    && "true".equals(environment.get("QUARKUS_FLYWAY_VALIDATE_AT_START").value());
        }
        if (!gated) {
            report(timeline.label(), "no init container waits for the schema (Flyway validate, init-and-exit)");
        }
    }

    // --- configuration and its references --------------------------------------------------------------------------

    private void checkConfigMaps() {
        for (ObjectNode configMap : manifests.ofKind("ConfigMap")) {
            configMap.path("data").fields().forEachRemaining(entry -> {
                if (SECRET_NAME.matcher(entry.getKey()).find()) {
                    report(Manifests.label(configMap), "key " + entry.getKey() + " looks like a credential: it belongs in a Secret");
                }
                if (URI_WITH_PASSWORD.matcher(entry.getValue().asText()).find()) {
                    report(Manifests.label(configMap), "value of " + entry.getKey() + " carries a password in a URI");
                }
            });
        }
    }

    private void checkReferences() {
        Set<String> secrets = new LinkedHashSet<>();
        manifests.ofKind("Secret").forEach(s -> secrets.add(Manifests.nameOf(s)));
        boolean rendersSecrets = !secrets.isEmpty();
        GENERATED_SECRETS.forEach((kind, suffix) -> manifests.ofKind(kind)
                .forEach(o -> secrets.add(Manifests.nameOf(o) + suffix)));
        if (!rendersSecrets) {
            secrets.addAll(OUT_OF_BAND_SECRETS);
        }
        Map<String, String> secretRefs = new HashMap<>();
        Set<String> configMapRefs = new LinkedHashSet<>();
        for (Workload workload : manifests.workloads()) {
            for (Container container : workload.allContainers()) {
                for (EnvValue value : container.environment(manifests).values()) {
                    if (value.source() == EnvValue.Source.SECRET) {
                        secretRefs.put(value.sourceName(), container.label());
                    } else if (value.source() == EnvValue.Source.CONFIG_MAP) {
                        configMapRefs.add(value.sourceName());
                    }
                }
                for (JsonNode source : container.node().path("envFrom")) {
                    if (source.has("configMapRef")) {
                        configMapRefs.add(source.path("configMapRef").path("name").asText());
                    }
                }
            }
            for (JsonNode volume : workload.podSpec().path("volumes")) {
                if (volume.has("secret")) {
                    secretRefs.put(volume.path("secret").path("secretName").asText(), workload.label());
                }
                if (volume.has("configMap")) {
                    configMapRefs.add(volume.path("configMap").path("name").asText());
                }
            }
        }
        for (ObjectNode authentication : manifests.ofKind("TriggerAuthentication")) {
            for (JsonNode ref : authentication.path("spec").path("secretTargetRef")) {
                secretRefs.put(ref.path("name").asText(), Manifests.label(authentication));
            }
        }
        secretRefs.forEach((secret, user) -> {
            if (!secrets.contains(secret)) {
                report(user, "uses Secret " + secret + ", which neither this overlay nor one of its operators creates");
            }
        });
        for (String configMap : configMapRefs) {
            if (manifests.find("ConfigMap", configMap).isEmpty()) {
                report("ConfigMap/" + configMap, "referenced but not rendered");
            }
        }
        if (rendersSecrets && !manifests.ofKind("RabbitmqCluster").isEmpty()) {
            report("Secrets", "an overlay whose broker and database come from operators keeps no credentials in the "
                    + "repository: it must render no Secret");
        }
    }

    private void checkServices() {
        for (ObjectNode service : manifests.ofKind("Service")) {
            JsonNode selector = service.path("spec").path("selector");
            List<String> selected = manifests.workloads().stream()
                    .filter(w -> Selectors.mapSelects(selector, w.podLabels()))
                    .map(Workload::label)
                    .toList();
            if (selected.size() != 1) {
                report(Manifests.label(service), "selects the pods of " + selected + "; it must select one workload's");
            }
        }
    }

    private void checkNetworkPolicies() {
        List<ObjectNode> policies = manifests.ofKind("NetworkPolicy");
        boolean defaultDeny = policies.stream().anyMatch(p -> p.path("spec").path("podSelector").isEmpty()
                && p.path("spec").path("policyTypes").toString().contains("Ingress")
                && p.path("spec").path("ingress").isEmpty());
        if (!defaultDeny) {
            report("NetworkPolicy", "no default-deny ingress policy: every pod would accept any connection");
        }
        for (Workload workload : manifests.workloads()) {
            if (!workload.isTarikhService()) {
                continue;
            }
            boolean egressLimited = policies.stream()
                    .anyMatch(p -> p.path("spec").path("policyTypes").toString().contains("Egress")
                            && Selectors.selects(p.path("spec").path("podSelector"), workload.podLabels()));
            if (!egressLimited) {
                report(workload.label(), "no NetworkPolicy limits where its pods may connect");
            }
        }
    }

    private void checkNamespace() {
        for (ObjectNode namespace : manifests.ofKind("Namespace")) {
            if (namespace.path("metadata").path("labels").path("pod-security.kubernetes.io/enforce").isMissingNode()) {
                report(Manifests.label(namespace), "no Pod Security Standard enforced");
            }
        }
    }
}
