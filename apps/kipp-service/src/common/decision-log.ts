import { randomUUID } from 'node:crypto';
import { badUserInput, rows, type Queryable } from '@simpul/service-kit';

export interface DecisionRecord {
  competitionId: string;
  proposalId?: string | null;
  kind: string;
  decidedBy: string;
  /** The decider's name as the trail shows it (from the signed-in identity). */
  decidedByName?: string | null;
  reason: string;
  detail?: Record<string, unknown>;
}

/** A decision needs a reason a person can read later. */
export function requireReason(reason: string | null | undefined, field = 'reason'): string {
  const text = (reason ?? '').trim();
  if (text.length < 3) throw badUserInput(field, 'Give the reason for this decision.', 'Tuliskan alasan keputusan ini.');
  return text;
}

/** Every decision in the funnel records who and why, in the same transaction as the change. */
export async function recordDecisions(db: Queryable, decisions: DecisionRecord[]): Promise<void> {
  if (decisions.length === 0) return;
  await rows(
    db,
    `INSERT INTO kipp.decisions (id, competition_id, proposal_id, kind, decided_by, decided_by_name, reason, detail)
     SELECT id, competition_id, proposal_id, kind, decided_by, decided_by_name, reason, detail
     FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, competition_id uuid, proposal_id uuid, kind text, decided_by uuid, decided_by_name text, reason text, detail jsonb)`,
    [
      JSON.stringify(
        decisions.map((decision) => ({
          id: randomUUID(),
          competition_id: decision.competitionId,
          proposal_id: decision.proposalId ?? null,
          kind: decision.kind,
          decided_by: decision.decidedBy,
          decided_by_name: decision.decidedByName ?? null,
          reason: decision.reason,
          detail: decision.detail ?? {},
        })),
      ),
    ],
  );
}
