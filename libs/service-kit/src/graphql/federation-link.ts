import type { Federation2Config } from '@nestjs/graphql';

/**
 * The `@link` every subgraph's SDL opens with. Nest's default links the newest federation version
 * and imports every directive it knows (v2.14, `@cacheTag` …), which only Apollo's composer accepts;
 * The Guild's (Hive Gateway, Hive) refuses both. The subgraphs use `@key` and `@shareable`, both in
 * v2.0, so they link v2.0 and import just those. Using another directive (say `@interfaceObject`,
 * v2.3) means adding it here and raising the version: tools/schema/federation-link.spec.ts fails
 * until this link matches what the SDL uses.
 */
export const FEDERATION_LINK: Federation2Config = {
  version: 2,
  importUrl: 'https://specs.apollo.dev/federation/v2.0',
  directives: ['@key', '@shareable'],
};
