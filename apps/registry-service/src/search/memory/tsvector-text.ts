import { entryPos } from './ts-rank';

/** One lexeme of a tsvector with its positions (WordEntryPos: weight << 14 | position), in the vector's order. */
export interface VectorEntry {
  lexeme: string;
  positions: number[];
}

const WEIGHTS: Record<string, number> = { A: 3, B: 2, C: 1, D: 0 };

/**
 * A tsvector as PostgreSQL prints it (`search_vector::text`, tsvectorout): `'lexeme':1A,5 'other'`,
 * a quote or backslash inside a lexeme doubled, weight D printed as nothing. The entries keep the
 * printed (stored) order, which is PostgreSQL's lexeme order.
 */
export function parseTsVector(text: string): VectorEntry[] {
  const entries: VectorEntry[] = [];
  let at = 0;
  while (at < text.length) {
    if (text[at] === ' ') {
      at += 1;
      continue;
    }
    if (text[at] !== "'") throw new Error(`not a tsvector at ${at}: ${text.slice(at, at + 20)}`);
    at += 1;
    let lexeme = '';
    let from = at;
    for (;;) {
      const char = text[at];
      if (char === undefined) throw new Error('unterminated lexeme in a tsvector');
      if (char === "'" && text[at + 1] !== "'") break;
      if (char === "'" || char === '\\') {
        // A doubled quote or backslash stands for one.
        lexeme += text.slice(from, at + 1);
        at += 2;
        from = at;
        continue;
      }
      at += 1;
    }
    lexeme += text.slice(from, at);
    at += 1;
    const positions: number[] = [];
    if (text[at] === ':') {
      at += 1;
      for (;;) {
        let position = 0;
        while (at < text.length && text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57) {
          position = position * 10 + text.charCodeAt(at) - 48;
          at += 1;
        }
        const weight = WEIGHTS[text[at]];
        if (weight !== undefined) at += 1;
        positions.push(entryPos(position, weight ?? 0));
        if (text[at] !== ',') break;
        at += 1;
      }
    }
    entries.push({ lexeme, positions });
  }
  return entries;
}
