import { seededRandom } from '@simpul/scoring';
import { demoAnswerGenerator } from './demo-answers';

export interface BulkCsvOptions {
  /** Element codes in column order; default U1–U9. */
  elements?: readonly string[];
  /** Days answers fall on (YYYY-MM-DD, inclusive). */
  startsOn: string;
  endsOn: string;
  seed?: number;
  /** Lines per yielded chunk. */
  chunkLines?: number;
}

const DEFAULT_ELEMENTS = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'];

/**
 * `n` paper-form rows as CSV text chunks (header first), repeatable for a seed: the benchmark's
 * input for the bulk import and for the raw COPY it is compared with. Streams, so 1,000,000 rows
 * never sit in memory at once.
 */
export function* skmCsvChunks(n: number, options: BulkCsvOptions): Generator<string> {
  const elements = options.elements ?? DEFAULT_ELEMENTS;
  const chunkLines = options.chunkLines ?? 10_000;
  const random = seededRandom(options.seed ?? 7);
  const next = demoAnswerGenerator(options.seed ?? 7, 3.1, elements.length);
  const start = Date.parse(`${options.startsOn}T00:00:00Z`);
  const days = Math.round((Date.parse(`${options.endsOn}T00:00:00Z`) - start) / 86_400_000) + 1;
  let chunk = `${[...elements, 'answered_on', 'age_band', 'sex', 'education', 'occupation'].join(',')}\n`;
  let lines = 0;
  for (let i = 0; i < n; i += 1) {
    const answer = next();
    const day = new Date(start + Math.floor(random() * days) * 86_400_000).toISOString().slice(0, 10);
    chunk += `${answer.answers.join(',')},${day},${answer.ageBand},${answer.sex},${answer.education},${answer.occupation}\n`;
    lines += 1;
    if (lines >= chunkLines) {
      yield chunk;
      chunk = '';
      lines = 0;
    }
  }
  if (chunk) yield chunk;
}

/** The whole CSV as one string (small n: tests and examples). */
export function generateSkmCsv(n: number, options: BulkCsvOptions): string {
  return [...skmCsvChunks(n, options)].join('');
}
