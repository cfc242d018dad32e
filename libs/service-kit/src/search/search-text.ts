import synonymData from './synonyms.json';
import { badUserInput } from '../errors/simpul-error';

/** The longest search text accepted, in characters after trimming. */
export const SEARCH_TEXT_MAX_LENGTH = 200;
/** At most this many words are searched; more is almost always pasted text, and each word costs a lookup. */
export const SEARCH_MAX_WORDS = 12;

export interface SynonymGroup {
  note: string;
  terms: string[];
}

export const SYNONYM_GROUPS: readonly SynonymGroup[] = (synonymData as { groups: SynonymGroup[] }).groups;

/** Lower case, accents removed (as the database's unaccent does for Latin letters), for matching. */
export function foldText(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The words of a text: runs of letters and digits, folded. Anything else (tsquery operators
 * `&|!():*`, quotes, punctuation) separates words and is never passed on, so user text can not make
 * a tsquery syntax error.
 */
export function searchWords(value: string): string[] {
  return foldText(value).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** One word of the query: the alternatives it may be matched by (each a phrase of words). */
export interface QueryPart {
  /** What the person typed for this part (one word, or the words of a synonym phrase). */
  typed: string;
  /** Set when the part is a synonym: every term of its group, as words. */
  alternatives: string[][] | null;
  /** Set when the part is a synonym: the group's token in the index (see synonymToken). */
  token: string | null;
}

/**
 * Index tokens of synonym groups start with this: letters and a digit, so the text search parser
 * keeps the token one word and it reads as no Indonesian word; the word list for typo correction
 * leaves them out, so a typo is never corrected to one.
 */
export const SYNONYM_TOKEN_PREFIX = 'syn0';

/** The one token a document gets when its text holds any term of the group: `syn0` + the first term's words. */
export function synonymToken(group: SynonymGroup): string {
  return SYNONYM_TOKEN_PREFIX + searchWords(group.terms[0]).join('');
}

/**
 * The to_tsquery('simple', …) text a document is checked with at indexing (registry.search_synonyms):
 * any term of the group, a term of several words all of them. Words of four letters or more match as
 * prefixes ("antrean" holds "antreannya"), shorter ones exactly ("kk" is not "kkn"). The same
 * alternatives the query expansion asks (toTsQuery without indexedSynonyms), so a document carries
 * the token exactly when the expanded query would have found it.
 */
export function synonymIndexQuery(group: SynonymGroup): string {
  return group.terms
    .map(searchWords)
    .filter((words) => words.length > 0)
    .map((words) => {
      const all = words.map((word) => lexeme(word, word.length >= 4)).join(' & ');
      return words.length > 1 ? `(${all})` : all;
    })
    .join(' | ');
}

interface PhraseIndex {
  /** term words → group index, keyed by the first word. */
  byFirstWord: Map<string, { words: string[]; group: number }[]>;
}

function buildPhraseIndex(groups: readonly SynonymGroup[]): PhraseIndex {
  const byFirstWord = new Map<string, { words: string[]; group: number }[]>();
  groups.forEach((group, index) => {
    for (const term of group.terms) {
      const words = searchWords(term);
      if (words.length === 0) continue;
      const list = byFirstWord.get(words[0]) ?? [];
      list.push({ words, group: index });
      // Longest first, so "kependudukan dan pencatatan sipil" wins over a shorter term.
      list.sort((a, b) => b.words.length - a.words.length);
      byFirstWord.set(words[0], list);
    }
  });
  return { byFirstWord };
}

const DEFAULT_INDEX = buildPhraseIndex(SYNONYM_GROUPS);

/**
 * Checks the search text (BAD_USER_INPUT on `text` when empty, longer than 200 characters, or with
 * no letter or digit) and splits it into parts: a run of words that is a term of a synonym group
 * (longest first) becomes one part with the whole group; any other word is a part of its own.
 */
export function parseSearchText(text: string | null | undefined, groups?: readonly SynonymGroup[]): QueryPart[] {
  const trimmed = (text ?? '').trim();
  if (!trimmed) throw badUserInput('text', 'Write what to search for.', 'Tulis kata yang dicari.');
  if (trimmed.length > SEARCH_TEXT_MAX_LENGTH) {
    throw badUserInput(
      'text',
      `Write at most ${SEARCH_TEXT_MAX_LENGTH} characters (this is ${trimmed.length}).`,
      `Tulis paling banyak ${SEARCH_TEXT_MAX_LENGTH} karakter (ini ${trimmed.length}).`,
    );
  }
  const words = searchWords(trimmed).slice(0, SEARCH_MAX_WORDS);
  if (words.length === 0) {
    throw badUserInput(
      'text',
      'Write at least one letter or digit to search for.',
      'Tulis paling sedikit satu huruf atau angka yang dicari.',
    );
  }
  return queryParts(words, groups);
}

/**
 * Folded words split into parts: a run of words that is a term of a synonym group (longest first)
 * becomes one part with the whole group; any other word is a part of its own.
 */
export function queryParts(words: readonly string[], groups?: readonly SynonymGroup[]): QueryPart[] {
  const index = groups ? buildPhraseIndex(groups) : DEFAULT_INDEX;
  const list = groups ?? SYNONYM_GROUPS;
  const parts: QueryPart[] = [];
  for (let position = 0; position < words.length;) {
    const candidates = index.byFirstWord.get(words[position]) ?? [];
    const match = candidates.find((candidate) => candidate.words.every((word, offset) => words[position + offset] === word));
    if (match) {
      const group = list[match.group];
      parts.push({ typed: match.words.join(' '), alternatives: group.terms.map(searchWords), token: synonymToken(group) });
      position += match.words.length;
    } else {
      parts.push({ typed: words[position], alternatives: null, token: null });
      position += 1;
    }
  }
  return parts;
}

/** The words of the parts that are not synonyms: the ones typo correction may replace. */
export function freeWords(parts: readonly QueryPart[]): string[] {
  return parts.filter((part) => part.alternatives === null).map((part) => part.typed);
}

// A lexeme quoted for to_tsquery; words hold only letters and digits, so there is nothing to escape.
// `weights` (e.g. 'A') restricts the lexeme to the positions of that weight (the title, in the index).
const lexeme = (word: string, prefix: boolean, weights = '') =>
  `'${word.replace(/'/g, "''")}'${prefix || weights ? `:${prefix ? '*' : ''}${weights}` : ''}`;

/** One word of a query over an index with synonym tokens: a typed (or corrected) word as a prefix, a synonym's token exactly. */
export interface IndexedQueryTerm {
  word: string;
  prefix: boolean;
}

/**
 * The words a document must hold (all of them) when the index carries synonym tokens: what
 * toTsQuery(…, { indexedSynonyms: true }) asks, for a matcher other than PostgreSQL's.
 */
export function indexedQueryTerms(parts: readonly QueryPart[], corrected: ReadonlyMap<string, string> = new Map()): IndexedQueryTerm[] {
  return parts.map((part) =>
    part.token ? { word: part.token, prefix: false } : { word: corrected.get(part.typed) ?? part.typed, prefix: true },
  );
}

/**
 * The parts as a to_tsquery('simple', …) text: every part must match (AND); a synonym part matches
 * any of its terms (OR), a term of several words all of them. Typed words match as prefixes (the
 * person may still be typing); expanded terms of four letters or more too ("antrean" finds
 * "antreannya"), shorter ones exactly (so "kk" does not find every word starting with kk).
 * `corrected` replaces free words that are no word of the index (typo correction). `weights` ('A')
 * gives the same query restricted to those weights: with it, a document matches when its title does.
 * `indexedSynonyms`: a synonym part becomes its group's token (for an index built with them).
 */
export function toTsQuery(
  parts: readonly QueryPart[],
  corrected: ReadonlyMap<string, string> = new Map(),
  weights = '',
  options: { indexedSynonyms?: boolean } = {},
): string {
  return parts
    .map((part) => {
      if (!part.alternatives) return lexeme(corrected.get(part.typed) ?? part.typed, true, weights);
      // An index that holds the group's token (synonymIndexQuery at indexing) is asked that one rare
      // word instead of every term: the terms' common words ("selatan", "satu") are long posting lists.
      if (options.indexedSynonyms && part.token) return lexeme(part.token, false, weights);
      const terms = part.alternatives.map((words) => {
        const typed = words.join(' ') === part.typed;
        const and = words.map((word) => lexeme(word, typed || word.length >= 4, weights)).join(' & ');
        return words.length > 1 ? `(${and})` : and;
      });
      return terms.length > 1 ? `(${terms.join(' | ')})` : terms[0];
    })
    .join(' & ');
}
