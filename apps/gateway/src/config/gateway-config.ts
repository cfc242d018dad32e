import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readSecret } from '@simpul/service-kit';
import { selectionLimitsFromEnv, type SelectionLimits } from '../limits/selection-limits';
import { ConfigError } from './config-error';
import { subgraphEndpoints, type SubgraphEndpoint } from './subgraph-endpoints';

export interface QueryLimits {
  /** Deepest field nesting a query may have. */
  maxDepth: number;
  /** Highest estimated cost (see limits/query-measure.ts) a query may have. */
  maxCost: number;
  /** Assumed size of a list whose size the query does not give (no `first`). */
  defaultListSize: number;
}

export type LogLine = Record<string, unknown>;

export interface GatewayConfig {
  supergraphSdl: string;
  subgraphs: SubgraphEndpoint[];
  limits: QueryLimits;
  /** Aliases, root fields and fields per operation (defaults when absent, as in the tests). */
  selectionLimits?: SelectionLimits;
  introspection: boolean;
  jwtSecret: string;
  internalSecret: string;
  portalOrigins: string[];
  healthTimeoutMs: number;
  /** Largest request body: evidence files travel base64-encoded inside mutations (10 MB files). */
  maxBodyBytes: number;
  /** Express `trust proxy`: whose X-Forwarded-For is believed (the portal's proxy on loopback by default). */
  trustProxy: string;
  /** The registry subgraph's URL: its origin serves the internal session and token-state endpoints. */
  registryUrl: string;
  /** Where one JSON line per request goes (stdout in production, captured in tests). */
  log: (line: LogLine) => void;
}

export const DEFAULT_MAX_BODY_BYTES = 14 * 1024 * 1024;
export const DEFAULT_TRUST_PROXY = 'loopback';

export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 10, maxCost: 5000, defaultListSize: 20 };
export const DEFAULT_PORTAL_ORIGINS = ['http://localhost:4200', 'http://127.0.0.1:4200'];

export function writeJsonLine(line: LogLine): void {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...line })}\n`);
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new ConfigError(`${name} must be a positive whole number, got "${raw}".`);
  return value;
}

export function readSupergraph(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new ConfigError(`Cannot read the supergraph at ${file}; run \`npm run schema\` or set SUPERGRAPH_PATH.`);
  }
}

/** The whole gateway configuration from the environment; throws ConfigError or MissingSecretError. */
export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const jwtSecret = readSecret('JWT_SECRET', env);
  const internalSecret = readSecret('INTERNAL_SECRET', env);
  const supergraphSdl = readSupergraph(path.resolve(env.SUPERGRAPH_PATH || 'apps/gateway/supergraph.graphql'));
  const subgraphs = subgraphEndpoints(supergraphSdl, env);
  const registry = subgraphs.find((subgraph) => subgraph.name === 'registry');
  if (!registry) throw new ConfigError('The supergraph has no registry subgraph; sign-in and token checks need it.');
  const origins = (env.PORTAL_ORIGIN ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  return {
    supergraphSdl,
    subgraphs,
    limits: {
      maxDepth: positiveInteger(env, 'MAX_QUERY_DEPTH', DEFAULT_LIMITS.maxDepth),
      maxCost: positiveInteger(env, 'MAX_QUERY_COST', DEFAULT_LIMITS.maxCost),
      defaultListSize: positiveInteger(env, 'DEFAULT_LIST_SIZE', DEFAULT_LIMITS.defaultListSize),
    },
    selectionLimits: selectionLimitsFromEnv(env),
    introspection: env.NODE_ENV !== 'production',
    jwtSecret,
    internalSecret,
    portalOrigins: origins.length > 0 ? origins : DEFAULT_PORTAL_ORIGINS,
    healthTimeoutMs: positiveInteger(env, 'HEALTH_TIMEOUT_MS', 2000),
    maxBodyBytes: positiveInteger(env, 'MAX_BODY_BYTES', DEFAULT_MAX_BODY_BYTES),
    trustProxy: env.TRUST_PROXY || DEFAULT_TRUST_PROXY,
    registryUrl: registry.url,
    log: writeJsonLine,
  };
}
