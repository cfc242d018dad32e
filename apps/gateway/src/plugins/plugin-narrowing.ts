import type { PluginTokenClaims } from '@simpul/service-kit';
import {
  getArgumentValues,
  getNamedType,
  GraphQLError,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  OperationTypeNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import {
  NAMING_ARGUMENTS,
  PLUGIN_SCOPE_ALLOWLIST,
  PLUGIN_CLOSED_FIELDS,
  PLUGIN_SCOPE_TYPES,
  type AllowedRootField,
  type PluginBinding,
} from './plugin-allowlist';

export interface PluginOperation {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  /** The coerced variable values: a unit named through a variable is checked like a literal. */
  variables: Record<string, unknown>;
  grant: PluginTokenClaims;
}

function forbidden(field: string, id: string, en: string): GraphQLError {
  return new GraphQLError(en, { extensions: { code: 'FORBIDDEN', field, messages: { id, en }, http: { status: 403 } } });
}

const BINDING_WORDS: Record<PluginBinding, { id: string; en: string }> = {
  serviceUnit: { id: 'unit layanan', en: 'service unit' },
  mall: { id: 'MPP', en: 'MPP' },
  desk: { id: 'gerai', en: 'desk' },
  agency: { id: 'instansi', en: 'agency' },
};

function boundValue(grant: PluginTokenClaims, binding: PluginBinding): string | null {
  if (binding === 'serviceUnit') return grant.serviceUnitId;
  if (binding === 'mall') return grant.mallId;
  if (binding === 'desk') return grant.deskId;
  return grant.agencyId;
}

function notItsOwn(field: string, argument: string, binding: PluginBinding): GraphQLError {
  const words = BINDING_WORDS[binding];
  return forbidden(
    `${field}.${argument}`,
    `Plugin hanya boleh membaca ${words.id} miliknya: argumen \`${argument}\` pada \`${field}\` harus ${words.id} plugin.`,
    `The plugin may only read its own ${words.en}: argument \`${argument}\` of \`${field}\` must be the plugin's ${words.en}.`,
  );
}

/** Every FieldNode of a selection set with the type it is selected on, through fragments and inline fragments. */
function* fieldsOf(
  selectionSet: SelectionSetNode,
  parentType: GraphQLCompositeType,
  op: PluginOperation,
  seen: Set<string> = new Set(),
): Generator<{ node: FieldNode; parentType: GraphQLCompositeType }> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      yield { node: selection, parentType };
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? op.schema.getType(selection.typeCondition.name.value) : parentType;
      yield* fieldsOf(selection.selectionSet, (type ?? parentType) as GraphQLCompositeType, op, seen);
    } else {
      const fragment = op.fragments[selection.name.value];
      // Validation refuses fragment cycles; `seen` only keeps one spread from being walked twice per path.
      if (!fragment || seen.has(fragment.name.value)) continue;
      const type = op.schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined;
      yield* fieldsOf(fragment.selectionSet, type ?? parentType, op, new Set([...seen, fragment.name.value]));
    }
  }
}

/** The first argument (at any depth of input objects and lists) that names another unit, mall or agency. */
function foreignName(value: unknown, path: string, grant: PluginTokenClaims): { path: string; binding: PluginBinding } | null {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = foreignName(item, `${path}.${index}`, grant);
      if (found) return found;
    }
    return null;
  }
  if (value === null || typeof value !== 'object') return null;
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    const innerPath = path === '' ? key : `${path}.${key}`;
    const binding = NAMING_ARGUMENTS[key];
    if (binding && inner !== null && inner !== undefined) {
      const names = Array.isArray(inner) ? inner : [inner];
      if (names.some((name) => name !== boundValue(grant, binding))) return { path: innerPath, binding };
    } else {
      const found = foreignName(inner, innerPath, grant);
      if (found) return found;
    }
  }
  return null;
}

function valueAt(args: Record<string, unknown>, path: string): unknown {
  let value: unknown = args;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function notReadable(field: string): GraphQLError {
  return forbidden(
    field,
    `Plugin tidak diizinkan membaca \`${field}\` dengan izin yang diberikan kepadanya.`,
    `The plugin may not read \`${field}\` with the scopes it was granted.`,
  );
}

/**
 * Checks every field below a root field, at every depth: its type must be one the scopes may read
 * into, and its naming arguments the token's.
 */
function checkNested(
  selectionSet: SelectionSetNode | undefined,
  parentType: GraphQLCompositeType,
  op: PluginOperation,
  readable: ReadonlySet<string>,
): void {
  if (!selectionSet) return;
  for (const { node, parentType: type } of fieldsOf(selectionSet, parentType, op)) {
    const name = node.name.value;
    if (name === '__typename') continue;
    // Also reached through a fragment on a union or interface member.
    if (!readable.has(type.name)) throw notReadable(`${type.name}.${name}`);
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    const definition = type.getFields()[name];
    if (!definition) continue;
    const inner = getNamedType(definition.type);
    if ((isCompositeType(inner) && !readable.has(inner.name)) || PLUGIN_CLOSED_FIELDS.includes(`${type.name}.${name}`)) {
      throw notReadable(`${type.name}.${name}`);
    }
    const foreign = foreignName(getArgumentValues(definition, node, op.variables), '', op.grant);
    if (foreign) throw notItsOwn(name, foreign.path, foreign.binding);
    if (isCompositeType(inner)) checkNested(node.selectionSet, inner, op, readable);
  }
}

/**
 * Throws FORBIDDEN (naming the field) unless the operation is a query whose every root field is in
 * the allowlist of the token's scopes, with its bound arguments naming the token's unit/mall/agency,
 * and no argument anywhere naming another. Run after validation, before any subgraph is asked.
 */
export function narrowPluginOperation(op: PluginOperation): void {
  const { operation, schema, grant } = op;
  if (operation.operation !== OperationTypeNode.QUERY) {
    const rootType = operation.operation === OperationTypeNode.MUTATION ? schema.getMutationType() : schema.getSubscriptionType();
    const first = rootType ? [...fieldsOf(operation.selectionSet, rootType, op)][0]?.node.name.value : undefined;
    const field = first ?? operation.operation;
    throw forbidden(
      field,
      `Plugin hanya boleh membaca data: \`${field}\` mengubah data dan tidak diizinkan.`,
      `A plugin may only read: \`${field}\` is a ${operation.operation} and is not allowed.`,
    );
  }
  const queryType = schema.getQueryType();
  if (!queryType) return;
  const allowed = new Map<string, AllowedRootField>();
  for (const scope of grant.scopes) for (const entry of PLUGIN_SCOPE_ALLOWLIST[scope]) allowed.set(entry.field, entry);
  const readable = new Set(grant.scopes.flatMap((scope) => PLUGIN_SCOPE_TYPES[scope]));

  for (const { node } of fieldsOf(operation.selectionSet, queryType, op)) {
    const name = node.name.value;
    if (name === '__typename') continue;
    if (name.startsWith('__')) {
      throw forbidden(
        name,
        `Plugin tidak boleh membaca skema GraphQL (\`${name}\`).`,
        `A plugin may not introspect the GraphQL schema (\`${name}\`).`,
      );
    }
    const entry = allowed.get(name);
    const definition = queryType.getFields()[name];
    if (!entry || !definition) throw notReadable(name);
    const args = getArgumentValues(definition, node, op.variables);
    for (const [path, binding] of Object.entries(entry.bound)) {
      const expected = boundValue(grant, binding);
      if (expected === null || valueAt(args, path) !== expected) throw notItsOwn(name, path, binding);
    }
    for (const [path, binding] of Object.entries(entry.boundWhenGranted ?? {})) {
      const expected = boundValue(grant, binding);
      if (expected !== null && valueAt(args, path) !== expected) throw notItsOwn(name, path, binding);
    }
    const foreign = foreignName(args, '', grant);
    if (foreign) throw notItsOwn(name, foreign.path, foreign.binding);
    const inner = getNamedType(definition.type);
    if (isCompositeType(inner)) {
      if (!readable.has(inner.name)) throw notReadable(name);
      checkNested(node.selectionSet, inner, op, readable);
    }
  }
}
