import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badUserInput, requireRole, type SubgraphContext, rows, conflict, requestLoader } from '@simpul/service-kit';
import { recordDecisions, requireReason } from '../common/decision-log';
import { CompetitionService } from '../competitions/competition.service';
import { Stage } from '../competitions/stage.enum';
import { ProposalService } from '../proposals/proposal.service';
import { ProposalStatus } from '../proposals/proposal-status.enum';
import { ADMIN_CHECKLIST } from './admin-checklist';
import { AdministrativeCheck, type AdministrativeCheckInput, type ChecklistResult } from './selection.model';

interface CheckRow {
  proposal_id: string;
  checklist: ChecklistResult[];
  passed: boolean;
  reason: string;
  decided_by: string;
  decided_at: Date;
}

const toCheck = (row: CheckRow): AdministrativeCheck => ({
  proposalId: row.proposal_id,
  checklist: row.checklist,
  passed: row.passed,
  reason: row.reason,
  decidedBy: row.decided_by,
  decidedAt: row.decided_at,
});

/** Same answers and notes per item (jsonb does not keep key order, so compare field by field). */
function sameChecklist(stored: ChecklistResult[], given: ChecklistResult[]): boolean {
  return (
    stored.length === given.length &&
    given.every((item) =>
      stored.some(
        (candidate) => candidate.code === item.code && candidate.passed === item.passed && (candidate.note ?? null) === item.note,
      ),
    )
  );
}

@Injectable()
export class AdminSelectionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly competitions: CompetitionService,
    private readonly proposals: ProposalService,
  ) {}

  /** Pass or fail with the checklist and a reason; the desk is notified. Changeable until the stage is decided. */
  async record(context: SubgraphContext, input: AdministrativeCheckInput): Promise<AdministrativeCheck> {
    const caller = context.caller;
    requireRole(caller, 'NATIONAL_ADMIN');
    const reason = requireReason(input.reason);
    const codes = input.checklist.map((item) => item.code);
    const expected = ADMIN_CHECKLIST.map((item) => item.code);
    if (codes.length !== expected.length || expected.some((code) => !codes.includes(code))) {
      throw badUserInput(
        'checklist',
        `Answer every checklist item once: ${expected.join(', ')}.`,
        `Jawab setiap butir daftar periksa satu kali: ${expected.join(', ')}.`,
      );
    }
    const passed = input.checklist.every((item) => item.passed);
    return this.dataSource.transaction(async (manager) => {
      const proposal = await this.proposals.lock(manager, input.proposalId, 'proposalId');
      const stage = await this.competitions.stage(manager, proposal.competition_id, Stage.ADMINISTRATIVE_SELECTION, true);
      this.competitions.requireOpen(stage);
      const allowed: string[] = [ProposalStatus.SUBMITTED, ProposalStatus.ADMIN_PASSED, ProposalStatus.ADMIN_FAILED];
      if (!allowed.includes(proposal.status))
        throw conflict(
          'Only submitted proposals go through administrative selection.',
          'Hanya proposal terkirim yang melalui seleksi administrasi.',
          'proposalId',
        );
      const checklist = expected.map((code) => {
        const item = input.checklist.find((candidate) => candidate.code === code);
        return { code, passed: Boolean(item?.passed), note: item?.note?.trim() || null };
      });
      // The same decision sent again (a double click, a retry) changes nothing: no second trail row, no second notification.
      const [previous] = await rows<CheckRow>(manager, `SELECT * FROM kipp.admin_checks WHERE proposal_id = $1`, [proposal.id]);
      if (previous && previous.passed === passed && previous.reason === reason && sameChecklist(previous.checklist, checklist))
        return toCheck(previous);
      const [row] = await rows<CheckRow>(
        manager,
        `INSERT INTO kipp.admin_checks (proposal_id, checklist, passed, reason, decided_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (proposal_id) DO UPDATE SET checklist = excluded.checklist, passed = excluded.passed, reason = excluded.reason, decided_by = excluded.decided_by, decided_at = now()
         RETURNING *`,
        [proposal.id, JSON.stringify(checklist), passed, reason, caller.userId],
      );
      await manager.query(`UPDATE kipp.proposals SET status = $2, updated_at = now() WHERE id = $1`, [
        proposal.id,
        passed ? ProposalStatus.ADMIN_PASSED : ProposalStatus.ADMIN_FAILED,
      ]);
      await this.proposals.notify(
        manager,
        proposal,
        passed ? 'ADMIN_PASSED' : 'ADMIN_FAILED',
        passed ? `"${proposal.title}" lolos seleksi administrasi.` : `"${proposal.title}" tidak lolos seleksi administrasi: ${reason}`,
      );
      await recordDecisions(manager, [
        {
          competitionId: proposal.competition_id,
          proposalId: proposal.id,
          kind: passed ? 'ADMIN_PASSED' : 'ADMIN_FAILED',
          decidedBy: caller.userId,
          decidedByName: caller.displayName,
          reason,
          detail: { checklist },
        },
      ]);
      return toCheck(row);
    });
  }

  loader(context: SubgraphContext) {
    return requestLoader(
      context,
      'kipp:admin-check',
      async (ids) => {
        const found = await rows<CheckRow>(this.dataSource, `SELECT * FROM kipp.admin_checks WHERE proposal_id = ANY($1::uuid[])`, [ids]);
        return new Map(found.map((row) => [row.proposal_id, toCheck(row)]));
      },
      null as AdministrativeCheck | null,
    );
  }
}
