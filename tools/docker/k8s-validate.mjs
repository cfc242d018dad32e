// Validates rendered Kubernetes objects offline: the built-in kinds against the validators that
// kubernetes-models generates from the Kubernetes OpenAPI plus its declarations' field names
// (k8s-fields.mjs), the CloudNativePG Cluster against its CRD schema (k8s-schemas/). A field the API
// does not have is an error, as the API server's strict field validation makes it; so is a kind or
// API version with no schema here.
//   node tools/docker/k8s-validate.mjs docker/k8s/overlays/example/app [more kustomizations…] [--json]
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { unknownFields } from './k8s-fields.mjs';
import { idOf, renderKustomization } from './k8s-render.mjs';

/** @typedef {import('./k8s-render.mjs').K8sObject} K8sObject */
/** @typedef {{ id: string, errors: string[] }} Verdict */

// The API versions a current cluster serves for the kinds docker/k8s uses (no beta, nothing removed).
const BUILT_IN = new Set(['v1', 'apps/v1', 'batch/v1', 'autoscaling/v2', 'policy/v1', 'networking.k8s.io/v1']);
const CUSTOM = new Map([['postgresql.cnpg.io/v1:Cluster', 'postgresql.cnpg.io_v1_Cluster.json']]);

/**
 * Forbids fields a structural schema does not declare (unless it keeps unknown fields on purpose).
 * @param {unknown} schema @returns {unknown}
 */
function strict(schema) {
  if (Array.isArray(schema)) return schema.map(strict);
  if (!schema || typeof schema !== 'object') return schema;
  /** @type {Record<string, unknown>} */
  const out = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, strict(value)]));
  if (out.properties && out.additionalProperties === undefined && !out['x-kubernetes-preserve-unknown-fields'])
    out.additionalProperties = false;
  return out;
}

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
/** @type {Map<string, import('ajv').ValidateFunction>} */
const customValidators = new Map();

/** @param {K8sObject} object @returns {Promise<string[]>} */
async function errorsOf(object) {
  const key = `${object.apiVersion}:${object.kind}`;
  const schemaFile = CUSTOM.get(key);
  if (schemaFile) {
    let validate = customValidators.get(key);
    if (!validate) {
      // $comment (source and licence) is a JSON Schema keyword: ajv reads past it.
      const schema = /** @type {unknown} */ (
        JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'k8s-schemas', schemaFile), 'utf8'))
      );
      validate = ajv.compile(/** @type {object} */ (strict(schema)));
      customValidators.set(key, validate);
    }
    return validate(object) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
  }
  if (!BUILT_IN.has(object.apiVersion)) return [`no schema for ${object.apiVersion} ${object.kind}`];
  /** @type {Record<string, new (data: object) => { validate(): void }>} */
  let models;
  try {
    const loaded = /** @type {unknown} */ (await import(`kubernetes-models/${object.apiVersion}`));
    models = /** @type {typeof models} */ (loaded);
  } catch {
    return [`no schema for ${object.apiVersion} ${object.kind}`];
  }
  const Model = models[object.kind];
  if (!Model) return [`no schema for ${object.apiVersion} ${object.kind}`];
  try {
    new Model(object).validate();
    return [];
  } catch (error) {
    return String(error instanceof Error ? error.message : error).split(', ');
  }
}

/** @param {K8sObject[]} objects @returns {Promise<Verdict[]>} */
export async function validateObjects(objects) {
  const builtIn = objects.filter((object) => BUILT_IN.has(object.apiVersion));
  const unknown = new Map(unknownFields(builtIn).map((found, i) => [builtIn[i], found]));
  return Promise.all(
    objects.map(async (object) => ({ id: idOf(object), errors: [...(await errorsOf(object)), ...(unknown.get(object) ?? [])] })),
  );
}

if (process.argv[1] === import.meta.filename) {
  const args = process.argv.slice(2);
  const dirs = args.filter((arg) => arg !== '--json');
  /** @type {Record<string, Verdict[]>} */
  const report = {};
  // One pass over every object: reading the declarations is the slow part.
  const rendered = dirs.map((dir) => renderKustomization(dir));
  const verdicts = await validateObjects(rendered.flat());
  dirs.forEach((dir, i) => (report[dir] = verdicts.splice(0, rendered[i]?.length ?? 0)));
  const failed = Object.values(report).some((verdicts) => verdicts.some((v) => v.errors.length > 0));
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify(report)}\n`);
  else
    for (const [dir, verdicts] of Object.entries(report))
      for (const { id, errors } of verdicts) console.log(`${dir} ${id}: ${errors.length ? errors.join('; ') : 'valid'}`);
  process.exitCode = failed ? 1 : 0;
}
