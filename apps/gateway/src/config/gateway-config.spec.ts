import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MissingSecretError } from '@simpul/service-kit';
import { composeTestSupergraph } from '../testing/compose-test-supergraph';
import { ConfigError } from './config-error';
import { DEFAULT_LIMITS, DEFAULT_PORTAL_ORIGINS, loadGatewayConfig } from './gateway-config';

const productionSecrets = { JWT_SECRET: 'p'.repeat(40), INTERNAL_SECRET: 'q'.repeat(40) };

describe('loadGatewayConfig', () => {
  let dir: string;
  let SUPERGRAPH_PATH: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'gateway-config-'));
    SUPERGRAPH_PATH = path.join(dir, 'supergraph.graphql');
    const sdl = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"]) type Query { regions: [String] }';
    writeFileSync(SUPERGRAPH_PATH, composeTestSupergraph([{ name: 'registry', url: 'http://127.0.0.1:4101/graphql', sdl }]));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has working defaults for development', () => {
    const config = loadGatewayConfig({ SUPERGRAPH_PATH });
    expect(config.limits).toEqual(DEFAULT_LIMITS);
    expect(DEFAULT_LIMITS).toEqual({ maxDepth: 10, maxCost: 5000, defaultListSize: 20 });
    expect(config.portalOrigins).toEqual(DEFAULT_PORTAL_ORIGINS);
    expect(config.introspection).toBe(true);
    expect(config.subgraphs.map((s) => [s.name, s.url])).toEqual([['registry', 'http://127.0.0.1:4101/graphql']]);
  });

  it('reads limits, origins and subgraph URLs from the environment', () => {
    const config = loadGatewayConfig({
      SUPERGRAPH_PATH,
      MAX_QUERY_DEPTH: '7',
      MAX_QUERY_COST: '900',
      DEFAULT_LIST_SIZE: '10',
      PORTAL_ORIGIN: 'https://portal.example.id, https://admin.example.id',
      REGISTRY_URL: 'http://registry:4101/graphql',
    });
    expect(config.limits).toEqual({ maxDepth: 7, maxCost: 900, defaultListSize: 10 });
    expect(config.portalOrigins).toEqual(['https://portal.example.id', 'https://admin.example.id']);
    expect(config.subgraphs[0].url).toBe('http://registry:4101/graphql');
  });

  it('turns introspection off in production', () => {
    expect(loadGatewayConfig({ SUPERGRAPH_PATH, NODE_ENV: 'production', ...productionSecrets }).introspection).toBe(false);
  });

  it('refuses to start in production with a default or missing secret', () => {
    expect(() => loadGatewayConfig({ SUPERGRAPH_PATH, NODE_ENV: 'production' })).toThrow(MissingSecretError);
    expect(() => loadGatewayConfig({ SUPERGRAPH_PATH, NODE_ENV: 'production', JWT_SECRET: productionSecrets.JWT_SECRET })).toThrow(
      /INTERNAL_SECRET/,
    );
  });

  it('names a limit that is not a positive whole number', () => {
    expect(() => loadGatewayConfig({ SUPERGRAPH_PATH, MAX_QUERY_COST: '-1' })).toThrow(
      new ConfigError('MAX_QUERY_COST must be a positive whole number, got "-1".'),
    );
  });

  it('says how to get a supergraph when the file is missing', () => {
    expect(() => loadGatewayConfig({ SUPERGRAPH_PATH: path.join(dir, 'nope.graphql') })).toThrow(/npm run schema/);
  });
});
