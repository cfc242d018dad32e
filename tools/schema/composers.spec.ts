import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SUBGRAPHS } from './subgraphs.mjs';
import { composeSupergraph, subgraphSchemaPath, type SubgraphSdl } from './supergraph.mjs';
import { composeWithGuild } from './guild-composition.mjs';

// A supergraph only one vendor's composer accepts ties the portal to that vendor's router: the
// committed subgraphs must compose with Apollo's composer (which writes the supergraph) and The Guild's
// (Hive Gateway, Hive).
const root = path.resolve(__dirname, '../..');
const committed: SubgraphSdl[] = SUBGRAPHS.map((entry) => ({
  name: entry.name,
  url: entry.url,
  sdl: readFileSync(path.join(root, subgraphSchemaPath(entry)), 'utf8'),
  source: subgraphSchemaPath(entry),
}));

describe('the committed subgraph SDL files', () => {
  it("compose with Apollo's composer", () => {
    const outcome = composeSupergraph(committed);
    expect(outcome.errors).toBeUndefined();
    expect(outcome.supergraphSdl).toMatch(/enum join__Graph/);
  });

  it("compose with The Guild's composer into a supergraph of the same subgraphs", () => {
    const outcome = composeWithGuild(committed);
    expect(outcome.errors).toEqual([]);
    for (const { name } of committed) expect(outcome.supergraphSdl).toContain(`@join__graph(name: "${name}"`);
  });
});

describe("The Guild's composer", () => {
  // What NestJS links by default: the newest version and every directive it knows.
  const nestDefault = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.14", import: ["@cacheTag", "@key", "@shareable"])';

  it('refuses the link NestJS writes by default, which is why the subgraphs pin their own', () => {
    const relinked = committed.map((subgraph) => ({
      ...subgraph,
      sdl: subgraph.sdl.replace(/^extend schema\n\s*@link\([^\n]*\)/, nestDefault),
    }));
    expect(relinked.map((subgraph) => subgraph.sdl.startsWith(nestDefault))).toEqual(committed.map(() => true));
    expect(composeWithGuild(relinked).errors.length).toBeGreaterThan(0);
  });
});
