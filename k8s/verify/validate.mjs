// Validates rendered Kubernetes manifests (a multi-document YAML file, or stdin) against schemas:
//   - built-in kinds: the Kubernetes OpenAPI schemas packaged by kubernetes-models;
//   - keda.sh: @kubernetes-models/keda; postgresql.cnpg.io: @kubernetes-models/cloudnative-pg;
//     monitoring.coreos.com: @kubernetes-models/prometheus-operator;
//   - rabbitmq.com: rabbitmq-schemas.mjs (no package is published for those operators).
// A kind with no schema is an error, never a silent pass. Prints one line per object, then
//   "validated N objects: V valid, I invalid"
// and exits 1 if any object is invalid, 2 if the input cannot be read or parsed.
//
// Usage: node validate.mjs [rendered.yaml]   (run by the k8s-manifests module's tests; see docs/deploy.md)

import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";
import Ajv from "ajv";
import { rabbitmqSchemas } from "./rabbitmq-schemas.mjs";

const packageOfGroup = {
  "keda.sh": "@kubernetes-models/keda",
  "postgresql.cnpg.io": "@kubernetes-models/cloudnative-pg",
  "monitoring.coreos.com": "@kubernetes-models/prometheus-operator",
};

// Groups of the Kubernetes API itself: no dot ("apps", "batch", ...) or a *.k8s.io name.
function isBuiltIn(group) {
  return group === "" || !group.includes(".") || group.endsWith(".k8s.io");
}

const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

const ajv = new Ajv({ allErrors: true, strict: false });
const rabbitmqValidators = Object.fromEntries(
  Object.entries(rabbitmqSchemas).map(([key, schema]) => [key, ajv.compile(schema)]),
);

async function modelClass(pkg, apiVersion, kind) {
  try {
    const module = await import(`${pkg}/${apiVersion}/${kind}`);
    return module[kind];
  } catch (error) {
    if (error.code === "ERR_MODULE_NOT_FOUND" || error.code === "ERR_PACKAGE_PATH_NOT_EXPORTED") {
      return undefined;
    }
    throw error;
  }
}

async function validateWithModel(pkg, apiVersion, kind, object) {
  const Model = await modelClass(pkg, apiVersion, kind);
  if (!Model) {
    return [`no schema for ${apiVersion} ${kind} in ${pkg}`];
  }
  try {
    new Model(object).validate();
    return [];
  } catch (error) {
    return [error.message];
  }
}

async function validateRabbitmq(apiVersion, kind, object) {
  const validate = rabbitmqValidators[`${apiVersion}/${kind}`];
  if (!validate) {
    return [`no schema for ${apiVersion} ${kind}`];
  }
  const errors = validate(object)
    ? []
    : validate.errors.map((e) => `${e.instancePath || "/"} ${e.message}${e.params?.additionalProperty ? `: ${e.params.additionalProperty}` : ""}`);
  if (kind === "RabbitmqCluster") {
    // The parts of the cluster spec that are plain Kubernetes types get the Kubernetes schemas.
    const spec = object.spec ?? {};
    if (spec.resources) {
      errors.push(...(await validateWithModel("kubernetes-models", "v1", "ResourceRequirements", spec.resources)).map((m) => `/spec/resources: ${m}`));
    }
    if (spec.affinity) {
      errors.push(...(await validateWithModel("kubernetes-models", "v1", "Affinity", spec.affinity)).map((m) => `/spec/affinity: ${m}`));
    }
  }
  return errors;
}

async function validateObject(object) {
  if (object === null || typeof object !== "object" || Array.isArray(object)) {
    return { label: "(not an object)", via: "-", errors: ["a manifest document must be a mapping"] };
  }
  const { apiVersion, kind } = object;
  const name = object.metadata?.name;
  const label = `${apiVersion} ${kind} ${object.metadata?.namespace ? object.metadata.namespace + "/" : ""}${name}`;
  if (typeof apiVersion !== "string" || typeof kind !== "string") {
    return { label, via: "-", errors: ["apiVersion and kind are required"] };
  }
  const errors = [];
  if (typeof name !== "string" || name.length > 253 || !DNS_SUBDOMAIN.test(name)) {
    errors.push(`metadata.name ${JSON.stringify(name)} is not a DNS subdomain name`);
  }
  const group = apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.indexOf("/")) : "";
  let via;
  if (isBuiltIn(group)) {
    via = "kubernetes-models";
    errors.push(...(await validateWithModel(via, apiVersion, kind, object)));
  } else if (packageOfGroup[group]) {
    via = packageOfGroup[group];
    errors.push(...(await validateWithModel(via, apiVersion, kind, object)));
  } else if (group === "rabbitmq.com") {
    via = "rabbitmq-schemas.mjs";
    errors.push(...(await validateRabbitmq(apiVersion, kind, object)));
  } else {
    via = "-";
    errors.push(`no schema known for API group ${group}`);
  }
  return { label, via, errors };
}

async function main() {
  const path = process.argv[2];
  let text;
  try {
    text = readFileSync(path ?? 0, "utf8");
  } catch (error) {
    console.error(`cannot read ${path ?? "stdin"}: ${error.message}`);
    process.exit(2);
  }
  const documents = parseAllDocuments(text);
  const objects = [];
  for (const document of documents) {
    if (document.errors.length > 0) {
      console.error(`YAML error: ${document.errors[0].message}`);
      process.exit(2);
    }
    const object = document.toJS();
    if (object !== null && object !== undefined) {
      objects.push(object);
    }
  }
  let invalid = 0;
  for (const object of objects) {
    const { label, via, errors } = await validateObject(object);
    if (errors.length === 0) {
      console.log(`ok      ${label}  [${via}]`);
    } else {
      invalid++;
      console.log(`INVALID ${label}  [${via}]`);
      for (const error of errors) {
        console.log(`        ${error}`);
      }
    }
  }
  console.log(`validated ${objects.length} objects: ${objects.length - invalid} valid, ${invalid} invalid`);
  process.exit(invalid === 0 ? 0 : 1);
}

await main();
