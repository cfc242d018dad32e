// The Guild's composer (@theguild/federation-composition), the one Hive Gateway and Hive use. Apollo's
// composer writes the supergraph; this one only has to accept the same subgraphs, so that the
// supergraph is not one vendor's: `npm run schema` and `--check` fail when it refuses.
import { composeServices } from '@theguild/federation-composition';
import { Source, parse } from 'graphql';

/**
 * The Guild's errors for subgraphs `{ name, url, sdl, source }`, each with its code; empty when it composes.
 * @param {import('./supergraph.mjs').SubgraphSdl[]} subgraphs
 * @returns {{ errors: string[], supergraphSdl?: string }}
 */
export function composeWithGuild(subgraphs) {
  const result = composeServices(
    subgraphs.map((subgraph) => ({
      name: subgraph.name,
      url: subgraph.url,
      typeDefs: parse(new Source(subgraph.sdl, subgraph.source ?? subgraph.name)),
    })),
  );
  if (result.errors) {
    return { errors: result.errors.map((error) => `${codeOf(error)}: ${error.message}`) };
  }
  return { errors: [], supergraphSdl: result.supergraphSdl };
}

/** @param {import('graphql').GraphQLError} error */
function codeOf(error) {
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : 'COMPOSITION_ERROR';
}
