import Ajv from 'ajv';
import ippCategories from '../ipp/data/ipp-categories-2022.json';
import type { BandTable } from '../bands/band';
import type { IppCategoryCode } from '../ipp/ipp-category-code';
import { readInstrumentFile } from './instrument-file';
import schema from './instrument.schema.json';
import pekppp2022A from './pekppp-2022-a.json';
import pekppp2024A from './pekppp-2024-a.json';
import pekppp2024B from './pekppp-2024-b.json';
import { listInstruments } from './registry';

const FILES: Record<string, unknown> = { 'pekppp-2022-a': pekppp2022A, 'pekppp-2024-a': pekppp2024A, 'pekppp-2024-b': pekppp2024B };
const BANDS = { 'ipp-categories-2022': ippCategories as BandTable<IppCategoryCode> };
const validateAgainstSchema = new Ajv({ allErrors: true, strict: true }).compile(schema);

/** A deep copy of a file with one change, for the broken-file cases. */
type InstrumentJson = typeof pekppp2024A;
function broken(change: (file: InstrumentJson) => void): InstrumentJson {
  const copy = JSON.parse(JSON.stringify(pekppp2024A)) as InstrumentJson;
  change(copy);
  return copy;
}

describe('instrument data files', () => {
  it('every built-in instrument has a data file named by its id', () => {
    expect(Object.keys(FILES).sort()).toEqual(
      listInstruments()
        .map((instrument) => instrument.id)
        .sort(),
    );
  });

  it.each(Object.entries(FILES))('%s conforms to instrument.schema.json and its id matches its file name', (id, file) => {
    expect(validateAgainstSchema(file) ? [] : validateAgainstSchema.errors).toEqual([]);
    expect((file as { id: string }).id).toBe(id);
  });

  it('marks an instrument provisional only with a note for each provisional part', () => {
    for (const instrument of listInstruments()) {
      if (instrument.status === 'provisional') expect(instrument.provisionalParts.length).toBeGreaterThan(0);
      for (const part of instrument.provisionalParts) expect(part.note.length).toBeGreaterThan(10);
    }
  });

  // The run-time reader is hand-written (no ajv at run time); it must refuse what the schema refuses.
  it.each<[string, (file: InstrumentJson) => void]>([
    ['a missing kind', (file) => Reflect.deleteProperty(file, 'kind')],
    ['an unknown kind', (file) => (file.kind = 'C')],
    ['a weight as a number', (file) => Reflect.set(file.aspects[0], 'weight', 24)],
    ['a weight that is not exact text', (file) => (file.aspects[0].indicators[0].weight = '17%')],
    ['a level without Indonesian text', (file) => Reflect.set(file.aspects[0].indicators[0].levels, 0, { en: 'No SP.' })],
    [
      'a provisional part that names no part of an instrument',
      (file) => Reflect.set(file.provisionalParts, 0, { part: 'weights', note: 'Not published.' }),
    ],
    ['a provisional part without a note', (file) => Reflect.set(file.provisionalParts, 0, { part: 'blend' })],
    ['an unknown weight source', (file) => (file.aspects[1].indicators[0].weightSource = 'guessed')],
    ['a year that is not an integer', (file) => (file.years = [2024.5])],
    ['a missing F-03', (file) => Reflect.deleteProperty(file, 'userSurvey')],
  ])('the schema and the reader both refuse %s', (_, change) => {
    const file = broken(change);
    expect(validateAgainstSchema(file)).toBe(false);
    expect(() => readInstrumentFile(file, BANDS)).toThrow(/Instrument file/);
  });

  it('the reader refuses a band table it does not know', () => {
    expect(() =>
      readInstrumentFile(
        broken((file) => (file.categories = 'ipp-categories-1999')),
        BANDS,
      ),
    ).toThrow(/categories/);
  });
});
