import type { SummaryError } from './error-summary';
import type { ClientError } from '@simpul/web-kit';

export interface MappedErrors {
  /** Message per form field path (`name`, `externalIds.sippn`). */
  fields: Record<string, string>;
  /** Every error for the summary, linked to its field when the form has one. */
  summary: SummaryError[];
}

/**
 * Puts server errors where people look: `extensions.field` (`input.externalIds.sippn`) onto the
 * form field of that path, and everything into the error summary. An error about a field the form
 * does not show still appears in the summary, just without a link.
 */
export function mapServerErrors(errors: ClientError[], knownFields: readonly string[], fieldId: (field: string) => string): MappedErrors {
  const fields: Record<string, string> = {};
  const summary: SummaryError[] = [];
  for (const error of errors) {
    const path = error.field?.replace(/^input\./, '') ?? null;
    if (path && knownFields.includes(path)) {
      fields[path] ??= error.message;
      summary.push({ fieldId: fieldId(path), message: error.message });
    } else {
      summary.push({ message: error.message });
    }
  }
  return { fields, summary };
}

/** Client-side check results (message already translated) in the same shape. */
export function localErrors(errors: Record<string, string>, fieldId: (field: string) => string): MappedErrors {
  return { fields: errors, summary: Object.entries(errors).map(([field, message]) => ({ fieldId: fieldId(field), message })) };
}

export function blankToNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
