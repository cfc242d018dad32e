import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type ArgumentNode, type DocumentNode, type ValueNode } from 'graphql';
import { SimpulError } from './simpul-error';

/**
 * Text PostgreSQL cannot store or that is not well-formed Unicode: U+0000 (22021), and a lone UTF-16
 * surrogate (it would silently become U+FFFD on the way to UTF-8).
 */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A quick scan first: most text has no NUL and no surrogate at all (a 14 MB base64 file takes milliseconds). */
const SUSPECT = /[\u0000\uD800-\uDFFF]/;

export function isStorableText(text: string): boolean {
  return !SUSPECT.test(text) || !UNSTORABLE.test(text);
}

/** BAD_USER_INPUT on `field` for text with a NUL character or broken encoding. */
export function unstorableText(field?: string): SimpulError {
  const where = field ? ` in ${field}` : '';
  const di = field ? ` pada ${field}` : '';
  return new SimpulError(
    'BAD_USER_INPUT',
    {
      en: `The text${where} contains a NUL character or invalid encoding; remove it and try again.`,
      id: `Teks${di} memuat karakter NUL atau penyandian yang tidak valid; hapus lalu coba lagi.`,
    },
    field,
  );
}

/** The path (`input.name`, `rows.2`) of the first unstorable string in `value`, or null. */
export function findUnstorableText(value: unknown, path: string): string | null {
  if (typeof value === 'string') return isStorableText(value) ? null : path;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnstorableText(item, `${path}.${index}`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findUnstorableText(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

/** What the arguments of a document say, whatever the variables: read once per parsed document. */
export interface ArgumentScan {
  /** Variable name → the argument path it is passed as (`$i` given to `input:` → `input`). */
  readonly variablePaths: ReadonlyMap<string, string>;
  /** The first inline string literal that cannot be stored. */
  readonly inline: string | null;
}

interface Scan {
  variablePaths: Map<string, string>;
  inline: string | null;
}

function scanValue(node: ValueNode, path: string, scan: Scan): void {
  if (node.kind === Kind.VARIABLE) {
    if (!scan.variablePaths.has(node.name.value)) scan.variablePaths.set(node.name.value, path);
  } else if (node.kind === Kind.STRING) {
    if (!scan.inline && !isStorableText(node.value)) scan.inline = path;
  } else if (node.kind === Kind.LIST) {
    node.values.forEach((item, index) => scanValue(item, `${path}.${index}`, scan));
  } else if (node.kind === Kind.OBJECT) {
    for (const field of node.fields) scanValue(field.value, `${path}.${field.name.value}`, scan);
  }
}

// Apollo Server keeps each parsed and validated document in its document store and hands the same
// DocumentNode to every request with that query text, so the walk is done once per query, not per
// request; a document no longer stored is dropped with its scan.
const scans = new WeakMap<DocumentNode, ArgumentScan>();

/** The scan of `document`'s arguments, made on first use and kept while the document lives. */
export function argumentScanOf(document: DocumentNode): ArgumentScan {
  let scan = scans.get(document);
  if (!scan) {
    const made: Scan = { variablePaths: new Map(), inline: null };
    visit(document, {
      Argument(node: ArgumentNode) {
        scanValue(node.value, node.name.value, made);
      },
    });
    scan = made;
    scans.set(document, scan);
  }
  return scan;
}

/** The field of the first string argument (inline or in a variable) that cannot be stored, or null. */
export function unstorableArgument(document: DocumentNode, variables: Record<string, unknown> = {}): string | null {
  const scan = argumentScanOf(document);
  if (scan.inline) return scan.inline;
  for (const [name, value] of Object.entries(variables)) {
    const found = findUnstorableText(value, scan.variablePaths.get(name) ?? name);
    if (found) return found;
  }
  return null;
}

/**
 * Refuses an operation with a NUL character or broken encoding in any string argument before it
 * runs, so no resolver reaches PostgreSQL with it (which answers 22021); the error names the field.
 */
export function textInputPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const field = unstorableArgument(document, request.variables ?? {});
          if (!field) return;
          const refusal = unstorableText(field);
          throw new GraphQLError(refusal.messages.en, {
            originalError: refusal,
            extensions: { ...refusal.extensions, http: { status: 400 } },
          });
        },
      };
    },
  };
}
