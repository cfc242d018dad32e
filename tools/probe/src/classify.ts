/** What a GraphQL answer came to, and whether it shows anything a caller must never see. */
export interface Answer {
  status: number;
  body: unknown;
  text: string;
}

type GraphQLError = { message?: string; extensions?: { code?: string } };

/** The outcome class: `data` (answered without error), else the first error's code, else the HTTP status. */
export function outcomeOf(answer: Answer): string {
  const body = answer.body as { data?: Record<string, unknown> | null; errors?: GraphQLError[] } | null;
  if (!body || typeof body !== 'object') return `HTTP_${answer.status}`;
  const first = Array.isArray(body) ? (body[0] as typeof body) : body;
  const errors = first?.errors;
  if (errors && errors.length > 0) return errors[0]?.extensions?.code ?? 'NO_CODE';
  // A nullable root field answered null ("no such row, or not yours") is told apart from real data.
  if (first?.data) return Object.values(first.data).every((value) => value === null) ? 'null' : 'data';
  return `HTTP_${answer.status}`;
}

// A stack frame ("    at fn (file.js:1:2)"), or SQL text and PostgreSQL messages: internals a response must not carry.
const FORBIDDEN_TEXT: { name: string; pattern: RegExp }[] = [
  { name: 'stack trace', pattern: /\bat (?:async )?[\w$.<>[\] ]*\(?(?:\/|node:|file:)[^)\s]*:\d+:\d+/ },
  { name: 'stack trace', pattern: /"stacktrace"/i },
  { name: 'SQL text', pattern: /\b(?:SELECT|INSERT INTO|UPDATE|DELETE FROM) [\w"*,. ]+ (?:FROM|VALUES|SET|WHERE)\b/ },
  { name: 'SQL text', pattern: /relation \\?"[\w.]+\\?"/ },
  { name: 'SQL text', pattern: /syntax error at or near|syntax error at end of input/ },
  { name: 'SQL text', pattern: /invalid input syntax for (?:type )?[\w ]+:/ },
  { name: 'SQL text', pattern: /duplicate key value violates|violates (?:foreign key|check|not-null) constraint/ },
];

/** Every reason this answer is a defect by itself, whatever the role: internal errors and leaked internals. */
export function defectsOf(answer: Answer): string[] {
  const defects: string[] = [];
  if (answer.status >= 500) defects.push(`HTTP ${answer.status}`);
  if (answer.text.includes('INTERNAL_SERVER_ERROR')) defects.push('INTERNAL_SERVER_ERROR');
  for (const { name, pattern } of FORBIDDEN_TEXT) {
    if (pattern.test(answer.text) && !defects.includes(name)) defects.push(name);
  }
  return defects;
}
