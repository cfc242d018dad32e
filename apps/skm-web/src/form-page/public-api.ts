import type { SkmSubmissionInput, SkmUnitServicesQuery } from '../__generated__/operations';
import { PUBLIC_FORM_MESSAGES } from '../public-form/public-form.messages';
import { PUBLIC_SURVEY, UNIT_SERVICES, type PublicSurvey } from '../public-form/public.operations';

/** A refusal as the services word it (GraphQL error shape), in both languages so a switch re-words it. */
export interface PageError {
  code: string;
  field: string | null;
  messages: { id: string; en: string };
}

type Answer<T> = { ok: true; data: T } | { ok: false; errors: PageError[] };
type Fetch = typeof fetch;
export type Submission = SkmSubmissionInput;

const fallback = (key: 'page.network' | 'page.unknown'): PageError => ({
  code: 'INTERNAL_SERVER_ERROR',
  field: null,
  messages: { id: PUBLIC_FORM_MESSAGES.id[key], en: PUBLIC_FORM_MESSAGES.en[key] },
});

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The `errors` of an answer; anything without both languages is worded generically (never a server's internal text). */
function errorsOf(body: unknown): PageError[] {
  const errors = isRecord(body) && Array.isArray(body.errors) ? body.errors : [];
  if (errors.length === 0) return [fallback('page.unknown')];
  return errors.map((raw: unknown) => {
    const extensions = isRecord(raw) && isRecord(raw.extensions) ? raw.extensions : {};
    const code = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
    const field = typeof extensions.field === 'string' && extensions.field ? extensions.field : null;
    const m = extensions.messages;
    if (isRecord(m) && typeof m.id === 'string' && typeof m.en === 'string') return { code, field, messages: { id: m.id, en: m.en } };
    return { ...fallback('page.unknown'), code, field };
  });
}

async function post<T>(
  fetchImpl: Fetch,
  url: string,
  body: unknown,
  read: (json: Record<string, unknown>) => T | null,
): Promise<Answer<T>> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, errors: [fallback('page.network')] };
  }
  // A proxy's or server's page that is not JSON (502 from a balancer, 503 text) is a generic failure.
  const json: unknown = await response.json().catch(() => null);
  const data = response.ok && isRecord(json) ? read(json) : null;
  return data === null ? { ok: false, errors: errorsOf(json) } : { ok: true, data };
}

/** The questionnaire behind a QR code or a one-time link, from the gateway as the full form reads it. */
export function loadSurvey(fetchImpl: Fetch, by: { code: string | null; token: string | null }): Promise<Answer<PublicSurvey>> {
  return post(fetchImpl, '/graphql', { operationName: 'SkmPublicSurvey', query: PUBLIC_SURVEY.source, variables: by }, (json) =>
    isRecord(json.data) && isRecord(json.data.skmPublicSurvey) && !json.errors
      ? (json.data.skmPublicSurvey as unknown as PublicSurvey)
      : null,
  );
}

/** The unit's services for "which service did you use?"; the form works without them. */
export async function loadServices(fetchImpl: Fetch, unitId: string): Promise<{ id: string; name: string }[]> {
  const answer = await post(
    fetchImpl,
    '/graphql',
    { operationName: 'SkmUnitServices', query: UNIT_SERVICES.source, variables: { id: unitId } },
    (json) => (isRecord(json.data) ? (json.data as SkmUnitServicesQuery) : null),
  );
  return answer.ok && answer.data.serviceUnit ? answer.data.serviceUnit.services.edges.map((edge) => edge.node) : [];
}

/** One questionnaire through the public REST path (the portal proxies it to the SKM service); 429 carries its own words. */
export function sendAnswers(fetchImpl: Fetch, submission: Submission): Promise<Answer<unknown[]>> {
  return post(fetchImpl, '/skm-api/public/responses', { submissions: [submission] }, (json) =>
    Array.isArray(json.receipts) ? (json.receipts as unknown[]) : null,
  );
}
