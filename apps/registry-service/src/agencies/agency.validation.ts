import type { EntityManager } from 'typeorm';
import { badUserInput, isUuid } from '@simpul/service-kit';
import { requiredName } from '../common/fields';
import { Region } from '../regions/region.entity';
import { Agency } from './agency.entity';
import { AgencyType } from './agency-type.enum';
import type { AgencyInput } from './agency-query.input';

export type AgencyValues = Pick<Agency, 'name' | 'type' | 'regionCode' | 'parentId'>;

/**
 * Checks an agency input field by field (first fault wins, reported with its path): a name, a known
 * type and region, and a parent that exists, is not archived and is neither the agency itself nor
 * one of its descendants (no cycles). `agencyId` is the agency being updated.
 */
export async function validateAgencyInput(manager: EntityManager, input: AgencyInput, agencyId: string | null): Promise<AgencyValues> {
  const name = requiredName(input.name, 'input.name');
  if (!Object.values(AgencyType).includes(input.type))
    throw badUserInput('input.type', 'Unknown agency type.', 'Jenis instansi tidak dikenal.');
  const regionCode = (input.regionCode ?? '').trim();
  if (!regionCode || !(await manager.getRepository(Region).existsBy({ code: regionCode }))) {
    throw badUserInput(
      'input.regionCode',
      `There is no province or regency with code "${input.regionCode}".`,
      `Tidak ada wilayah dengan kode "${input.regionCode}".`,
    );
  }
  const parentId = input.parentId?.trim() ? input.parentId.trim().toLowerCase() : null;
  if (parentId) {
    const parent = isUuid(parentId) ? await manager.getRepository(Agency).findOneBy({ id: parentId }) : null;
    if (!parent) throw badUserInput('input.parentId', 'There is no agency with this id.', 'Instansi induk tidak ditemukan.');
    if (parent.archivedAt) throw badUserInput('input.parentId', 'The parent agency is archived.', 'Instansi induk sudah diarsipkan.');
    if (agencyId && (await isSelfOrDescendant(manager, agencyId, parentId))) {
      throw badUserInput(
        'input.parentId',
        'An agency cannot sit under itself or one of its own sub-agencies.',
        'Instansi tidak dapat menjadi bawahan dirinya sendiri atau instansi bawahannya.',
      );
    }
  }
  return { name, type: input.type, regionCode, parentId };
}

/** Whether `candidateId` is `agencyId` or below it in the parent tree. */
async function isSelfOrDescendant(manager: EntityManager, agencyId: string, candidateId: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `WITH RECURSIVE below(id) AS (
       SELECT $1::uuid
       UNION
       SELECT a.id FROM registry.agencies a JOIN below ON a.parent_id = below.id
     ) SELECT 1 FROM below WHERE id = $2::uuid LIMIT 1`,
    [agencyId, candidateId],
  );
  return rows.length > 0;
}
