import fs from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { MISSING_ID, type IdTable } from './ids';

/** The composed supergraph the gateway serves, parsed once. */
export function loadSupergraph(file: string): GraphQLSchema {
  return buildSchema(fs.readFileSync(file, 'utf8'), { assumeValidSDL: true });
}

export interface RootField {
  kind: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
}

export function rootFields(schema: GraphQLSchema): RootField[] {
  const queries = Object.values(schema.getQueryType()?.getFields() ?? {}).map((field) => ({ kind: 'query' as const, field }));
  const mutations = Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => ({ kind: 'mutation' as const, field }));
  return [...queries, ...mutations];
}

/** Scalars only, objects to depth 2; `__typename` keeps every selection non-empty (unions, id-only types). */
export function selectionOf(type: GraphQLOutputType, depth = 1): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return isScalarType(named) || isEnumType(named) ? '' : '{ __typename }';
  const parts = ['__typename'];
  for (const field of Object.values(named.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type))) continue;
    const inner = getNamedType(field.type);
    if (isScalarType(inner) || isEnumType(inner)) parts.push(field.name);
    else if (depth < 2 && isObjectType(inner)) parts.push(`${field.name} ${selectionOf(field.type, depth + 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

/** Whether an argument (or an input field of it) names a tenant's row, so "away" ids matter for it. */
export type IdKind = keyof IdTable | 'other';

export function idKindOf(argName: string, fieldName: string): IdKind {
  const name = argName === 'id' ? fieldName : argName;
  if (/lokus/i.test(name)) return 'lokus';
  if (/cycle/i.test(name)) return 'cycle';
  if (/^(serviceUnit|unit)/i.test(name)) return 'unit';
  if (/mall/i.test(name)) return 'mall';
  if (/agency/i.test(name)) return 'agency';
  return 'other';
}

const today = new Date().toISOString().slice(0, 10);
const weekAgo = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);

/** A plain, valid value for a String argument, chosen by its name. */
function stringFor(name: string): string {
  if (name === 'from') return weekAgo;
  if (name === 'to' || /On$|date/i.test(name)) return today;
  if (/email/i.test(name)) return 'probe-nobody@simpul.invalid';
  if (/token/i.test(name)) return 'probe-invalid-token';
  if (/regionCode|provinceCode|^code$/i.test(name)) return '63';
  if (/password/i.test(name)) return 'probe-not-a-password';
  return 'probe';
}

export interface Filler {
  /** The ids for tenant-bound arguments; `null` means every id names nothing (MISSING_ID). */
  ids: IdTable | null;
}

/** A value for an input type: required input fields only, lists of one. */
export function valueFor(type: GraphQLInputType, name: string, fieldName: string, filler: Filler, depth = 0): unknown {
  if (isNonNullType(type)) return valueFor(type.ofType, name, fieldName, filler, depth);
  if (isListType(type)) return [valueFor(type.ofType, name, fieldName, filler, depth)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    if (depth > 3) return value;
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type)) value[field.name] = valueFor(field.type, field.name, fieldName, filler, depth + 1);
    }
    return value;
  }
  switch (type.name) {
    case 'ID': {
      const kind = idKindOf(name, fieldName);
      return filler.ids && kind !== 'other' ? filler.ids[kind] : MISSING_ID;
    }
    case 'Int':
      if (/year/i.test(name)) return new Date().getFullYear();
      if (name === 'first') return 3;
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTime':
      return new Date().toISOString();
    default:
      return stringFor(name);
  }
}

/** Whether the field's required arguments, at any depth, take an id (a tenant-bound one with `tenantOnly`). */
export function takesId(field: GraphQLField<unknown, unknown>, tenantOnly: boolean): boolean {
  const walk = (type: GraphQLInputType, name: string, depth: number): boolean => {
    const named = getNamedType(type);
    if (isInputObjectType(named)) {
      return (
        depth < 3 && Object.values(named.getFields()).some((inner) => isNonNullType(inner.type) && walk(inner.type, inner.name, depth + 1))
      );
    }
    return named.name === 'ID' && (!tenantOnly || idKindOf(name, field.name) !== 'other');
  };
  return field.args.some((arg) => isNonNullType(arg.type) && walk(arg.type, arg.name, 0));
}

/** Whether home and away ids make a different call. */
export const takesTenantId = (field: GraphQLField<unknown, unknown>) => takesId(field, true);

export interface Operation {
  query: string;
  variables: Record<string, unknown>;
}

/** The operation calling one root field with every argument as a variable: filled (required and
 *  `first`) or left out. */
export function operationFor(root: RootField, filler: Filler, overrides: Record<string, unknown> = {}): Operation {
  const { field } = root;
  const used = field.args.filter((arg: GraphQLArgument) => isNonNullType(arg.type) || arg.name === 'first' || arg.name in overrides);
  const variables: Record<string, unknown> = {};
  for (const arg of used)
    variables[arg.name] = arg.name in overrides ? overrides[arg.name] : valueFor(arg.type, arg.name, field.name, filler);
  const declared = used.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = used.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const query = `${root.kind} Probe${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selectionOf(field.type)} }`;
  return { query, variables };
}
