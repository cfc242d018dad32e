import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FAKE_REGISTRY_TYPE_DEFS } from './fake-registry';
import { sdlSubsetMismatches } from './sdl-subset';

// The registry's SDL as `npm run schema` writes it from the registry's code.
const REGISTRY_SDL = readFileSync(join(__dirname, '../../../../apps/registry-service/schema.graphql'), 'utf8');

describe('rule: the fake registry serves only what the real registry serves, with the same types', () => {
  it('every type, field, argument and enum value of the fake exists the same in apps/registry-service/schema.graphql', () => {
    expect(sdlSubsetMismatches(FAKE_REGISTRY_TYPE_DEFS, REGISTRY_SDL)).toEqual([]);
  });

  it('a renamed field, a changed type, a changed argument or an unknown enum value is reported', () => {
    const drifted = `
      enum Role { NATIONAL_ADMIN SUPERUSER }
      type Agency { id: ID! title: String! type: String! }
      type Query { agency(key: ID!): Agency }
      type Galaxy { id: ID! }
    `;
    expect(sdlSubsetMismatches(drifted, REGISTRY_SDL)).toEqual([
      'Role.SUPERUSER is no value of the enum',
      'Agency.title does not exist',
      'Agency.type is AgencyType!, not String!',
      'Query.agency takes (id: ID!), not (key: ID!)',
      'type Galaxy does not exist',
    ]);
  });
});
