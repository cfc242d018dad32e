import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, visit, type ConstValueNode } from 'graphql';
import { SUBGRAPHS } from './subgraphs.mjs';
import { subgraphSchemaPath } from './supergraph.mjs';

// Each subgraph links the lowest federation version that has the directives it uses and imports only
// those (libs/service-kit/src/graphql/federation-link.ts): the newest version and every directive is
// what some composers refuse.
const root = path.resolve(__dirname, '../..');

/** The federation version that introduced each directive (Apollo's federation changelog). */
const INTRODUCED_IN: Record<string, number> = {
  '@key': 0,
  '@shareable': 0,
  '@external': 0,
  '@requires': 0,
  '@provides': 0,
  '@extends': 0,
  '@inaccessible': 0,
  '@override': 0,
  '@tag': 0,
  '@composeDirective': 1,
  '@interfaceObject': 3,
  '@authenticated': 5,
  '@requiresScopes': 5,
  '@policy': 6,
  '@context': 8,
  '@fromContext': 8,
  '@cost': 9,
  '@listSize': 9,
};

function stringList(value: ConstValueNode | undefined): string[] {
  if (value?.kind !== Kind.LIST) return [];
  return value.values.flatMap((item) => (item.kind === Kind.STRING ? [item.value] : []));
}

describe.each(SUBGRAPHS.map((entry) => [entry.name, subgraphSchemaPath(entry)]))('the %s subgraph (%s)', (_name, file) => {
  const document = parse(readFileSync(path.join(root, file), 'utf8'));
  const links = document.definitions.flatMap((definition) =>
    definition.kind === Kind.SCHEMA_EXTENSION ? (definition.directives ?? []).filter((d) => d.name.value === 'link') : [],
  );
  const argument = (name: string) => links[0]?.arguments?.find((a) => a.name.value === name)?.value;
  const url = argument('url');
  const imported = stringList(argument('import'));
  // Applied directives the SDL does not define itself come from the federation link.
  const defined = new Set(document.definitions.flatMap((d) => (d.kind === Kind.DIRECTIVE_DEFINITION ? [`@${d.name.value}`] : [])));
  const used = new Set<string>();
  visit(document, {
    Directive(node) {
      if (node.name.value !== 'link' && !defined.has(`@${node.name.value}`)) used.add(`@${node.name.value}`);
    },
  });

  it('links federation once', () => {
    expect(links).toHaveLength(1);
    expect(url?.kind === Kind.STRING && url.value).toMatch(/^https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+$/);
  });

  it('imports exactly the federation directives it uses', () => {
    expect([...imported].sort()).toEqual([...used].sort());
  });

  it('links the lowest version that has them', () => {
    const version = url?.kind === Kind.STRING ? Number(url.value.split('/v2.')[1]) : NaN;
    expect(imported.filter((name) => !(name in INTRODUCED_IN))).toEqual([]); // add it to INTRODUCED_IN
    const needed = Math.max(0, ...imported.map((name) => INTRODUCED_IN[name] ?? 0));
    expect(`v2.${version}`).toBe(`v2.${needed}`);
  });
});
