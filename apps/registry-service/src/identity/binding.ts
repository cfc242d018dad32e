import type { DataSource } from 'typeorm';
import type { Role } from '@simpul/contracts';
import { badUserInput, type SubgraphCallScope, isUuid } from '@simpul/service-kit';
import { assertMayManageBinding, type AccountBinding, type UserScope } from '../access/user-access';
import type { MallDirectory } from './mall-directory';

export interface BindingInput {
  role: Role;
  serviceUnitId?: string | null;
  mallId?: string | null;
}

export interface ResolvedBinding extends AccountBinding {
  serviceUnitId: string | null;
}

const ROLE_BINDING: Record<Role, { unit: boolean; mall: boolean }> = {
  NATIONAL_ADMIN: { unit: false, mall: false },
  EVALUATOR: { unit: false, mall: false },
  MPP_OPERATOR: { unit: false, mall: true },
  UNIT_DESK: { unit: true, mall: false },
};

/**
 * Checks a role and its binding, in this order: the binding fits the role (a desk has a unit and no
 * mall, an operator a mall and no unit, the others neither), the unit exists and is not archived,
 * the caller may manage an account bound there, and the mall exists (asked of the MPP service).
 * `fieldPrefix` is `input.` for an input object.
 */
export async function resolveBinding(
  dataSource: DataSource,
  malls: MallDirectory,
  input: BindingInput,
  scope: UserScope,
  call: SubgraphCallScope,
  fieldPrefix = '',
): Promise<ResolvedBinding> {
  const shape = ROLE_BINDING[input.role];
  const unitId = input.serviceUnitId?.trim() || null;
  const mallId = input.mallId?.trim() || null;
  if (shape.unit && !unitId) {
    throw badUserInput(
      `${fieldPrefix}serviceUnitId`,
      'A unit desk account needs the service unit it works for.',
      'Akun desk unit memerlukan unit pelayanan tempat ia bertugas.',
    );
  }
  if (!shape.unit && unitId) {
    throw badUserInput(
      `${fieldPrefix}serviceUnitId`,
      'Only a unit desk account is bound to a service unit.',
      'Hanya akun desk unit yang terikat pada unit pelayanan.',
    );
  }
  if (shape.mall && !mallId) {
    throw badUserInput(
      `${fieldPrefix}mallId`,
      'An MPP operator account needs the mall it works for.',
      'Akun operator MPP memerlukan MPP tempat ia bertugas.',
    );
  }
  if (!shape.mall && mallId) {
    throw badUserInput(
      `${fieldPrefix}mallId`,
      'Only an MPP operator account is bound to a mall.',
      'Hanya akun operator MPP yang terikat pada MPP.',
    );
  }

  let unitAgencyId: string | null = null;
  if (unitId) {
    const rows: { agency_id: string; archived_at: Date | null }[] = isUuid(unitId)
      ? await dataSource.query('SELECT agency_id, archived_at FROM registry.service_units WHERE id = $1', [unitId])
      : [];
    if (!rows[0])
      throw badUserInput(`${fieldPrefix}serviceUnitId`, 'There is no service unit with this id.', 'Unit pelayanan tidak ditemukan.');
    if (rows[0].archived_at)
      throw badUserInput(`${fieldPrefix}serviceUnitId`, 'This service unit is archived.', 'Unit pelayanan ini sudah diarsipkan.');
    unitAgencyId = rows[0].agency_id;
  }
  if (mallId && !isUuid(mallId)) throw badUserInput(`${fieldPrefix}mallId`, 'There is no mall with this id.', 'MPP tidak ditemukan.');

  const binding: ResolvedBinding = { role: input.role, serviceUnitId: unitId, mallId, unitAgencyId };
  const tenants = scope.kind === 'mall' && input.role === 'UNIT_DESK' ? await malls.tenantAgencies(scope.mallId, call) : new Set<string>();
  assertMayManageBinding(scope, binding, tenants, fieldPrefix);
  if (mallId && !(await malls.mallExists(mallId, call)))
    throw badUserInput(`${fieldPrefix}mallId`, 'There is no mall with this id.', 'MPP tidak ditemukan.');
  return binding;
}
