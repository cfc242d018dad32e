import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  badUserInput,
  requireRole,
  type Connection,
  type SubgraphContext,
  rows,
  conflict,
  groupBy,
  requestLoader,
  keysetPage,
  mapConnection,
  validateFirst,
} from '@simpul/service-kit';
import type { Caller } from '@simpul/contracts';
import { KippAccess } from '../access/kipp-access';
import { CompetitionService } from '../competitions/competition.service';
import { Stage } from '../competitions/stage.enum';
import { ProposalService } from '../proposals/proposal.service';
import { ProposalStatus } from '../proposals/proposal-status.enum';
import { Decision, FieldVerification } from './shortlist.model';

interface VerificationRow {
  id: string;
  proposal_id: string;
  verifier_id: string;
  panel: string;
  visited_on: string;
  notes: string;
  recorded_at: Date;
}

const toVerification = (row: VerificationRow): FieldVerification => ({
  id: row.id,
  proposalId: row.proposal_id,
  verifierId: row.verifier_id,
  panel: row.panel,
  visitedOn: row.visited_on,
  notes: row.notes,
  recordedAt: row.recorded_at,
});

@Injectable()
export class VerificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: KippAccess,
    private readonly competitions: CompetitionService,
    private readonly proposals: ProposalService,
  ) {}

  /** A panel (TPI) or Tim Evaluasi member records a field visit to a Top 99 innovation. */
  async record(context: SubgraphContext, proposalId: string, visitedOn: string, notesText: string): Promise<FieldVerification> {
    const notes = notesText.trim();
    if (!notes) throw badUserInput('notes', 'Write the verification notes.', 'Tuliskan catatan verifikasi.');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(visitedOn))
      throw badUserInput('visitedOn', 'Give the visit date as YYYY-MM-DD.', 'Isi tanggal kunjungan dengan format YYYY-MM-DD.');
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.proposals.lock(manager, proposalId, 'proposalId');
      const profile = await this.access.requireEvaluator(context, proposal.competition_id);
      if (proposal.status !== ProposalStatus.TOP99)
        throw conflict('Field verification is for the Top 99 only.', 'Verifikasi lapangan hanya untuk Top 99.', 'proposalId');
      this.competitions.requireOpen(await this.competitions.stage(manager, proposal.competition_id, Stage.FIELD_VERIFICATION));
      const [row] = await rows<VerificationRow>(
        manager,
        `INSERT INTO kipp.field_verifications (id, proposal_id, verifier_id, panel, visited_on, notes) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
        [randomUUID(), proposal.id, profile.userId, profile.panel, visitedOn, notes],
      );
      return toVerification(row);
    });
  }

  loader(context: SubgraphContext) {
    return requestLoader(
      context,
      'kipp:verifications',
      async (ids) => {
        const found = await rows<VerificationRow>(
          this.dataSource,
          `SELECT * FROM kipp.field_verifications WHERE proposal_id = ANY($1::uuid[]) ORDER BY visited_on, id`,
          [ids],
        );
        return new Map([...groupBy(found, (row) => row.proposal_id)].map(([id, list]) => [id, list.map(toVerification)]));
      },
      [] as FieldVerification[],
    );
  }

  /** The audit trail: every decision with who and why, oldest first. */
  async decisions(
    caller: Caller,
    competitionId: string,
    proposalId: string | null | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<Decision>> {
    requireRole(caller, 'NATIONAL_ADMIN');
    const size = validateFirst(first);
    await this.competitions.require(this.dataSource, competitionId);
    const page = await keysetPage<{
      id: string;
      proposal_id: string | null;
      kind: string;
      decided_by: string;
      name: string | null;
      reason: string;
      decided_at: Date;
    }>(this.dataSource, {
      // Names: as recorded when deciding; for older rows, the KIPP appointment names the service knows.
      columns: `d.*, coalesce(d.decided_by_name, (SELECT e.display_name FROM kipp.evaluator_profiles e WHERE e.user_id = d.decided_by),
                (SELECT min(l.display_name) FROM kipp.local_admins l WHERE l.user_id = d.decided_by)) AS name`,
      from: 'kipp.decisions d',
      where: `d.competition_id = $1 AND ($2::uuid IS NULL OR d.proposal_id = $2)`,
      params: [competitionId, proposalId ?? null],
      keys: [
        { sql: 'd.decided_at', type: 'timestamptz' },
        { sql: 'd.id', type: 'uuid' },
      ],
      direction: 'ASC',
      first: size,
      after,
    });
    return mapConnection(page, (row) => ({
      id: row.id,
      proposalId: row.proposal_id,
      kind: row.kind,
      decidedBy: row.decided_by,
      decidedByName: row.name ?? 'Admin nasional',
      reason: row.reason,
      decidedAt: row.decided_at,
    }));
  }
}
