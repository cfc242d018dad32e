import { aggregate, rankCohort } from '@simpul/reporting';
import { isUuid, notFound, one, rows } from '@simpul/service-kit';
import type { DataSource } from 'typeorm';
import { cohortLabel, unitKindLabel } from '../cohorts/cohort-label';
import { PeerGroupKind, type PeerComparison, type PeerGroup } from './peer-comparison.model';

export interface PeerLokus {
  lokusId: string;
  cycleId: string;
  unitName: string;
  cohort: string;
  provinceCode: string;
  provinceName: string | null;
  unitKind: string;
}

interface PeerRow {
  lokusId: string;
  unitName: string;
  cohort: string;
  provinceCode: string;
  unitKind: string;
  index: string;
}

function lokusNotFound() {
  return notFound('This lokus does not exist.', 'Lokus ini tidak ada.', 'lokusId');
}

/** The lokus being compared, with what its peer groups are drawn by. */
export async function loadPeerLokus(db: DataSource, lokusId: string): Promise<PeerLokus> {
  if (!isUuid(lokusId)) throw lokusNotFound();
  const found = await one<PeerLokus>(
    db,
    `SELECT id AS "lokusId", cycle_id AS "cycleId", unit_name AS "unitName", cohort, province_code AS "provinceCode",
       province_name AS "provinceName", unit_kind AS "unitKind" FROM evaluation.lokus WHERE id = $1`,
    [lokusId],
  );
  if (!found) throw lokusNotFound();
  return found;
}

/** Every current result of the cycle that shares the unit's cohort, province or kind: one statement. */
const PEERS = `
  SELECT l.id AS "lokusId", l.unit_name AS "unitName", l.cohort, l.province_code AS "provinceCode", l.unit_kind AS "unitKind", r.index
  FROM evaluation.results r JOIN evaluation.lokus l ON l.id = r.lokus_id
  WHERE r.cycle_id = $1 AND r.current AND (l.cohort = $2 OR l.province_code = $3 OR l.unit_kind = $4)`;

function group(kind: PeerGroupKind, label: { id: string; en: string }, members: PeerRow[], unitId: string): PeerGroup {
  const ranked = rankCohort(members, { key: (row) => row.lokusId, value: (row) => Number(row.index) });
  const stats = aggregate(members, { value: (row) => Number(row.index) });
  return {
    kind,
    label: label.id,
    labelEn: label.en,
    count: stats.count,
    mean: stats.value,
    min: stats.min,
    max: stats.max,
    unitPosition: ranked.find((entry) => entry.key === unitId)?.rank ?? null,
    points: ranked.map((entry) => ({ lokusId: entry.key, unitName: entry.row.unitName, index: entry.value, isUnit: entry.key === unitId })),
  };
}

/** The unit against its cohort, its province and its kind, each group drawn from the same cycle. */
export async function peerComparison(db: DataSource, lokus: PeerLokus, cycleName: string): Promise<PeerComparison> {
  const peers = await rows<PeerRow>(db, PEERS, [lokus.cycleId, lokus.cohort, lokus.provinceCode, lokus.unitKind]);
  const own = peers.find((row) => row.lokusId === lokus.lokusId);
  const cohort = cohortLabel(lokus.cohort);
  const province = lokus.provinceName ?? lokus.provinceCode;
  const kind = unitKindLabel(lokus.unitKind);
  return {
    lokusId: lokus.lokusId,
    cycleId: lokus.cycleId,
    cycleName,
    unitName: lokus.unitName,
    cohort: lokus.cohort,
    index: own ? Number(own.index) : null,
    groups: [
      group(
        PeerGroupKind.COHORT,
        { id: cohort.label, en: cohort.labelEn },
        peers.filter((row) => row.cohort === lokus.cohort),
        lokus.lokusId,
      ),
      group(
        PeerGroupKind.PROVINCE,
        { id: `Provinsi ${province}`, en: `${province} province` },
        peers.filter((row) => row.provinceCode === lokus.provinceCode),
        lokus.lokusId,
      ),
      group(
        PeerGroupKind.UNIT_KIND,
        { id: `Semua ${kind.id}`, en: `Every ${kind.en}` },
        peers.filter((row) => row.unitKind === lokus.unitKind),
        lokus.lokusId,
      ),
    ],
  };
}
