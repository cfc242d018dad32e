import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

/** Composes test subgraphs `{ name, url, sdl }` into a supergraph, failing loudly on errors. */
export function composeTestSupergraph(subgraphs: Array<{ name: string; url: string; sdl: string }>): string {
  const result = composeServices(subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })));
  if (result.errors) throw new Error(result.errors.map(String).join('\n'));
  return result.supergraphSdl;
}
