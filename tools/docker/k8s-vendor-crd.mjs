// Copies a CustomResourceDefinition's schema into tools/docker/k8s-schemas, for validating the manifests
// offline (k8s-validate.mjs). Descriptions are dropped (they are most of the file and no check reads them).
//   node tools/docker/k8s-vendor-crd.mjs <crd.yaml> <version> "<source, licence>"
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** @param {unknown} node @returns {unknown} */
function withoutDescriptions(node) {
  if (Array.isArray(node)) return node.map(withoutDescriptions);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === 'description' && typeof value === 'string'))
      .map(([key, value]) => [key, withoutDescriptions(value)]),
  );
}

const [file, version, source] = process.argv.slice(2);
if (!file || !version || !source) {
  console.error('Usage: node tools/docker/k8s-vendor-crd.mjs <crd.yaml> <version> "<source, licence>"');
  process.exit(1);
}
const document = /** @type {unknown} */ (parse(fs.readFileSync(file, 'utf8')));
const crd =
  /** @type {{ spec: { group: string, names: { kind: string }, versions: { name: string, schema: { openAPIV3Schema: object } }[] } }} */ (
    document
  );
const served = crd.spec.versions.find((v) => v.name === version);
if (!served) throw new Error(`${file} has no version ${version}`);
const out = path.join(import.meta.dirname, 'k8s-schemas', `${crd.spec.group}_${version}_${crd.spec.names.kind}.json`);
const schema = { $comment: source, .../** @type {object} */ (withoutDescriptions(served.schema.openAPIV3Schema)) };
// Then `npx prettier --write` the file, as every committed JSON file is formatted.
fs.writeFileSync(out, `${JSON.stringify(schema, null, 2)}\n`);
console.log(`wrote ${path.relative(process.cwd(), out)}`);
