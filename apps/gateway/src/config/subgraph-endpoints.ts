import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import { ConfigError } from './config-error';

export interface SubgraphEndpoint {
  /** The subgraph name in the supergraph (`registry`). */
  name: string;
  /** Where the gateway sends its subgraph operations. */
  url: string;
  /** Where `/health` checks the subgraph. */
  healthUrl: string;
  /** The environment variable that overrides `url`. */
  urlVariable: string;
}

/** `registry` -> `REGISTRY_URL`, `kipp` -> `KIPP_URL`: every subgraph gets its override for free. */
export function urlVariableName(subgraphName: string): string {
  return `${subgraphName.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase()}_URL`;
}

/** A path of the subgraph beside its GraphQL endpoint: (`…/graphql`, `/health`) -> `…/health`. */
export function urlBesideGraphql(graphqlUrl: string, path: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = /\/graphql\/?$/.test(url.pathname) ? url.pathname.replace(/\/graphql\/?$/, path) : path;
  url.search = '';
  return url.toString();
}

/** The subgraph's health endpoint beside its GraphQL endpoint: `…/graphql` -> `…/health`. */
export function healthUrlFor(graphqlUrl: string): string {
  return urlBesideGraphql(graphqlUrl, '/health');
}

function checkedUrl(value: string, origin: string): string {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
    return url.toString();
  } catch {
    throw new ConfigError(`${origin} must be an http(s) URL, got "${value}".`);
  }
}

/**
 * Lists the subgraphs of a supergraph (its `join__Graph` enum) with their URLs, each overridden by
 * `<NAME>_URL` when that is set, so a new subgraph needs no gateway code at all.
 */
export function subgraphEndpoints(supergraphSdl: string, env: NodeJS.ProcessEnv = process.env): SubgraphEndpoint[] {
  const graphs = parse(supergraphSdl).definitions.find(
    (definition): definition is EnumTypeDefinitionNode =>
      definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'join__Graph',
  );
  if (!graphs) throw new ConfigError('The supergraph has no join__Graph enum; regenerate it with `npm run schema`.');
  return (graphs.values ?? []).map((value) => {
    const directive = value.directives?.find((d) => d.name.value === 'join__graph');
    const argument = (name: string): string | undefined => {
      const node = directive?.arguments?.find((a) => a.name.value === name)?.value;
      return node?.kind === Kind.STRING ? node.value : undefined;
    };
    const name = argument('name') ?? value.name.value.toLowerCase();
    const urlVariable = urlVariableName(name);
    const override = env[urlVariable];
    const url = override
      ? checkedUrl(override, urlVariable)
      : checkedUrl(argument('url') ?? '', `The supergraph URL of subgraph "${name}"`);
    return { name, url, healthUrl: healthUrlFor(url), urlVariable };
  });
}
