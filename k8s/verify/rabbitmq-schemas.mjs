// Schemas for the rabbitmq.com custom resources Tarikh uses: RabbitmqCluster (RabbitMQ Cluster Operator) and the
// Messaging Topology Operator's Vhost, User, Permission, Exchange, Queue, Binding and Policy.
//
// Written for this project from the operators' documented CRD fields (rabbitmq/cluster-operator v2,
// rabbitmq/messaging-topology-operator v1), because no kubernetes-models package for them is published on npm.
// Stricter than the CRDs on purpose: an unknown field in a spec is an error (a typo would otherwise be dropped
// silently by the API server's pruning).

const clusterReference = {
  type: "object",
  additionalProperties: false,
  properties: {
    name: { type: "string", minLength: 1 },
    namespace: { type: "string" },
    connectionSecret: {
      type: "object",
      additionalProperties: false,
      properties: { name: { type: "string", minLength: 1 } },
      required: ["name"],
    },
  },
};

const freeForm = { type: "object" };
const deletionPolicy = { type: "string", enum: ["delete", "retain"] };
const quantity = { anyOf: [{ type: "integer", minimum: 0 }, { type: "string", pattern: "^[0-9]+(\\.[0-9]+)?([KMGTPE]i|[mkMGTPE]|e[0-9]+)?$" }] };

function resource(kind, spec) {
  return {
    $id: `rabbitmq.com/${kind}`,
    type: "object",
    required: ["apiVersion", "kind", "metadata", "spec"],
    properties: {
      apiVersion: { type: "string" },
      kind: { const: kind },
      metadata: { type: "object", required: ["name"], properties: { name: { type: "string" } } },
      spec: { type: "object", additionalProperties: false, ...spec },
      status: freeForm,
    },
  };
}

export const rabbitmqSchemas = {
  "rabbitmq.com/v1beta1/RabbitmqCluster": resource("RabbitmqCluster", {
    properties: {
      replicas: { type: "integer", minimum: 0 },
      image: { type: "string", minLength: 1 },
      imagePullSecrets: { type: "array", items: freeForm },
      service: {
        type: "object",
        additionalProperties: false,
        properties: {
          type: { enum: ["ClusterIP", "LoadBalancer", "NodePort"] },
          annotations: { type: "object", additionalProperties: { type: "string" } },
          ipFamilyPolicy: { type: "string" },
        },
      },
      persistence: {
        type: "object",
        additionalProperties: false,
        properties: { storageClassName: { type: "string" }, storage: quantity },
      },
      // validated further with kubernetes-models' ResourceRequirements and Affinity (validate.mjs)
      resources: freeForm,
      affinity: freeForm,
      tolerations: { type: "array", items: freeForm },
      rabbitmq: {
        type: "object",
        additionalProperties: false,
        properties: {
          additionalPlugins: { type: "array", items: { type: "string" } },
          additionalConfig: { type: "string" },
          advancedConfig: { type: "string" },
          envConfig: { type: "string" },
          erlangInetConfig: { type: "string" },
        },
      },
      tls: freeForm,
      override: {
        type: "object",
        additionalProperties: false,
        properties: { statefulSet: freeForm, service: freeForm },
      },
      skipPostDeploySteps: { type: "boolean" },
      terminationGracePeriodSeconds: { type: "integer", minimum: 0 },
      delayStartSeconds: { type: "integer", minimum: 0 },
      secretBackend: freeForm,
      autoEnableAllFeatureFlags: { type: "boolean" },
    },
  }),
  "rabbitmq.com/v1beta1/Vhost": resource("Vhost", {
    required: ["name", "rabbitmqClusterReference"],
    properties: {
      name: { type: "string", minLength: 1 },
      tracing: { type: "boolean" },
      defaultQueueType: { enum: ["quorum", "classic", "stream"] },
      tags: { type: "array", items: { type: "string" } },
      limits: {
        type: "object",
        additionalProperties: false,
        properties: { connections: { type: "integer" }, queues: { type: "integer" } },
      },
      deletionPolicy,
      rabbitmqClusterReference: clusterReference,
    },
  }),
  "rabbitmq.com/v1beta1/User": resource("User", {
    required: ["rabbitmqClusterReference"],
    properties: {
      tags: { type: "array", items: { enum: ["management", "policymaker", "monitoring", "administrator", "impersonator"] } },
      importCredentialsSecret: {
        type: "object",
        additionalProperties: false,
        properties: { name: { type: "string", minLength: 1 } },
        required: ["name"],
      },
      rabbitmqClusterReference: clusterReference,
    },
  }),
  "rabbitmq.com/v1beta1/Permission": resource("Permission", {
    required: ["vhost", "permissions", "rabbitmqClusterReference"],
    oneOf: [{ required: ["user"] }, { required: ["userReference"] }],
    properties: {
      vhost: { type: "string", minLength: 1 },
      user: { type: "string", minLength: 1 },
      userReference: {
        type: "object",
        additionalProperties: false,
        properties: { name: { type: "string", minLength: 1 } },
        required: ["name"],
      },
      permissions: {
        type: "object",
        additionalProperties: false,
        properties: { configure: { type: "string" }, write: { type: "string" }, read: { type: "string" } },
      },
      rabbitmqClusterReference: clusterReference,
    },
  }),
  "rabbitmq.com/v1beta1/Exchange": resource("Exchange", {
    required: ["name", "rabbitmqClusterReference"],
    properties: {
      name: { type: "string", minLength: 1 },
      vhost: { type: "string", minLength: 1 },
      type: { enum: ["direct", "fanout", "topic", "headers", "x-consistent-hash", "x-delayed-message"] },
      durable: { type: "boolean" },
      autoDelete: { type: "boolean" },
      arguments: freeForm,
      deletionPolicy,
      rabbitmqClusterReference: clusterReference,
    },
  }),
  "rabbitmq.com/v1beta1/Queue": resource("Queue", {
    required: ["name", "rabbitmqClusterReference"],
    properties: {
      name: { type: "string", minLength: 1 },
      vhost: { type: "string", minLength: 1 },
      type: { enum: ["quorum", "classic", "stream"] },
      durable: { type: "boolean" },
      autoDelete: { type: "boolean" },
      arguments: freeForm,
      deleteIfEmpty: { type: "boolean" },
      deleteIfUnused: { type: "boolean" },
      deletionPolicy,
      rabbitmqClusterReference: clusterReference,
    },
  }),
  "rabbitmq.com/v1beta1/Binding": resource("Binding", {
    required: ["source", "destination", "destinationType", "rabbitmqClusterReference"],
    properties: {
      vhost: { type: "string", minLength: 1 },
      source: { type: "string", minLength: 1 },
      destination: { type: "string", minLength: 1 },
      destinationType: { enum: ["queue", "exchange"] },
      routingKey: { type: "string" },
      arguments: freeForm,
      rabbitmqClusterReference: clusterReference,
    },
  }),
  "rabbitmq.com/v1beta1/Policy": resource("Policy", {
    required: ["name", "pattern", "definition", "rabbitmqClusterReference"],
    properties: {
      name: { type: "string", minLength: 1 },
      vhost: { type: "string", minLength: 1 },
      pattern: { type: "string", minLength: 1 },
      applyTo: { enum: ["queues", "exchanges", "all", "classic_queues", "quorum_queues", "streams"] },
      priority: { type: "integer" },
      definition: { type: "object", minProperties: 1 },
      rabbitmqClusterReference: clusterReference,
    },
  }),
};
