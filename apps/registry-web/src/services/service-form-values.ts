import type { Translate } from '@simpul/web-kit';
import { DELIVERY_COMPONENTS, STANDARD_COMPONENTS, type StandardComponent } from '../shared/enums';
import type { ServiceDetail, ServiceInput, ServiceUpdate } from './service.operations';
import { blankToNull } from '@simpul/ui';

export interface ServiceFormValues {
  name: string;
  description: string;
  standard: Record<StandardComponent, { content: string; published: boolean }>;
}

export const SERVICE_FORM_FIELDS = ['name', 'description', ...STANDARD_COMPONENTS.map((c) => `standard.${c}`)] as const;

export const serviceFieldId = (field: string) => `service-${field.replace(/\./g, '-')}`;

/**
 * The server may name a component by its position in the input list (`input.standard.3.content`)
 * or by its name (`input.standard.FEE`); both land on the same form field.
 */
export function normaliseServiceField(field: string | null, sent: readonly StandardComponent[] = STANDARD_COMPONENTS): string | null {
  if (!field) return null;
  const path = field.replace(/^input\./, '');
  const byIndex = /^standard\.(\d+)(\.|$)/.exec(path);
  if (byIndex) {
    // The position is in the list that was sent: all 14 when creating, only the changed ones when editing.
    const component = sent[Number(byIndex[1])];
    return component ? `standard.${component}` : path;
  }
  const byName = /^standard\.([A-Z_]+)(\.|$)/.exec(path);
  return byName ? `standard.${byName[1]}` : path;
}

export function emptyServiceValues(): ServiceFormValues {
  const standard = Object.fromEntries(
    STANDARD_COMPONENTS.map((c) => [c, { content: '', published: DELIVERY_COMPONENTS.includes(c) }]),
  ) as ServiceFormValues['standard'];
  return { name: '', description: '', standard };
}

export function serviceValuesFrom(service: ServiceDetail): ServiceFormValues {
  const values = emptyServiceValues();
  for (const row of service.standard) values.standard[row.component] = { content: row.content ?? '', published: row.published };
  return { ...values, name: service.name, description: service.description ?? '' };
}

export function validateService(values: ServiceFormValues, t: Translate): Record<string, string> {
  return values.name.trim() ? {} : { name: t('serviceForm.nameMissing') };
}

export function toServiceInput(values: ServiceFormValues): ServiceInput {
  return {
    name: values.name.trim(),
    description: blankToNull(values.description),
    // Always all 14, in the contract's order, so `standard.<index>` errors map back by position.
    standard: STANDARD_COMPONENTS.map((component) => ({
      component,
      content: blankToNull(values.standard[component].content),
      published: values.standard[component].published,
    })),
  };
}

/**
 * Only what differs from the service as loaded: the name or description if changed, and the
 * components whose text or publication changed (the service keeps the ones not named).
 */
export function changedServiceInput(initial: ServiceFormValues, values: ServiceFormValues): ServiceUpdate {
  const before = toServiceInput(initial);
  const after = toServiceInput(values);
  const changed: ServiceUpdate = {};
  if (before.name !== after.name) changed.name = after.name;
  if (before.description !== after.description) changed.description = after.description;
  const standard = after.standard.filter((row, index) => JSON.stringify(row) !== JSON.stringify(before.standard[index]));
  if (standard.length) changed.standard = standard;
  return changed;
}
