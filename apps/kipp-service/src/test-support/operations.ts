import type { Identity } from '@simpul/contracts';
import { STAGE_ORDER } from '../competitions/stage.enum';
import { openCalendar } from '../seed/demo-competition';
import { dataOf, type KippHarness } from './kipp-test-app';

export const CREATE_COMPETITION = `mutation($input: KippCreateCompetitionInput!) { createCompetition(input: $input) { id year rules { top99Size groups { group quotaPerAgency } } stages { stage opensOn closesOn } } }`;
export const CREATE_PROPOSAL = `mutation($input: CreateProposalInput!) { createProposal(input: $input) { id status version agencyType in3tRegion } }`;
export const SAVE_PROPOSAL = `mutation($input: SaveProposalInput!) { saveProposal(input: $input) { id version sections { summary novelty } } }`;
export const SHARE = `mutation($id: ID!) { shareProposal(id: $id) { id sharedWithAdmin } }`;
export const SUBMIT = `mutation($id: ID!) { submitProposal(id: $id) { id status submittedAt } }`;
export const ADMIN_CHECK = `mutation($input: AdministrativeCheckInput!) { recordAdministrativeCheck(input: $input) { passed } }`;
export const DECIDE_STAGE = `mutation($id: ID!, $stage: KippStage!, $reason: String!) { decideStage(competitionId: $id, stage: $stage, reason: $reason) { stage decidedAt } }`;
export const SCORE = `mutation($input: ScoreInput!) { submitScore(input: $input) { total outlier } }`;

export const FULL_SECTIONS = {
  summary: 'Layanan pajak kendaraan dibawa ke desa-desa di tepian sungai dengan kapal.',
  backgroundAndGoals: 'Warga harus menyeberang jauh untuk membayar pajak kendaraan.',
  novelty: 'Kapal layanan dengan pembayaran nontunai.',
  implementation: 'Uji coba tiga bulan di enam desa.',
  significance: 'Kepatuhan pajak naik 20 persen.',
  adaptability: 'Mudah ditiru kabupaten bersungai.',
  resources: 'Petugas bergilir dan kapal dinas.',
  sustainability: 'Masuk anggaran rutin.',
};

export const UMUM_CRITERIA = ['KEBARUAN', 'IMPLEMENTASI', 'SIGNIFIKANSI', 'ADAPTABILITAS', 'SUMBER_DAYA', 'KEBERLANJUTAN'];

export function scores(values: number[]) {
  return UMUM_CRITERIA.map((code, index) => ({
    code,
    score: values[index % values.length],
    comment: index === 0 ? 'Kebaruan jelas.' : null,
  }));
}

export const checklist = (passed = true) =>
  ['FORM_COMPLETE', 'SECTIONS_RELEVANT', 'DECREE_ATTACHED', 'EVIDENCE_ATTACHED', 'VIDEO_VALID', 'NOT_DUPLICATE'].map((code) => ({
    code,
    passed: passed || code !== 'DECREE_ATTACHED',
  }));

/** A competition for `year` whose registration is open on `today`. */
export async function createOpenCompetition(
  kipp: KippHarness,
  admin: Identity,
  year: number,
  today: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const calendar = openCalendar(today);
  const { createCompetition } = dataOf(
    await kipp.graphql<{ createCompetition: { id: string } }>(
      CREATE_COMPETITION,
      {
        input: {
          year,
          title: `KIPP uji ${year}`,
          categories: ['Pelayanan Publik Digital', 'Kesehatan'],
          stages: STAGE_ORDER.map((stage) => ({ stage, opensOn: calendar[stage][0], closesOn: calendar[stage][1] })),
          ...extra,
        },
      },
      { caller: admin },
    ),
  );
  return createCompetition.id;
}

export function evaluatorIdentity(userId: string): Identity {
  return { userId, email: `${userId}@simpul.test`, displayName: 'TE', role: 'EVALUATOR', serviceUnitId: null, mallId: null };
}
