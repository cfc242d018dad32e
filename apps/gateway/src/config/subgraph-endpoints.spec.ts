import { composeTestSupergraph } from '../testing/compose-test-supergraph';
import { ConfigError } from './config-error';
import { healthUrlFor, subgraphEndpoints, urlBesideGraphql, urlVariableName } from './subgraph-endpoints';

const sdl = (type: string) => `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
type Query { ${type}: String }
`;

function supergraph(): string {
  return composeTestSupergraph([
    { name: 'registry', url: 'http://127.0.0.1:4101/graphql', sdl: sdl('regions') },
    { name: 'evaluation', url: 'http://127.0.0.1:4102/graphql', sdl: sdl('cycles') },
  ]);
}

describe('subgraph endpoints', () => {
  it('lists every subgraph of the supergraph with the URL composed into it', () => {
    expect(subgraphEndpoints(supergraph(), {})).toEqual([
      {
        name: 'evaluation',
        url: 'http://127.0.0.1:4102/graphql',
        healthUrl: 'http://127.0.0.1:4102/health',
        urlVariable: 'EVALUATION_URL',
      },
      { name: 'registry', url: 'http://127.0.0.1:4101/graphql', healthUrl: 'http://127.0.0.1:4101/health', urlVariable: 'REGISTRY_URL' },
    ]);
  });

  it('lets <NAME>_URL override a subgraph URL', () => {
    const endpoints = subgraphEndpoints(supergraph(), { REGISTRY_URL: 'http://registry.internal:8080/graphql' });
    expect(endpoints.find((e) => e.name === 'registry')).toMatchObject({
      url: 'http://registry.internal:8080/graphql',
      healthUrl: 'http://registry.internal:8080/health',
    });
  });

  it('refuses an override that is not an http(s) URL, naming the variable', () => {
    expect(() => subgraphEndpoints(supergraph(), { REGISTRY_URL: 'registry:4101' })).toThrow(ConfigError);
    expect(() => subgraphEndpoints(supergraph(), { REGISTRY_URL: 'registry:4101' })).toThrow(/REGISTRY_URL/);
  });

  it('names the override variable after the subgraph', () => {
    expect(urlVariableName('registry')).toBe('REGISTRY_URL');
    expect(urlVariableName('open-data')).toBe('OPEN_DATA_URL');
  });

  it('finds the health endpoint beside the GraphQL endpoint', () => {
    expect(healthUrlFor('https://api.example.id/registry/graphql')).toBe('https://api.example.id/registry/health');
    expect(healthUrlFor('http://127.0.0.1:4101/')).toBe('http://127.0.0.1:4101/health');
  });

  it("puts a REST path beside /graphql (the evaluation service's files), dropping any query", () => {
    expect(urlBesideGraphql('https://api.example.id/evaluation/graphql?x=1', '/files/evidence/d1')).toBe(
      'https://api.example.id/evaluation/files/evidence/d1',
    );
    expect(urlBesideGraphql('http://127.0.0.1:4102/graphql', '/files/evidence/d1')).toBe('http://127.0.0.1:4102/files/evidence/d1');
  });
});
