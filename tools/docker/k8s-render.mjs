// Renders a kustomization as `kubectl kustomize` does, for the few features docker/k8s uses, so
// `npm test` can check the manifests where no kubectl is installed. Anything else in a kustomization
// is refused rather than half-done; k8s.spec.ts compares the result with kubectl's where it exists.
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

/** @typedef {{ apiVersion: string, kind: string, metadata: { name: string, namespace?: string }, [field: string]: unknown }} K8sObject */
/** @typedef {{ name: string, newName?: string, newTag?: string, digest?: string }} ImageRule */

const SUPPORTED = new Set(['apiVersion', 'kind', 'resources', 'namespace', 'images', 'patches']);

// Lists strategic merge replaces whole (no merge key in the Kubernetes API), so a patch may carry them.
// Any other list in a patch (containers, env, volumes …) is merged by key by kustomize: refused here.
const REPLACED_LISTS = new Set(['Ingress:spec.rules', 'Ingress:spec.tls', 'HorizontalPodAutoscaler:spec.metrics']);

/** @param {string} file @returns {Record<string, unknown>[]} */
function readDocuments(file) {
  return parseAllDocuments(fs.readFileSync(file, 'utf8')).flatMap((doc) => {
    if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0]?.message}`);
    const document = /** @type {unknown} */ (doc.toJS());
    return isMap(document) ? [document] : [];
  });
}

/** @param {string} file @returns {K8sObject[]} */
function readObjects(file) {
  return readDocuments(file).map((document) => {
    const { apiVersion, kind, metadata } = /** @type {Partial<K8sObject>} */ (document);
    if (typeof apiVersion !== 'string' || typeof kind !== 'string' || typeof metadata?.name !== 'string')
      throw new Error(`${file}: every object needs apiVersion, kind and metadata.name`);
    return /** @type {K8sObject} */ (document);
  });
}

/** @param {K8sObject} object */
export function idOf(object) {
  return `${object.kind}/${object.metadata.namespace ?? ''}/${object.metadata.name}`;
}

/** @param {unknown} value @returns {value is Record<string, unknown>} */
function isMap(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Strategic merge of `patch` into `target` for maps, scalars and the lists in REPLACED_LISTS.
 * @param {Record<string, unknown>} target @param {Record<string, unknown>} patch @param {string} kind @param {string} at
 * @returns {Record<string, unknown>}
 */
function merge(target, patch, kind, at) {
  const out = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    const where = at ? `${at}.${key}` : key;
    if (key.startsWith('$')) throw new Error(`patch directive ${key} at ${where} is not supported by k8s-render.mjs`);
    if (value === null) delete out[key];
    else if (Array.isArray(value)) {
      if (!REPLACED_LISTS.has(`${kind}:${where}`))
        throw new Error(`k8s-render.mjs does not merge the list ${kind} ${where} (kustomize may merge it by key)`);
      out[key] = structuredClone(value);
    } else {
      const current = out[key];
      out[key] = isMap(value) && isMap(current) ? merge(current, value, kind, where) : structuredClone(value);
    }
  }
  return out;
}

/** @param {string} image @param {ImageRule[]} rules */
function renameImage(image, rules) {
  const name = image.replace(/@.*$/, '').replace(/:[^:/]+$/, '');
  const rule = rules.find((r) => r.name === name);
  if (!rule) return image;
  const tag = image.slice(name.length);
  const suffix = rule.digest ? `@${rule.digest}` : rule.newTag ? `:${rule.newTag}` : tag;
  return `${rule.newName ?? name}${suffix}`;
}

/** Sets every container's and init container's image the rules name, wherever the pod spec sits. */
function applyImages(/** @type {unknown} */ node, /** @type {ImageRule[]} */ rules) {
  if (Array.isArray(node)) node.forEach((item) => applyImages(item, rules));
  else if (isMap(node))
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'containers' || key === 'initContainers') && Array.isArray(value))
        for (const container of value)
          if (isMap(container) && typeof container.image === 'string') container.image = renameImage(container.image, rules);
      applyImages(value, rules);
    }
}

/**
 * The objects `kubectl kustomize <dir>` prints, for kustomizations of resources (files and directories),
 * namespace, images and patches (strategic merge, from a file, aimed by the patch's own kind and name).
 * @param {string} dir
 * @returns {K8sObject[]}
 */
export function renderKustomization(dir) {
  const file = path.join(dir, 'kustomization.yaml');
  /** @type {{ resources?: string[], namespace?: string, images?: ImageRule[], patches?: { path?: string }[] }} */
  const kustomization = readDocuments(file)[0] ?? {};
  const unsupported = Object.keys(kustomization).filter((key) => !SUPPORTED.has(key));
  if (unsupported.length > 0) throw new Error(`${file}: k8s-render.mjs does not support ${unsupported.join(', ')}`);

  const objects = (kustomization.resources ?? []).flatMap((resource) => {
    const target = path.resolve(dir, resource);
    return fs.statSync(target).isDirectory() ? renderKustomization(target) : readObjects(target);
  });
  const seen = new Set();
  for (const object of objects) {
    if (seen.has(idOf(object))) throw new Error(`${file}: ${idOf(object)} is defined twice`);
    seen.add(idOf(object));
  }

  for (const entry of kustomization.patches ?? []) {
    const keys = Object.keys(entry);
    if (!entry.path || keys.length !== 1) throw new Error(`${file}: only patches given by path are supported (got ${keys.join(', ')})`);
    for (const patch of readObjects(path.resolve(dir, entry.path))) {
      const index = objects.findIndex((o) => o.kind === patch.kind && o.metadata.name === patch.metadata.name);
      if (index < 0) throw new Error(`${file}: patch ${entry.path} aims at ${patch.kind}/${patch.metadata.name}, which is not here`);
      objects[index] = /** @type {K8sObject} */ (merge(objects[index] ?? patch, patch, patch.kind, ''));
    }
  }
  if (kustomization.namespace) for (const object of objects) object.metadata = { ...object.metadata, namespace: kustomization.namespace };
  if (kustomization.images) for (const object of objects) applyImages(object, kustomization.images);
  return objects;
}
