import pg from 'pg';
import { createTestDatabase, type TemplateSpec } from './test-database';

let prepared = 0;
const template: TemplateSpec = {
  key: 'kit_selftest',
  async prepare(url) {
    prepared += 1;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('CREATE TABLE notes (text text); INSERT INTO notes VALUES ($$from template$$)');
    await client.end();
  },
};

async function notes(url: string, insert?: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    if (insert) await client.query('INSERT INTO notes VALUES ($1)', [insert]);
    return (await client.query<{ text: string }>('SELECT text FROM notes ORDER BY text')).rows.map((row) => row.text);
  } finally {
    await client.end();
  }
}

describe('test databases from a template', () => {
  it('prepares the template once and gives each caller an isolated copy', async () => {
    const first = await createTestDatabase(template);
    const second = await createTestDatabase(template);
    try {
      expect(prepared).toBe(1);
      expect(await notes(first.url, 'only in first')).toEqual(['from template', 'only in first']);
      expect(await notes(second.url)).toEqual(['from template']);
    } finally {
      await first.drop();
      await second.drop();
    }
  });
});
