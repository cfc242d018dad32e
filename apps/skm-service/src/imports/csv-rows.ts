import type { Readable } from 'node:stream';
import { parse as parseSync } from 'csv-parse/sync';

/**
 * CSV rows as they stream in (comma or semicolon, as Indonesian spreadsheets export). Typed-in
 * paper forms are plain numbers and codes, so lines without quotes are split directly (several
 * times faster than a general parser); a line with a quote goes through csv-parse.
 */
export async function* csvRows(stream: Readable): AsyncIterable<string[]> {
  let rest = '';
  let delimiter: ',' | ';' | null = null;
  stream.setEncoding('utf8');
  for await (const chunk of stream as AsyncIterable<string>) {
    const text = rest + chunk;
    const lines = text.split('\n');
    rest = lines.pop() ?? '';
    for (const raw of lines) {
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      if (line === '') continue;
      delimiter ??= line.split(';').length > line.split(',').length ? ';' : ',';
      yield line.includes('"') ? (parseLine(line, delimiter)) : line.replace(/^\uFEFF/, '').split(delimiter);
    }
  }
  const last = rest.endsWith('\r') ? rest.slice(0, -1) : rest;
  if (last !== '') {
    delimiter ??= last.split(';').length > last.split(',').length ? ';' : ',';
    yield last.includes('"') ? parseLine(last, delimiter) : last.replace(/^\uFEFF/, '').split(delimiter);
  }
}

function parseLine(line: string, delimiter: string): string[] {
  try {
    return (parseSync(line, { delimiter, relax_column_count: true, bom: true }) as string[][])[0] ?? [];
  } catch {
    return line.split(delimiter);
  }
}
