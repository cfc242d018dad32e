import type { Translate } from '@simpul/web-kit';
import { historyFieldLabels, historyValue, type HistoryObject } from '../history/history-fields';

const REGISTRY_OBJECTS: Record<string, HistoryObject> = { agency: 'agency', serviceunit: 'unit', service: 'service', user: 'user' };
const normalise = (objectType: string) => objectType.replace(/[_\s]/g, '').toLowerCase();

/** The object type in words ("Unit pelayanan"), never the type name the service records. */
export function objectTypeLabel(objectType: string, t: Translate): string {
  const key = `objectType.${normalise(objectType)}`;
  const words = t(key);
  return words === `registry.${key}` ? t('audit.objectOther') : words;
}

// The fields the SKM and MPP services record (as their API names them), by object type.
const OTHER_FIELDS: Record<string, string[]> = {
  skmsurvey: [
    'title',
    'publicCode',
    'periodKind',
    'periodYear',
    'periodNumber',
    'startsOn',
    'endsOn',
    'expectedUsers',
    'opensAt',
    'closesAt',
    'serviceUnitId',
    'mallId',
    'deskId',
    'origin',
  ],
  desk: ['number', 'label', 'mallId', 'assignment.weekday', 'assignment.tenancyId', 'assignment.staffCount', 'assignment.releasedAt'],
  tenancy: ['service.serviceId', 'service.status', 'service.dailyQuota'],
};
const SURVEY_ELEMENT_PARTS = ['code', 'name', 'question', 'weight', 'required'];
const MAX_ELEMENTS = 20;

const fieldKeyOf = (field: string) => `audit.field.${field.replace(/\./g, '_')}`;

export function auditFieldLabels(objectType: string, t: Translate): Record<string, string> {
  const type = normalise(objectType);
  const registryObject = REGISTRY_OBJECTS[type];
  if (registryObject) return historyFieldLabels(registryObject, t);
  const labels: Record<string, string> = Object.fromEntries((OTHER_FIELDS[type] ?? []).map((field) => [field, t(fieldKeyOf(field))]));
  if (type === 'skmsurvey') {
    for (let index = 0; index < MAX_ELEMENTS; index++) {
      for (const part of SURVEY_ELEMENT_PARTS)
        labels[`elements.${index}.${part}`] = t(`audit.field.element_${part}`, { number: index + 1 });
    }
  }
  return labels;
}

/** Values in words across the three services: registry enums, SKM periods, MPP days and service states. */
export function auditValue(t: Translate) {
  const registry = historyValue(t);
  return (field: string, value: string): string | null | undefined => {
    if (field === 'assignment.weekday' && /^[1-7]$/.test(value)) return t(`audit.weekday.${value}`);
    if ((field === 'periodKind' || field === 'service.status') && /^[A-Z_]+$/.test(value)) {
      const key = `audit.value.${value}`;
      const words = t(key);
      return words === `registry.${key}` ? null : words;
    }
    return registry(field.replace(/^(assignment|service)\./, ''), value);
  };
}
