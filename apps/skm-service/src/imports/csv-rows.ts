import type { Readable } from 'node:stream';
import { parse as parseSync } from 'csv-parse/sync';

/**
 * CSV rows as they stream in (comma or semicolon, as Indonesian spreadsheets export), one batch per
 * chunk read: a million-row import then awaits a few hundred times, not a million. Typed-in paper
 * forms are plain numbers and codes, so lines without quotes are split directly (several times
 * faster than a general parser); a line with a quote goes through csv-parse. Empty lines are skipped.
 */
export async function* csvRowBatches(stream: Readable): AsyncIterable<string[][]> {
  let rest = '';
  let delimiter: ',' | ';' | null = null;
  let first = true;
  const split = (raw: string, batch: string[][]) => {
    let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (first) {
      line = line.replace(/^\uFEFF/, '');
      first = false;
    }
    if (line === '') return;
    delimiter ??= line.split(';').length > line.split(',').length ? ';' : ',';
    batch.push(line.includes('"') ? parseLine(line, delimiter) : line.split(delimiter));
  };
  stream.setEncoding('utf8');
  for await (const chunk of stream as AsyncIterable<string>) {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    const batch: string[][] = [];
    for (const raw of lines) split(raw, batch);
    if (batch.length) yield batch;
  }
  const batch: string[][] = [];
  split(rest, batch);
  if (batch.length) yield batch;
}

function parseLine(line: string, delimiter: string): string[] {
  try {
    return parseSync(line, { delimiter, relax_column_count: true, bom: true })[0] ?? [];
  } catch {
    return line.split(delimiter);
  }
}
