// Finds fields of built-in Kubernetes objects that their API does not have (a misspelt
// `readinesProbe`, a field at the wrong level): the API server's strict field validation refuses
// them, but kubernetes-models' generated validators accept any extra field. The field names come from
// the same package's TypeScript declarations, read with the TypeScript compiler.
import path from 'node:path';
import ts from 'typescript';

/** @typedef {import('./k8s-render.mjs').K8sObject} K8sObject */

const root = path.resolve(import.meta.dirname, '../..');
const entry = path.join(root, 'tools', 'docker', '__k8s-kinds__.ts');

/** @param {unknown} value @returns {value is Record<string, unknown>} */
function isMap(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every field of `value` that `type` does not declare, as a JSON pointer with the type it is missing from.
 * @param {ts.TypeChecker} checker @param {unknown} value @param {ts.Type} declared @param {string} at @param {string[]} found
 */
function walk(checker, value, declared, at, found) {
  const type = checker.getNonNullableType(declared);
  const members = type.isUnion() ? type.types : [type];
  if (Array.isArray(value)) {
    const array = members.find((member) => checker.isArrayType(member));
    const element = array && checker.getTypeArguments(/** @type {ts.TypeReference} */ (array))[0];
    if (element) value.forEach((item, index) => walk(checker, item, element, `${at}/${index}`, found));
    return;
  }
  if (!isMap(value)) return;
  const objects = members.filter((member) => member.flags & ts.TypeFlags.Object && !checker.isArrayType(member));
  // A union of several object shapes (none in these kinds' fields) or an untyped field: nothing to compare.
  if (objects.length !== 1 || !objects[0]) return;
  const shape = objects[0];
  const index = shape.getStringIndexType();
  for (const [key, field] of Object.entries(value)) {
    const property = shape.getProperty(key);
    if (property) walk(checker, field, checker.getTypeOfSymbol(property), `${at}/${key}`, found);
    else if (index) walk(checker, field, index, `${at}/${key}`, found);
    else found.push(`${at}/${key} is not a field of ${checker.typeToString(shape)}`);
  }
}

/**
 * The unknown fields of each object, by position in `objects`; objects whose kind has no declaration
 * here get none (k8s-validate.mjs refuses them already).
 * @param {K8sObject[]} objects
 * @returns {string[][]}
 */
export function unknownFields(objects) {
  const kinds = [...new Set(objects.map((o) => `${o.apiVersion}/${o.kind}`))];
  const source = kinds.map((kind, i) => `export type K${i} = import('kubernetes-models/${kind}').I${kind.split('/').pop()};`).join('\n');
  const options = {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    lib: ['lib.es2022.d.ts'],
  };
  const host = ts.createCompilerHost(options);
  // The entry is a file only in memory: the compiler reads everything else from disk as usual.
  const disk = ts.createCompilerHost(options);
  host.fileExists = (file) => file === entry || disk.fileExists(file);
  host.readFile = (file) => (file === entry ? source : disk.readFile(file));
  host.getSourceFile = (file, language, ...rest) =>
    file === entry ? ts.createSourceFile(file, source, language) : disk.getSourceFile(file, language, ...rest);
  const program = ts.createProgram([entry], options, host);
  const checker = program.getTypeChecker();
  const sourceFile = program.getSourceFile(entry);
  const moduleSymbol = sourceFile && checker.getSymbolAtLocation(sourceFile);
  const exported = new Map((moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : []).map((s) => [s.name, s]));
  return objects.map((object) => {
    const symbol = exported.get(`K${kinds.indexOf(`${object.apiVersion}/${object.kind}`)}`);
    const type = symbol && checker.getDeclaredTypeOfSymbol(symbol);
    // An alias of a module that is not there resolves to the error type: no declaration, nothing checked.
    if (!type || type.flags & ts.TypeFlags.Any) return [];
    /** @type {string[]} */
    const found = [];
    walk(checker, object, type, '', found);
    return found;
  });
}
