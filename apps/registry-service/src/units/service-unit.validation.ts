import { DataSource } from 'typeorm';
import { badUserInput, isUuid, optionalText } from '@simpul/service-kit';
import { Agency } from '../agencies/agency.entity';
import { Region } from '../regions/region.entity';
import { optionalEmail, optionalPhone, optionalWebsite, requiredName } from '../common/fields';
import { EXTERNAL_ID_COLUMNS, EXTERNAL_ID_KEYS, type ExternalIdsInput } from './external-ids';
import type { ServiceUnit } from './service-unit.entity';
import type { UpdateServiceUnitInput } from './service-unit.input';

/** Unit columns a mutation may set. */
export type UnitChanges = Partial<
  Pick<
    ServiceUnit,
    | 'name'
    | 'kind'
    | 'serviceGroup'
    | 'agencyId'
    | 'regionCode'
    | 'address'
    | 'phone'
    | 'email'
    | 'website'
    | 'sippnId'
    | 'pekpppId'
    | 'sp4nLaporId'
    | 'sinovikId'
  >
>;

/** The unit property of each external id. */
export const ID_PROPERTY = { sippn: 'sippnId', pekppp: 'pekpppId', sp4nLapor: 'sp4nLaporId', sinovik: 'sinovikId' } as const;

/**
 * Checks a create/update input field by field (first fault wins, reported with its path) and
 * returns the normalised changes. `unitId` is the unit being updated, excluded from uniqueness.
 */
export async function validateUnitInput(
  dataSource: DataSource,
  input: UpdateServiceUnitInput,
  unitId: string | null,
  currentAgencyId: string | null,
): Promise<UnitChanges> {
  const changes: UnitChanges = {};
  if (input.name !== undefined) changes.name = requiredName(input.name, 'input.name');
  if (input.kind) changes.kind = input.kind;
  if (input.serviceGroup) changes.serviceGroup = input.serviceGroup;
  if (input.agencyId !== undefined) {
    const agency = isUuid(input.agencyId) ? await dataSource.getRepository(Agency).findOneBy({ id: input.agencyId }) : null;
    if (!agency) throw badUserInput('input.agencyId', 'There is no agency with this id.', 'Instansi tidak ditemukan.');
    // A unit may stay with an agency archived since, but none is moved into an archived one.
    if (agency.archivedAt && agency.id !== currentAgencyId) {
      throw badUserInput('input.agencyId', 'This agency is archived.', 'Instansi ini sudah diarsipkan.');
    }
    changes.agencyId = agency.id;
  }
  if (input.regionCode !== undefined) {
    const code = input.regionCode.trim();
    const exists = code !== '' && (await dataSource.getRepository(Region).existsBy({ code }));
    if (!exists) {
      throw badUserInput(
        'input.regionCode',
        `There is no province or regency with code "${input.regionCode}".`,
        `Tidak ada wilayah dengan kode "${input.regionCode}".`,
      );
    }
    changes.regionCode = code;
  }
  if (input.address !== undefined) changes.address = optionalText(input.address);
  if (input.phone !== undefined) changes.phone = optionalPhone(input.phone, 'input.phone');
  if (input.email !== undefined) changes.email = optionalEmail(input.email, 'input.email');
  if (input.website !== undefined) changes.website = optionalWebsite(input.website, 'input.website');
  if (input.externalIds) Object.assign(changes, await validateExternalIds(dataSource, input.externalIds, unitId));
  return changes;
}

async function validateExternalIds(dataSource: DataSource, input: ExternalIdsInput, unitId: string | null): Promise<UnitChanges> {
  const changes: UnitChanges = {};
  for (const key of EXTERNAL_ID_KEYS) {
    if (input[key] === undefined) continue;
    const value = optionalText(input[key]);
    const field = `input.externalIds.${key}`;
    if (value && value.length > 64)
      throw badUserInput(field, 'An external id is at most 64 characters.', 'ID eksternal paling banyak 64 karakter.');
    if (value) {
      const taken: unknown[] = await dataSource.query(
        `SELECT 1 FROM registry.service_units WHERE ${EXTERNAL_ID_COLUMNS[key]} = $1 AND id IS DISTINCT FROM $2::uuid LIMIT 1`,
        [value, unitId],
      );
      if (taken.length) {
        throw badUserInput(field, `Another service unit already has this ${key} id.`, `ID ${key} ini sudah dipakai unit pelayanan lain.`);
      }
    }
    changes[ID_PROPERTY[key]] = value;
  }
  return changes;
}

/** Maps a unique-index violation that slipped past the checks (a concurrent write) to its field. */
export function fieldOfUniqueViolation(error: unknown): string | null {
  const constraint =
    (error as { constraint?: string; driverError?: { constraint?: string } })?.driverError?.constraint ??
    (error as { constraint?: string })?.constraint;
  const match = /^service_units_(sippn|pekppp|sp4n_lapor|sinovik)_id_key$/.exec(constraint ?? '');
  if (!match) return null;
  const key = { sippn: 'sippn', pekppp: 'pekppp', sp4n_lapor: 'sp4nLapor', sinovik: 'sinovik' }[match[1]];
  return `input.externalIds.${key}`;
}
