import { stableId, rows, type Queryable } from '@simpul/service-kit';
import { CompetitionGroup } from '../competitions/group.enum';
import type { ProposalRow } from '../proposals/proposal.row';

/**
 * Publishes proposals into the catalogue at an award tier. A KHUSUS proposal continues the
 * innovation it upgrades (its history grows a year); a REPLIKASI proposal is a new innovation that
 * points at the one it replicates; any other proposal becomes a new innovation. Re-publishing at
 * TOP45 upgrades the entry. Three statements whatever the number of proposals.
 */
export async function publishToCatalogue(db: Queryable, year: number, proposals: ProposalRow[], award: 'TOP99' | 'TOP45'): Promise<void> {
  if (proposals.length === 0) return;
  const items = proposals.map((proposal) => ({
    proposal_id: proposal.id,
    innovation_id:
      proposal.innovation_id ??
      (proposal.group_code === CompetitionGroup.KHUSUS && proposal.source_innovation_id
        ? proposal.source_innovation_id
        : stableId('innovation', proposal.id)),
    replicates_id: proposal.group_code === CompetitionGroup.REPLIKASI ? proposal.source_innovation_id : null,
    title: proposal.title,
    summary: proposal.sections.summary ?? '',
    service_unit_id: proposal.service_unit_id,
    agency_id: proposal.agency_id,
    agency_type: proposal.agency_type,
    region_code: proposal.region_code,
    province_code: proposal.province_code,
    category: proposal.category,
    group_code: proposal.group_code,
  }));
  const payload = JSON.stringify(items);
  // A winner is as real as its competition: the demo seed's competitions publish demo winners.
  const [competition] = await rows<{ origin: string }>(db, `SELECT origin FROM kipp.competitions WHERE id = $1`, [
    proposals[0].competition_id,
  ]);
  const recordset = `jsonb_to_recordset($1::jsonb) AS r(proposal_id uuid, innovation_id uuid, replicates_id uuid, title text, summary text, service_unit_id uuid,
    agency_id uuid, agency_type text, region_code text, province_code text, category text, group_code text)`;
  await rows(
    db,
    `INSERT INTO kipp.innovations (id, title, summary, service_unit_id, agency_id, agency_type, region_code, province_code, category, group_code, first_year, latest_year, award, replicates_id, origin)
     SELECT innovation_id, title, summary, service_unit_id, agency_id, agency_type, region_code, province_code, category, group_code, $2, $2, $3, replicates_id, $4 FROM ${recordset}
     ON CONFLICT (id) DO UPDATE SET title = excluded.title, summary = excluded.summary, latest_year = GREATEST(kipp.innovations.latest_year, excluded.latest_year),
       award = CASE WHEN excluded.award = 'TOP45' OR kipp.innovations.award = 'TOP45' THEN 'TOP45' ELSE 'TOP99' END, group_code = excluded.group_code`,
    [payload, year, award, competition?.origin ?? 'OFFICIAL'],
  );
  await rows(
    db,
    `INSERT INTO kipp.innovation_entries (innovation_id, year, group_code, award, proposal_id) SELECT innovation_id, $2, group_code, $3, proposal_id FROM ${recordset}
     ON CONFLICT (innovation_id, year) DO UPDATE SET award = excluded.award, proposal_id = excluded.proposal_id`,
    [payload, year, award],
  );
  await rows(db, `UPDATE kipp.proposals p SET innovation_id = r.innovation_id FROM ${recordset} WHERE p.id = r.proposal_id`, [payload]);
}

/** Takes a disqualified proposal's year out of the catalogue; an innovation left with no year goes too. */
export async function withdrawFromCatalogue(db: Queryable, proposalId: string): Promise<void> {
  const [entry] = await rows<{ innovation_id: string }>(
    db,
    `DELETE FROM kipp.innovation_entries WHERE proposal_id = $1 RETURNING innovation_id`,
    [proposalId],
  );
  if (!entry) return;
  const remaining = await rows(db, `SELECT 1 FROM kipp.innovation_entries WHERE innovation_id = $1 LIMIT 1`, [entry.innovation_id]);
  if (remaining.length) return;
  await rows(db, `UPDATE kipp.proposals SET innovation_id = NULL WHERE innovation_id = $1`, [entry.innovation_id]);
  await rows(db, `DELETE FROM kipp.status_checks WHERE innovation_id = $1`, [entry.innovation_id]);
  await rows(
    db,
    `DELETE FROM kipp.innovations WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM kipp.innovations r WHERE r.replicates_id = $1)`,
    [entry.innovation_id],
  );
}
