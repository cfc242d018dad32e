import type { Translate } from '@simpul/web-kit';
import { historyFieldLabels, type HistoryObject } from '../history/history-fields';

const REGISTRY_OBJECTS: Record<string, HistoryObject> = { agency: 'agency', serviceunit: 'unit', service: 'service', user: 'user' };
const normalise = (objectType: string) => objectType.replace(/[_\s]/g, '').toLowerCase();

/** The object type in words ("Unit pelayanan"), never the type name the service records. */
export function objectTypeLabel(objectType: string, t: Translate): string {
  const key = `objectType.${normalise(objectType)}`;
  const words = t(key);
  return words === `registry.${key}` ? t('audit.objectOther') : words;
}

// Fields the SKM and MPP record that have no registry page to name them.
const OTHER_FIELDS = ['name', 'title', 'status', 'quota', 'staff_count', 'weekday', 'code', 'period_start', 'period_end', 'target_respondents', 'active', 'archived_at', 'channels', 'label'];

export function auditFieldLabels(objectType: string, t: Translate): Record<string, string> {
  const registryObject = REGISTRY_OBJECTS[normalise(objectType)];
  if (registryObject) return historyFieldLabels(registryObject, t);
  return Object.fromEntries(OTHER_FIELDS.map((field) => [field, t(`audit.field.${field}`)]));
}
