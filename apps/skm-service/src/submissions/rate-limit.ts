import { getArgumentValues, Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { SimpulError } from '@simpul/service-kit';
import type { RateLimiter } from './rate-limiter';

export type Refusal = { retryAfterSeconds: number; maxPerRequest?: number };

/** The bilingual refusal, shared by GraphQL and REST. */
export function refusalMessages(refusal: Refusal): { en: string; id: string } {
  if (refusal.maxPerRequest !== undefined)
    return {
      en: `Too many questionnaires in one request from this device; send at most ${refusal.maxPerRequest} at a time.`,
      id: `Terlalu banyak kuesioner dalam satu kiriman dari perangkat ini; kirim paling banyak ${refusal.maxPerRequest} sekaligus.`,
    };
  return {
    en: `Too many submissions from this device; try again in ${refusal.retryAfterSeconds} s.`,
    id: `Terlalu banyak kiriman dari perangkat ini; coba lagi dalam ${refusal.retryAfterSeconds} detik.`,
  };
}

/** FORBIDDEN with a wait time: the shared error codes have no "too many requests" (REST answers 429). */
export function rateLimited(refusal: Refusal): SimpulError {
  return new SimpulError('FORBIDDEN', refusalMessages(refusal), 'rateLimit');
}

/** One token per questionnaire; anything that is not a list is one (it is refused as bad input later). */
export function questionnairesIn(submissions: unknown): number {
  return Array.isArray(submissions) ? Math.max(1, submissions.length) : 1;
}

// Per request context and operation: the decision taken by the first aliased field, so the others
// neither take again nor store when it was a refusal.
const decisions = new WeakMap<object, WeakMap<object, Promise<Refusal | null>>>();

/**
 * GraphQL: aliases of `submitSkmResponses` in one operation are separate resolver calls, run one
 * after the other. The first one takes the tokens of every alias at once, so an operation over the
 * limit is refused in each alias and stores nothing, rather than storing its first aliases.
 */
export async function takeForOperation(
  limiter: RateLimiter,
  clientAddress: string,
  context: object,
  info: GraphQLResolveInfo,
): Promise<void> {
  let byOperation = decisions.get(context);
  if (!byOperation) decisions.set(context, (byOperation = new WeakMap()));
  let decision = byOperation.get(info.operation);
  if (!decision) {
    // Kept before it settles, so an alias that starts meanwhile waits for the same take.
    decision = limiter.take(clientAddress, questionnairesInOperation(info)).then((taken) => (taken.ok ? null : taken));
    byOperation.set(info.operation, decision);
  }
  const refusal = await decision;
  if (refusal) throw rateLimited(refusal);
}

/** Sums the questionnaires of every root `submitSkmResponses` field, fragments and aliases included. */
function questionnairesInOperation(info: GraphQLResolveInfo): number {
  const field = info.parentType.getFields()[info.fieldName];
  let total = 0;
  const visit = (set: SelectionSetNode, seen: Set<string>): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === info.fieldName)
          total += questionnairesIn(getArgumentValues(field, selection, info.variableValues).submissions);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value)) {
        const fragment = info.fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet, new Set([...seen, selection.name.value]));
      }
    }
  };
  visit(info.operation.selectionSet, new Set());
  return Math.max(1, total);
}
