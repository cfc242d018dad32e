import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@simpul/service-kit/testing';
import { SAMSAT_KALSEL, SEEDED_REGISTRY } from '../../test-support/registry-test-app';
import { completenessOf } from './completeness';
import { STANDARD_COMPONENTS, type StoredStandard } from './standard-component';
import { standardOutline } from './standard-outline';

const components = STANDARD_COMPONENTS.map((definition) => definition.component);
// Every character of the Basic Multilingual Plane String.prototype.trim removes.
const TRIMMED = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code))
  .filter((character) => character.trim() === '')
  .join('');

// Contents only JavaScript's trim empties, next to ones it keeps: the kept outline must agree with it.
const STANDARDS: Record<string, StoredStandard> = {
  empty: {},
  'blank and whitespace-only contents': {
    [components[0]]: { content: '', published: true },
    [components[1]]: { content: TRIMMED, published: true },
    [components[2]]: { content: ` \t\n${TRIMMED}\r`, published: false },
    [components[3]]: { content: null, published: true },
  },
  'contents with a character trim keeps': {
    [components[0]]: { content: 'Persyaratan: KTP', published: true },
    [components[1]]: { content: `${TRIMMED}x${TRIMMED}`, published: false },
    [components[2]]: { content: '\u200b', published: true },
    [components[3]]: { content: '\u0085', published: true },
    [components[4]]: { content: '\u180e\u2060', published: false },
  },
  'every component filled and published': Object.fromEntries(
    components.map((component) => [component, { content: `Isi ${component} `.repeat(200), published: true }]),
  ),
};

describe('the outline of a Standar Pelayanan kept beside it (what a list of units reads)', () => {
  let database: TestDatabase;
  let client: pg.Client;
  let serviceId: string;

  beforeAll(async () => {
    database = await createTestDatabase(SEEDED_REGISTRY);
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
    serviceId = (await client.query<{ id: string }>(`SELECT id FROM registry.services WHERE service_unit_id = $1 LIMIT 1`, [SAMSAT_KALSEL]))
      .rows[0].id;
  });
  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  it('JavaScript trims 25 characters of the BMP, the set the trigger names', () => {
    expect(TRIMMED).toHaveLength(25);
  });

  it.each(Object.entries(STANDARDS))('gives the completeness of the whole standard after any write: %s', async (_name, standard) => {
    const { rows } = await client.query<{ filled_components: string[]; published_components: string[] }>(
      `UPDATE registry.services SET standard = $2::jsonb WHERE id = $1 RETURNING filled_components, published_components`,
      [serviceId, JSON.stringify(standard)],
    );
    expect(completenessOf(standardOutline(rows[0].filled_components, rows[0].published_components))).toEqual(completenessOf(standard));
  });

  it('every seeded service already has its outline', async () => {
    const { rows } = await client.query<{ standard: StoredStandard; filled_components: string[]; published_components: string[] }>(
      `SELECT standard, filled_components, published_components FROM registry.services`,
    );
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) {
      expect(completenessOf(standardOutline(row.filled_components, row.published_components))).toEqual(completenessOf(row.standard));
    }
  });
});
