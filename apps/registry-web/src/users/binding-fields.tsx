import { Text } from '@mantine/core';
import type { Role } from '@simpul/contracts';
import { useSession, useT } from '@simpul/web-kit';
import { isNationalAdmin } from '../admin/admin-access';
import { REGISTRY } from '../messages';
import type { PickerOption } from '../shared/search-picker';
import { MallPicker, TenantUnitPicker, UnitPicker } from './pickers';
import { useMallNames } from './use-mall-names';
import { bindingOf } from './user.operations';

export interface Binding {
  unit: PickerOption | null;
  mall: PickerOption | null;
}

/**
 * The binding that fits the role: a unit for a desk, a mall for an MPP operator, nothing otherwise.
 * An MPP operator only gets its own mall and the units of its tenants.
 */
export function BindingFields({
  idPrefix,
  role,
  binding,
  onChange,
  errors,
}: {
  idPrefix: string;
  role: Role | '';
  binding: Binding;
  onChange: (binding: Binding) => void;
  errors: Record<string, string>;
}) {
  const t = useT(REGISTRY);
  const { user } = useSession();
  const admin = isNationalAdmin(user);
  const ownMall = useMallNames(admin ? [] : [user?.mallId]);
  const kind = bindingOf(role);
  if (kind === 'unit') {
    const props = {
      id: `${idPrefix}-serviceUnitId`,
      required: true,
      value: binding.unit,
      onChange: (unit: PickerOption | null) => onChange({ unit, mall: null }),
      error: errors['serviceUnitId'] ?? null,
    };
    return admin || !user?.mallId ? <UnitPicker {...props} /> : <TenantUnitPicker {...props} mallId={user.mallId} />;
  }
  if (kind === 'mall') {
    if (admin)
      return (
        <MallPicker
          id={`${idPrefix}-mallId`}
          required
          value={binding.mall}
          onChange={(mall) => onChange({ unit: null, mall })}
          error={errors['mallId'] ?? null}
        />
      );
    return (
      <Text id={`${idPrefix}-mallId`} tabIndex={-1}>
        {t('invite.ownMall', { mall: (user?.mallId && ownMall[user.mallId]) || t('users.mallUnnamed') })}
      </Text>
    );
  }
  return role ? <Text c="dimmed">{t('invite.noBinding')}</Text> : null;
}

/** The ids to send for a role: only the one binding it takes; an operator's mall is its own. */
export function bindingIds(
  role: Role | '',
  binding: Binding,
  ownMallId: string | null,
  admin: boolean,
): { serviceUnitId: string | null; mallId: string | null } {
  const kind = bindingOf(role);
  if (kind === 'unit') return { serviceUnitId: binding.unit?.id ?? null, mallId: null };
  if (kind === 'mall') return { serviceUnitId: null, mallId: admin ? (binding.mall?.id ?? null) : ownMallId };
  return { serviceUnitId: null, mallId: null };
}
