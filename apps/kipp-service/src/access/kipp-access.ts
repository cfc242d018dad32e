import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { forbidden, requireSignedIn, SimpulError, unauthenticated, type SubgraphContext, one, rows } from '@simpul/service-kit';
import { UNIT_DIRECTORY, type UnitDirectory, type UnitFacts } from '../registry/unit-directory';

export interface EvaluatorProfile {
  userId: string;
  displayName: string;
  agencyId: string | null;
  panel: 'TE' | 'TPI';
}

/**
 * Who sees and changes what in KIPP:
 * - NATIONAL_ADMIN: runs the competition, sees everything;
 * - UNIT_DESK: drafts and reads its own unit's proposals;
 * - local admin: any signed-in user bound to an agency in `kipp.local_admins` (the registry has no
 *   such role yet) reviews, returns and submits that agency's proposals, a draft only once its desk
 *   shared it (until then it is the desk's working copy: not read, not edited);
 * - EVALUATOR appointed to a competition's team (`kipp.panel_members`): Tim Evaluasi (TE) members
 *   read and score the proposals assigned to them; panel (TPI) members read that competition's
 *   shortlist and score its presentations;
 * - the public: the catalogue, winners, the published shortlist and objections.
 */
export interface PanelMembership {
  competitionId: string;
  panel: 'TE' | 'TPI';
}

export type ProposalScope =
  { kind: 'all' } | { kind: 'own'; unitId: string | null; agencyIds: string[]; evaluatorId: string | null; panelCompetitionIds: string[] };

@Injectable()
export class KippAccess {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(UNIT_DIRECTORY) private readonly directory: UnitDirectory,
  ) {}

  /** Agencies the caller administers locally, read once per request. */
  localAdminAgencies(context: SubgraphContext): Promise<string[]> {
    const caller = context.caller;
    if (!caller) return Promise.resolve([]);
    return context.loaders.get('kipp:local-admin', () =>
      rows<{ agency_id: string }>(this.dataSource, `SELECT agency_id FROM kipp.local_admins WHERE user_id = $1 ORDER BY agency_id`, [
        caller.userId,
      ]).then((found) => found.map((row) => row.agency_id)),
    );
  }

  /** The evaluator's KIPP record (name, agency for conflicts of interest); null for other roles. */
  evaluatorProfile(context: SubgraphContext): Promise<EvaluatorProfile | null> {
    const caller = context.caller;
    if (caller?.role !== 'EVALUATOR') return Promise.resolve(null);
    return context.loaders.get('kipp:evaluator', () =>
      one<{ user_id: string; display_name: string; agency_id: string | null; panel: 'TE' | 'TPI' }>(
        this.dataSource,
        `SELECT * FROM kipp.evaluator_profiles WHERE user_id = $1`,
        [caller.userId],
      ).then((row) => (row ? { userId: row.user_id, displayName: row.display_name, agencyId: row.agency_id, panel: row.panel } : null)),
    );
  }

  /** The caller's Tim Evaluasi / panel appointments, per competition, newest competition first; read once per request. */
  memberships(context: SubgraphContext): Promise<PanelMembership[]> {
    const caller = context.caller;
    if (caller?.role !== 'EVALUATOR') return Promise.resolve([]);
    return context.loaders.get('kipp:memberships', () =>
      rows<{ competition_id: string; panel: 'TE' | 'TPI' }>(
        this.dataSource,
        `SELECT m.competition_id, m.panel FROM kipp.panel_members m JOIN kipp.competitions c ON c.id = m.competition_id WHERE m.user_id = $1 ORDER BY c.year DESC`,
        [caller.userId],
      ).then((found) => found.map((row) => ({ competitionId: row.competition_id, panel: row.panel }))),
    );
  }

  /** The caller's team in one competition, or null when not appointed to it. */
  async panelIn(context: SubgraphContext, competitionId: string): Promise<'TE' | 'TPI' | null> {
    return (await this.memberships(context)).find((membership) => membership.competitionId === competitionId)?.panel ?? null;
  }

  /** The evaluator's KIPP profile when appointed to the competition's team (`panel` when given), or FORBIDDEN. */
  async requireEvaluator(context: SubgraphContext, competitionId: string, panel?: 'TE' | 'TPI'): Promise<EvaluatorProfile> {
    requireSignedIn(context.caller);
    const [profile, member] = await Promise.all([this.evaluatorProfile(context), this.panelIn(context, competitionId)]);
    if (!profile || !member)
      throw forbidden(
        'Only members of this competition’s Tim Evaluasi or panel may do this.',
        'Hanya anggota Tim Evaluasi atau panel kompetisi ini yang dapat melakukan ini.',
      );
    if (panel && member !== panel) {
      throw forbidden(
        `Only ${panel === 'TE' ? 'Tim Evaluasi' : 'independent panel (TPI)'} members may do this.`,
        `Hanya anggota ${panel === 'TE' ? 'Tim Evaluasi' : 'Tim Panel Independen (TPI)'} yang dapat melakukan ini.`,
      );
    }
    return { ...profile, panel: member };
  }

  /** FORBIDDEN unless the caller is the national admin or a local admin of `agencyId`. */
  async requireAgencyAdmin(context: SubgraphContext, agencyId: string): Promise<void> {
    if (!context.caller) throw unauthenticated();
    if (context.caller.role === 'NATIONAL_ADMIN') return;
    if (!(await this.localAdminAgencies(context)).includes(agencyId)) {
      throw forbidden("Only the agency's local admin may do this.", 'Hanya admin lokal instansi yang dapat melakukan ini.');
    }
  }

  /**
   * FORBIDDEN unless the caller is the national admin, or a local admin of the draft's agency and its
   * desk shared it: a local admin acts on a draft only once it is shared.
   */
  async requireSharedDraftAdmin(context: SubgraphContext, draft: { agency_id: string; shared_with_admin: boolean }): Promise<void> {
    await this.requireAgencyAdmin(context, draft.agency_id);
    if (context.caller?.role === 'NATIONAL_ADMIN' || draft.shared_with_admin) return;
    throw new SimpulError(
      'FORBIDDEN',
      { en: 'The desk has not shared this draft with you yet.', id: 'Desk belum membagikan draf ini kepada Anda.' },
      'id',
    );
  }

  async proposalScope(context: SubgraphContext): Promise<ProposalScope> {
    const caller = context.caller;
    if (caller?.role === 'NATIONAL_ADMIN') return { kind: 'all' };
    const [agencyIds, memberships] = await Promise.all([this.localAdminAgencies(context), this.memberships(context)]);
    return {
      kind: 'own',
      unitId: caller?.role === 'UNIT_DESK' ? caller.serviceUnitId : null,
      agencyIds,
      evaluatorId: caller?.role === 'EVALUATOR' ? caller.userId : null,
      panelCompetitionIds: memberships.filter((membership) => membership.panel === 'TPI').map((membership) => membership.competitionId),
    };
  }

  /** A SQL condition on proposal alias `p` for the scope, with its parameters starting at `$start`. */
  scopeCondition(scope: ProposalScope, start: number): { sql: string; params: unknown[] } {
    if (scope.kind === 'all') return { sql: 'true', params: [] };
    return {
      // A local admin's agency reach stops at drafts its desks have not shared yet.
      sql: `(p.service_unit_id = $${start}::uuid
        OR (p.agency_id = ANY($${start + 1}::uuid[]) AND (p.status <> 'DRAFT' OR p.shared_with_admin))
        OR EXISTS (SELECT 1 FROM kipp.assignments a WHERE a.proposal_id = p.id AND a.evaluator_id = $${start + 2}::uuid)
        OR (p.competition_id = ANY($${start + 3}::uuid[]) AND p.status IN ('TOP99', 'TOP45', 'DISQUALIFIED')))`,
      params: [scope.unitId, scope.agencyIds, scope.evaluatorId, scope.panelCompetitionIds],
    };
  }

  /** The registry's facts about the desk's own unit. */
  async deskUnit(context: SubgraphContext): Promise<UnitFacts> {
    const caller = context.caller;
    requireSignedIn(caller);
    if (caller.role !== 'UNIT_DESK' || !caller.serviceUnitId)
      throw forbidden('Only a unit desk drafts proposals for its unit.', 'Hanya desk unit yang menyusun proposal untuk unitnya.');
    const unitId = caller.serviceUnitId;
    const facts = (await this.directory.units([unitId], context)).get(unitId);
    if (!facts) throw forbidden('Your unit is not in the registry.', 'Unit Anda tidak terdaftar di registri.');
    return facts;
  }
}
