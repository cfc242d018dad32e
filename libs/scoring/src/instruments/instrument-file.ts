import type { BandTable } from '../bands/band';
import type { IppCategoryCode } from '../ipp/ipp-category-code';
import type { Aspect, Indicator, Instrument, ProvisionalPart, SurveyItem } from './instrument';

/**
 * Reads an instrument data file (`<id>.json`, shape in `instrument.schema.json`) into an
 * `Instrument`. The check is hand-written so the library stays dependency-free at run time;
 * `instrument-file.spec.ts` holds it to the schema with ajv.
 */
export function readInstrumentFile(data: unknown, bandTables: Readonly<Record<string, BandTable<IppCategoryCode>>>): Instrument {
  const file = object(data, '');
  const kind = oneOf(file.kind, 'kind', ['A', 'B'] as const);
  const provisional = bool(file.provisional, 'provisional');
  const categoriesId = text(file.categories, 'categories');
  const categories = bandTables[categoriesId];
  if (!categories) throw new InstrumentFileError('categories', `unknown band table "${categoriesId}"`);
  const survey = object(file.userSurvey, 'userSurvey');
  const blend = object(file.blend, 'blend');
  return {
    id: text(file.id, 'id'),
    version: integer(file.version, 'version'),
    year: integer(file.year, 'year'),
    years: list(file.years, 'years', integer),
    variant: kind,
    title: text(file.title, 'title'),
    status: provisional ? 'provisional' : 'published',
    provisionalParts: list(file.provisionalParts, 'provisionalParts', provisionalPart),
    sources: list(file.sources, 'sources', text),
    notes: list(file.notes, 'notes', text),
    scale: scale(file.scale, 'scale'),
    aspects: list(file.aspects, 'aspects', aspect),
    userSurvey: {
      form: text(survey.form, 'userSurvey.form'),
      title: text(survey.title, 'userSurvey.title'),
      scale: scale(survey.scale, 'userSurvey.scale'),
      items: list(survey.items, 'userSurvey.items', surveyItem),
    },
    blend: { evaluator: weight(blend.evaluator, 'blend.evaluator'), user: weight(blend.user, 'blend.user') },
    categories,
  };
}

export class InstrumentFileError extends Error {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`Instrument file: ${path || 'root'}: ${problem}`);
    this.name = 'InstrumentFileError';
  }
}

type Fields = Record<string, unknown>;

function object(value: unknown, path: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InstrumentFileError(path, 'not an object');
  return value as Fields;
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.length === 0) throw new InstrumentFileError(path, 'not a non-empty string');
  return value;
}

function integer(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new InstrumentFileError(path, 'not an integer');
  return value;
}

function bool(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') throw new InstrumentFileError(path, 'not a boolean');
  return value;
}

function oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) throw new InstrumentFileError(path, `not one of ${allowed.join(', ')}`);
  return value as T;
}

// Same pattern as definitions.weight in the schema; the exact sums are checked by validateInstrument.
const WEIGHT = /^[0-9]+(\.[0-9]+)?(\/[1-9][0-9]*)?$/;
function weight(value: unknown, path: string): string {
  if (typeof value !== 'string' || !WEIGHT.test(value)) throw new InstrumentFileError(path, 'not an exact decimal or fraction text');
  return value;
}

function list<T>(value: unknown, path: string, item: (value: unknown, path: string) => T): T[] {
  if (!Array.isArray(value)) throw new InstrumentFileError(path, 'not an array');
  return value.map((entry, i) => item(entry, `${path}[${i}]`));
}

function scale(value: unknown, path: string): { min: number; max: number } {
  const fields = object(value, path);
  return { min: integer(fields.min, `${path}.min`), max: integer(fields.max, `${path}.max`) };
}

// Same pattern as provisionalParts.items.part in the schema: `aspects.<*|a,c|b-f>[.field…]`, `blend`, `userSurvey`, `categories`.
export const PROVISIONAL_PART = /^(blend|userSurvey|categories|aspects\.(\*|[a-z](,[a-z])*|[a-z]-[a-z])(\.[A-Za-z]+)*)$/;
function provisionalPart(value: unknown, path: string): ProvisionalPart {
  const fields = object(value, path);
  const part = text(fields.part, `${path}.part`);
  if (!PROVISIONAL_PART.test(part)) throw new InstrumentFileError(`${path}.part`, 'not blend, userSurvey, categories or aspects.<which>…');
  return { part, note: text(fields.note, `${path}.note`) };
}

function surveyItem(value: unknown, path: string): SurveyItem {
  const fields = object(value, path);
  return {
    code: text(fields.code, `${path}.code`),
    aspect: text(fields.aspect, `${path}.aspect`),
    text: text(fields.text, `${path}.text`),
  };
}

function aspect(value: unknown, path: string): Aspect {
  const fields = object(value, path);
  return {
    code: text(fields.code, `${path}.code`),
    name: text(fields.name, `${path}.name`),
    weight: weight(fields.weight, `${path}.weight`),
    indicators: list(fields.indicators, `${path}.indicators`, indicator),
  };
}

function indicator(value: unknown, path: string): Indicator {
  const fields = object(value, path);
  const levels = list(fields.levels, `${path}.levels`, (level, at) => object(level, at));
  // Some transcribed indicators carry an empty note; kept as printed.
  const notes = fields.notes === null || fields.notes === '' ? (fields.notes as string | null) : text(fields.notes, `${path}.notes`);
  return {
    code: text(fields.code, `${path}.code`),
    text: text(fields.text, `${path}.text`),
    weight: weight(fields.weight, `${path}.weight`),
    weightSource: oneOf(fields.weightSource, `${path}.weightSource`, ['published', 'equal', 'rescaled'] as const),
    levels: levels.map((level, i) => text(level.id, `${path}.levels[${i}].id`)),
    levelsEn: levels.map((level, i) => (level.en === undefined ? null : text(level.en, `${path}.levels[${i}].en`))),
    descriptorsPending: bool(fields.descriptorsPending, `${path}.descriptorsPending`),
    evidence: list(fields.evidence, `${path}.evidence`, text),
    notes,
  };
}
