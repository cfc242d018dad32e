import { badUserInput } from '@simpul/service-kit';
import { STANDARD_COMPONENTS, type StoredStandard } from './standard-component';
import type { StandardComponentInput } from './standard.types';

const MAX_CONTENT = 20000;

/**
 * Applies component inputs to a stored standard: only the components named change; `content: null`
 * or blank clears one; `published` defaults to the previous value. `field` prefixes error paths.
 */
export function applyStandardInput(
  current: StoredStandard,
  inputs: readonly StandardComponentInput[] | null | undefined,
  field: string,
): StoredStandard {
  const next: StoredStandard = { ...current };
  const seen = new Set<string>();
  (inputs ?? []).forEach((input, index) => {
    const path = `${field}.${index}`;
    if (seen.has(input.component)) {
      throw badUserInput(`${path}.component`, `${input.component} is listed twice.`, `${input.component} disebut dua kali.`);
    }
    seen.add(input.component);
    const previous = current[input.component];
    const content = input.content === undefined ? (previous?.content ?? null) : input.content?.trim() || null;
    if (content && content.length > MAX_CONTENT) {
      throw badUserInput(
        `${path}.content`,
        `A component is at most ${MAX_CONTENT} characters.`,
        `Isi komponen paling banyak ${MAX_CONTENT} karakter.`,
      );
    }
    const delivery = STANDARD_COMPONENTS.find((definition) => definition.component === input.component)?.delivery ?? false;
    const published = delivery && Boolean(content) && (input.published ?? previous?.published ?? false);
    next[input.component] = { content, published };
  });
  return next;
}
