import fs from 'node:fs';
import path from 'node:path';

// What a person must never read on a page (issue #20 §5): internal codes, placeholders a catalogue
// left unfilled, instrument ids, and, in Bahasa Indonesia, scores written with an English decimal dot.
// Pure functions over a page's rendered text, so the rules are tested without a browser.

export type Language = 'id' | 'en';

export interface Offence {
  rule: 'code' | 'placeholder' | 'instrument id' | 'dot decimal';
  text: string;
  /** The words around it, so a report says where on the page. */
  context: string;
}

/**
 * Upper-case words that are real words on screen, though some are also enum values of the API:
 * acronyms of the field (IPP, IKM, SKM, KIPP, MPP, PEKPPP, RTL, PKS, TPI, SP), file formats and
 * the letters a person reads as such (QR, A4). Anything else in capitals that the API uses as an enum
 * value (DRAFT, OBJECTION_WINDOW, FEE) is a code that reached the screen untranslated.
 */
const ALLOWED_CAPITALS = new Set([
  'IPP',
  'IKM',
  'SKM',
  'KIPP',
  'MPP',
  'PEKPPP',
  'RTL',
  'PKS',
  'TPI',
  'SP',
  'QR',
  'A4',
  'CSV',
  'XLSX',
  'JSON',
  'PDF',
  'URL',
  'API',
  'ID',
  'EN',
  'NIK',
  'NIP',
  'SMS',
  'WCAG',
  // Names written in capitals: kinds of units and agencies, and systems, as people know them.
  'SAMSAT',
  'DPMPTSP',
  'PTSP',
  'BPJS',
  'RSUD',
  'BUMD',
  'BUMN',
  'PDAM',
  'BPN',
  'SIPPN',
  'SINOVIK',
  'SD',
  'SMP',
  'SMA',
]);

/** Every value of the API's own enums (not federation's join__/link__ ones, which name subgraphs). */
export function apiEnumValues(supergraphFile = path.resolve(__dirname, '../../../gateway/supergraph.graphql')): Set<string> {
  const sdl = fs.readFileSync(supergraphFile, 'utf8');
  const values = new Set<string>();
  for (const match of sdl.matchAll(/^enum (\w+)[^{]*\{([^}]*)\}/gm)) {
    const [, name = '', body = ''] = match;
    if (name.startsWith('join__') || name.startsWith('link__')) continue;
    // Descriptions ("""…""" or "…") sit between values; drop them, then each value starts its line.
    const bare = body.replace(/"""[\s\S]*?"""/g, '').replace(/"[^"\n]*"/g, '');
    for (const value of bare.matchAll(/^\s*([A-Z][A-Z0-9_]*)\b/gm)) values.add(value[1] ?? '');
  }
  return values;
}

function around(text: string, index: number, length: number): string {
  return text
    .slice(Math.max(0, index - 40), index + length + 40)
    .replace(/\s+/g, ' ')
    .trim();
}

const PLACEHOLDERS = [/\{\{[^}]*\}\}/g, /(?<!\{)\{[A-Za-z_][\w.]*\}(?!\})/g, /\bundefined\b/g, /\bNaN\b/g, /\bnull\b/g];
// "4.01", "3.8", "0.4567" — a dot followed by one or two digits (or four and more) is a decimal point;
// "12.000" (a dot and three digits) is the Indonesian thousands separator and is left alone.
const DOT_DECIMAL = /(?<![\d.,:/-])\d{1,3}\.(?:\d{1,2}|\d{4,})(?![\d.]|\s?(?:WIB|WITA|WIT)\b)/g;

// A kabupaten/kota's Kemendagri code before its name ("63.71 Kota Banjarmasin") is a code, not a decimal.
const REGION_CODE = /^\d{2}\.\d{2}$/;
const REGION_NAME_AFTER = /^\s*(?:Kota|Kabupaten|Kab\.)\s/;

// Indonesian writes the time of day with a dot too ("09.05"); two digits each side, an hour before it.
const CLOCK = /^(?:[01]\d|2[0-3])\.[0-5]\d$/;

/** Everything on the page a person should not read, by rule. */
export function offences(text: string, language: Language, enumValues: ReadonlySet<string>): Offence[] {
  const found: Offence[] = [];
  const add = (rule: Offence['rule'], match: RegExpMatchArray) =>
    found.push({ rule, text: match[0], context: around(text, match.index ?? 0, match[0].length) });

  for (const match of text.matchAll(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g)) add('code', match);
  // A code pair such as a cohort's key ("PROVINCE:SAMSAT").
  for (const match of text.matchAll(/\b[A-Z]{2,}:[A-Z]{2,}\b/g)) add('code', match);
  for (const match of text.matchAll(/\b[A-Z][A-Z0-9]+\b/g)) {
    if (!enumValues.has(match[0]) || ALLOWED_CAPITALS.has(match[0])) continue;
    const at = match.index ?? 0;
    const before = text.slice(Math.max(0, at - 30), at);
    const after = text.slice(at + match[0].length, at + match[0].length + 30);
    // A document number or an external id ("DEMO/63.71/MPP", "DEMO-SIPPN-63-SAMSAT") is data, and so is
    // a letterhead in capitals ("KEMENTERIAN PENDAYAGUNAAN APARATUR NEGARA").
    if (/[/-]$/.test(before) || /^[/-]/.test(after)) continue;
    if (/\b[A-Z]{3,}\s+$/.test(before) || /^\s+[A-Z]{3,}\b/.test(after)) continue;
    add('code', match);
  }
  for (const pattern of PLACEHOLDERS) for (const match of text.matchAll(pattern)) add('placeholder', match);
  for (const match of text.matchAll(/\bpekppp-\d{4}-[a-z0-9]+\b/gi)) add('instrument id', match);
  if (language === 'id') {
    for (const match of text.matchAll(DOT_DECIMAL)) {
      const after = text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 12);
      if (CLOCK.test(match[0]) || (REGION_CODE.test(match[0]) && REGION_NAME_AFTER.test(after))) continue;
      add('dot decimal', match);
    }
  }
  return found;
}

/** One page per route shape: ids, codes and years in a path become ":id", so a list's hundred rows are one visit. */
export function routeShape(pathname: string): string {
  return pathname
    .split('/')
    .map((segment) => (/\d/.test(segment) && segment.length >= 2 ? ':id' : segment))
    .join('/');
}
