import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PLUGIN_SCOPES } from '@simpul/contracts';
import { buildSchema, getNamedType, isInputObjectType, isObjectType, type GraphQLArgument, type GraphQLInputType } from 'graphql';
import { NAMING_ARGUMENTS, PLUGIN_CLOSED_FIELDS, PLUGIN_SCOPE_ALLOWLIST, PLUGIN_SCOPE_TYPES } from './plugin-allowlist';

const supergraph = buildSchema(readFileSync(path.resolve(__dirname, '../../supergraph.graphql'), 'utf8'));
const queryFields = supergraph.getQueryType()?.getFields() ?? {};

/** The type of a dotted argument path (`filter.mallId`), or undefined when it does not exist. */
function typeAt(args: readonly GraphQLArgument[], dotted: string): GraphQLInputType | undefined {
  const [first, ...rest] = dotted.split('.');
  let type: GraphQLInputType | undefined = args.find((arg) => arg.name === first)?.type;
  for (const key of rest) {
    const named = type && getNamedType(type);
    type = named && isInputObjectType(named) ? named.getFields()[key]?.type : undefined;
  }
  return type;
}

describe('the plugin scope allowlist', () => {
  it('has an entry for every scope', () => {
    for (const scope of PLUGIN_SCOPES) expect(PLUGIN_SCOPE_ALLOWLIST[scope].length).toBeGreaterThan(0);
  });

  // A renamed or removed field fails here instead of silently locking plugins out (or in).
  it.each(PLUGIN_SCOPES.flatMap((scope) => PLUGIN_SCOPE_ALLOWLIST[scope].map((entry) => [scope, entry.field, entry] as const)))(
    '%s: Query.%s exists in the supergraph with its bound arguments as IDs',
    (_scope, field, entry) => {
      const definition = queryFields[field];
      expect(definition).toBeDefined();
      expect(Object.keys(entry.bound).length).toBeGreaterThan(0);
      for (const argument of Object.keys(entry.bound)) {
        const type = typeAt(definition.args, argument);
        expect({ argument, type: type && getNamedType(type).name }).toEqual({ argument, type: 'ID' });
      }
    },
  );

  it.each(PLUGIN_SCOPES)('%s: reads into object types of the supergraph, including what its root fields return', (scope) => {
    const readable = PLUGIN_SCOPE_TYPES[scope];
    for (const name of readable) expect({ name, object: isObjectType(supergraph.getType(name)) }).toEqual({ name, object: true });
    for (const { field } of PLUGIN_SCOPE_ALLOWLIST[scope]) expect(readable).toContain(getNamedType(queryFields[field].type).name);
  });

  it('closes fields that exist', () => {
    for (const closed of PLUGIN_CLOSED_FIELDS) {
      const [type, field] = closed.split('.');
      const named = supergraph.getType(type);
      expect({ closed, exists: isObjectType(named) && field in named.getFields() }).toEqual({ closed, exists: true });
    }
  });

  it('names unit, mall and agency arguments the supergraph really uses', () => {
    const sdl = readFileSync(path.resolve(__dirname, '../../supergraph.graphql'), 'utf8');
    for (const name of Object.keys(NAMING_ARGUMENTS)) expect(sdl).toMatch(new RegExp(`\\b${name}: ID\\b`));
  });
});
