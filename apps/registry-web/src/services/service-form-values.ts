import type { Translate } from '@simpul/web-kit';
import { DELIVERY_COMPONENTS, STANDARD_COMPONENTS, type StandardComponent } from '../shared/enums';
import type { ServiceDetail, ServiceInput } from './service.operations';
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
export function normaliseServiceField(field: string | null): string | null {
  if (!field) return null;
  const path = field.replace(/^input\./, '');
  const byIndex = /^standard\.(\d+)(\.|$)/.exec(path);
  if (byIndex) {
    const component = STANDARD_COMPONENTS[Number(byIndex[1])];
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
