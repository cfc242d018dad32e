import type { Translate } from '@simpul/web-kit';
import { EXTERNAL_SYSTEMS, STANDARD_COMPONENTS } from '../shared/enums';

export type HistoryObject = 'unit' | 'service' | 'agency' | 'user';

/**
 * The words for each recorded field, under the names the audit may use for it (the column,
 * `agency_id`, or the input path, `agencyId`, `externalIds.sippn`, `standard.FEE`).
 */
export function historyFieldLabels(object: HistoryObject, t: Translate): Record<string, string> {
  const common = {
    name: t(`history.field.${object}Name`),
    archived_at: t('history.field.archivedAt'),
    created_at: t('history.field.createdAt'),
    origin: t('history.field.origin'),
    source: t('history.field.source'),
  };
  switch (object) {
    case 'unit':
      return {
        ...common,
        kind: t('unitForm.kind'),
        service_group: t('unitForm.serviceGroup'),
        agency_id: t('unitForm.agency'),
        region_code: t('col.region'),
        address: t('unitForm.address'),
        phone: t('unitForm.phone'),
        email: t('unitForm.email'),
        website: t('unitForm.website'),
        ...Object.fromEntries(
          EXTERNAL_SYSTEMS.flatMap((s) => [
            [`${s.key}_id`, `ID ${s.label}`],
            [`external_ids.${s.key}`, `ID ${s.label}`],
            [`externalIds.${s.key}`, `ID ${s.label}`],
          ]),
        ),
      };
    case 'service':
      return {
        ...common,
        description: t('serviceForm.description'),
        standard: t('service.standard'),
        ...Object.fromEntries(
          STANDARD_COMPONENTS.flatMap((c) => [
            [`standard.${c}`, t(`component.${c}`)],
            [`standard.${c}.content`, t(`component.${c}`)],
            [`standard.${c}.published`, `${t(`component.${c}`)} (${t('serviceForm.publishedLabel').toLowerCase()})`],
          ]),
        ),
      };
    case 'agency':
      return { ...common, type: t('agencyForm.type'), region_code: t('agencyForm.region'), parent_id: t('agencyForm.parent') };
    case 'user':
      return {
        ...common,
        display_name: t('users.name'),
        email: t('users.email'),
        role: t('users.role'),
        status: t('users.status'),
        service_unit_id: t('users.unit'),
        mall_id: t('users.mall'),
        invited_at: t('users.invitedAt'),
        deactivated_at: t('history.field.deactivatedAt'),
        last_sign_in_at: t('users.lastSignIn'),
        password_changed_at: t('history.field.passwordChangedAt'),
      };
  }
}

// The national systems' ids are for people (they are typed into the form); other ids are not.
const EXTERNAL_ID_COLUMNS = new Set(['sippn_id', 'pekppp_id', 'sp4n_lapor_id', 'sinovik_id']);

const ENUM_PREFIX: Record<string, string> = {
  kind: 'kind',
  service_group: 'group',
  type: 'agencyType',
  role: 'role',
  status: 'userStatus',
  origin: 'origin',
};

/** Enum values in words; ids and region codes only as "diubah"; the rest as the panel's default. */
export function historyValue(t: Translate) {
  return (field: string, value: string): string | null | undefined => {
    const key = field.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
    const prefix = ENUM_PREFIX[key];
    if (prefix) {
      const words = t(`${prefix}.${value}`);
      return words === `registry.${prefix}.${value}` ? null : words;
    }
    // When a password was set is shown only as "Kata sandi: diubah".
    if (key === 'password_changed_at') return null;
    if (key === 'region_code' || (key.endsWith('_id') && !EXTERNAL_ID_COLUMNS.has(key))) return null;
    return undefined;
  };
}
