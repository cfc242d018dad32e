import { DataSource, type DataSourceOptions, type EntityManager } from 'typeorm';
import { stableId, SystemClock, rows } from '@simpul/service-kit';
import { publishToCatalogue } from '../catalogue/catalogue-publisher';
import { DEFAULT_RULES } from '../competitions/eligibility-rules';
import { CompetitionGroup } from '../competitions/group.enum';
import { defaultRubrics } from '../competitions/rubric.model';
import { STAGE_NAMES } from '../competitions/stage-names';
import { SCORED_STAGES, Stage, STAGE_ORDER } from '../competitions/stage.enum';
import { PROPOSAL_COLUMNS, type ProposalRow } from '../proposals/proposal.row';
import { ADMIN_CHECKLIST } from '../selection/admin-checklist';
import { DEMO_INNOVATIONS, demoInnovationRows, innovationId } from './demo-catalogue';
import {
  CALENDAR_2023,
  CATEGORIES,
  competitionId,
  demoProposals,
  demoScores,
  fieldVerificationCalendar,
  openCalendar,
  proposalId,
  sectionsFor,
  TE_MEMBERS,
  TPI_MEMBERS,
  type DemoProposal,
} from './demo-competition';
import { agencyId, DEMO_UNITS, DEMO_USERS, unitId, userId } from './demo-registry';

/**
 * Reference data for 3T areas. Perpres 63/2020 lists the daerah tertinggal by kabupaten; until that
 * list is loaded per kabupaten, the provinces where most kabupaten are listed stand for their areas.
 */
const FRONTIER_PROVINCES: Array<[string, string]> = [
  ['53', 'Nusa Tenggara Timur'],
  ['81', 'Maluku'],
  ['82', 'Maluku Utara'],
  ['91', 'Papua'],
  ['92', 'Papua Barat'],
  ['93', 'Papua Selatan'],
  ['94', 'Papua Tengah'],
  ['95', 'Papua Pegunungan'],
  ['96', 'Papua Barat Daya'],
];

async function insert(manager: EntityManager, sql: string, items: unknown[], ...params: unknown[]): Promise<number> {
  if (items.length === 0) return 0;
  return (await rows(manager, sql, [JSON.stringify(items), ...params])).length;
}

const ADMIN_ID = userId(DEMO_USERS.admin);
/** The registry's demo name of the national admin, as the decision trail shows it. */
const ADMIN_NAME = 'Admin Nasional KemenPAN-RB';
const at = (date: string, hour = 10) => `${date}T${String(hour).padStart(2, '0')}:00:00+07:00`;

async function insertCompetition(
  manager: EntityManager,
  year: number,
  title: string,
  calendar: Record<Stage, [string, string]>,
  decided: boolean | ((stage: Stage) => boolean),
): Promise<boolean> {
  const id = competitionId(year);
  const created = await rows(
    manager,
    `INSERT INTO kipp.competitions (id, year, title, groups, categories, rules, created_by, origin) VALUES ($1, $2, $3, $4, $5, $6, $7, 'DEMO') ON CONFLICT DO NOTHING RETURNING 1`,
    [id, year, title, Object.values(CompetitionGroup), CATEGORIES, JSON.stringify(DEFAULT_RULES), ADMIN_ID],
  );
  if (created.length === 0) return false;
  const rubrics = defaultRubrics();
  await insert(
    manager,
    `INSERT INTO kipp.competition_stages (competition_id, stage, position, opens_on, closes_on, rubrics, decided_at, decided_by, decision_reason)
     SELECT $2, stage, position, opens_on, closes_on, rubrics, decided_at, decided_by, decision_reason
     FROM jsonb_to_recordset($1::jsonb) AS r(stage text, position int, opens_on date, closes_on date, rubrics jsonb, decided_at timestamptz, decided_by uuid, decision_reason text)`,
    STAGE_ORDER.map((stage, position) => {
      const closed = typeof decided === 'function' ? decided(stage) : decided;
      return {
        stage,
        position,
        opens_on: calendar[stage][0],
        closes_on: calendar[stage][1],
        rubrics: SCORED_STAGES.includes(stage) ? rubrics : null,
        decided_at: closed ? at(calendar[stage][1], 16) : null,
        decided_by: closed ? ADMIN_ID : null,
        decision_reason: closed ? `Tahap ${STAGE_NAMES[stage].id} ${year} selesai sesuai jadwal` : null,
      };
    }),
    id,
  );
  return true;
}

function proposalRecord(
  proposal: DemoProposal,
  competition: string,
  status: string,
  createdAt: string,
  submittedAt: string | null,
  createdBy: string,
) {
  return {
    id: proposal.id,
    competition_id: competition,
    service_unit_id: unitId(proposal.unit.key),
    agency_id: agencyId(proposal.unit.agencyKey),
    agency_type: proposal.unit.agencyType,
    region_code: proposal.unit.regionCode,
    province_code: proposal.unit.regionCode.slice(0, 2),
    group_code: proposal.group,
    category: proposal.category,
    title: proposal.title,
    innovation_started_on: proposal.startedOn,
    source_innovation_id: proposal.sourceInnovationId,
    sections: sectionsFor(proposal),
    video_url: `https://video.simpul.test/kipp/${proposal.id}`,
    status,
    shared_with_admin: status !== 'DRAFT' || proposal.index % 2 === 0,
    created_by: createdBy,
    created_at: createdAt,
    submitted_at: submittedAt,
    submitted_by: submittedAt ? ADMIN_ID : null,
  };
}

const PROPOSAL_INSERT = `INSERT INTO kipp.proposals (id, competition_id, service_unit_id, agency_id, agency_type, region_code, province_code, group_code, category, title,
    innovation_started_on, source_innovation_id, sections, video_url, status, shared_with_admin, created_by, created_at, updated_at, submitted_at, submitted_by)
  SELECT id, competition_id, service_unit_id, agency_id, agency_type, region_code, province_code, group_code, category, title, innovation_started_on, source_innovation_id,
    sections, video_url, status, shared_with_admin, created_by, created_at, created_at, submitted_at, submitted_by
  FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, competition_id uuid, service_unit_id uuid, agency_id uuid, agency_type text, region_code text, province_code text,
    group_code text, category text, title text, innovation_started_on date, source_innovation_id uuid, sections jsonb, video_url text, status text,
    shared_with_admin boolean, created_by uuid, created_at timestamptz, submitted_at timestamptz, submitted_by uuid)
  ON CONFLICT DO NOTHING RETURNING 1`;

/** The 2023 competition carried through to its Top 45, written as the funnel would have left it. */
async function seed2023(manager: EntityManager): Promise<Record<string, number>> {
  const year = 2023;
  const id = competitionId(year);
  if (!(await insertCompetition(manager, year, 'Kompetisi Inovasi Pelayanan Publik 2023', CALENDAR_2023, true))) return {};
  const proposals = demoProposals(year);
  // Keep every agency within its quota, as submission would have.
  const used = new Map<string, number>();
  for (const proposal of proposals) {
    if (!proposal.submitted) continue;
    const key = `${proposal.unit.agencyKey}:${proposal.group}`;
    const quota = DEFAULT_RULES.groups.find((rule) => rule.group === CompetitionGroup[proposal.group])?.quotaPerAgency ?? Infinity;
    const count = used.get(key) ?? 0;
    if (count >= quota) {
      proposal.submitted = false;
      proposal.adminPassed = false;
    } else used.set(key, count + 1);
  }
  const deskOf = (proposal: DemoProposal) => userId(`desk.${proposal.unit.key}@simpul.test`);
  const passed = proposals.filter((proposal) => proposal.adminPassed);

  // Tim Evaluasi: three members each, least loaded first.
  const loads = new Map(TE_MEMBERS.map((member) => [member.email, 0]));
  const assignments = passed.map((proposal) => {
    const chosen = [...TE_MEMBERS]
      .sort((a, b) => (loads.get(a.email) ?? 0) - (loads.get(b.email) ?? 0) || a.email.localeCompare(b.email))
      .slice(0, 3);
    for (const member of chosen) loads.set(member.email, (loads.get(member.email) ?? 0) + 1);
    return { proposal, members: chosen };
  });
  const deskScores = assignments.flatMap(({ proposal, members }) =>
    members.map((member) => ({ proposal, member, ...demoScores(proposal, member.email, Stage.DESK_ASSESSMENT) })),
  );
  const aggregateOf = (totals: number[]) => {
    const sorted = [...totals].sort((a, b) => a - b);
    const trimmed = sorted.length >= 3 ? sorted.slice(1, -1) : sorted;
    return Math.round((trimmed.reduce((sum, value) => sum + value, 0) / trimmed.length) * 100) / 100;
  };
  const deskRank = passed
    .map((proposal) => ({
      proposal,
      value: aggregateOf(deskScores.filter((score) => score.proposal.id === proposal.id).map((score) => score.total)),
    }))
    .sort((a, b) => b.value - a.value || a.proposal.id.localeCompare(b.proposal.id));
  const top99 = deskRank.slice(0, DEFAULT_RULES.top99Size);
  const disqualified = top99[60]?.proposal;
  const finalists = top99.filter((row) => row.proposal !== disqualified);
  const presentationScores = finalists.flatMap(({ proposal }) =>
    TPI_MEMBERS.slice(0, 3).map((member) => ({ proposal, member, ...demoScores(proposal, member.email, Stage.PRESENTATION) })),
  );
  const presentationRank = finalists
    .map(({ proposal }) => ({
      proposal,
      value: aggregateOf(presentationScores.filter((score) => score.proposal.id === proposal.id).map((score) => score.total)),
    }))
    .sort((a, b) => b.value - a.value || a.proposal.id.localeCompare(b.proposal.id));
  const top45 = presentationRank.slice(0, DEFAULT_RULES.top45Size);
  const top45Ids = new Set(top45.map((row) => row.proposal.id));
  const statusOf = (proposal: DemoProposal) =>
    !proposal.submitted
      ? 'DRAFT'
      : !proposal.adminPassed
        ? 'ADMIN_FAILED'
        : proposal === disqualified
          ? 'DISQUALIFIED'
          : top45Ids.has(proposal.id)
            ? 'TOP45'
            : top99.some((row) => row.proposal === proposal)
              ? 'TOP99'
              : 'ADMIN_PASSED';

  const counts: Record<string, number> = {};
  counts.proposals = await insert(
    manager,
    PROPOSAL_INSERT,
    proposals.map((proposal) =>
      proposalRecord(
        proposal,
        id,
        statusOf(proposal),
        at(`2023-0${1 + (proposal.index % 3)}-${String(16 + (proposal.index % 12)).padStart(2, '0')}`),
        proposal.submitted ? at('2023-03-30', 15) : null,
        deskOf(proposal),
      ),
    ),
  );
  await insert(
    manager,
    `INSERT INTO kipp.proposal_versions (proposal_id, version, title, sections, saved_by, saved_at)
    SELECT proposal_id, 1, title, sections, saved_by, saved_at FROM jsonb_to_recordset($1::jsonb) AS r(proposal_id uuid, title text, sections jsonb, saved_by uuid, saved_at timestamptz) RETURNING 1`,
    proposals.map((proposal) => ({
      proposal_id: proposal.id,
      title: proposal.title,
      sections: sectionsFor(proposal),
      saved_by: deskOf(proposal),
      saved_at: at('2023-02-01'),
    })),
  );
  await insert(
    manager,
    `INSERT INTO kipp.proposal_attachments (id, proposal_id, kind, file_name, content_type, size_bytes, url, added_by)
    SELECT id, proposal_id, kind, file_name, 'application/pdf', size_bytes, url, added_by FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, proposal_id uuid, kind text, file_name text, size_bytes int, url text, added_by uuid) RETURNING 1`,
    proposals
      .filter((proposal) => proposal.submitted)
      .map((proposal) => ({
        id: stableId('attachment', `${proposal.id}:sk`),
        proposal_id: proposal.id,
        kind: 'SK_INOVASI',
        file_name: 'sk-inovasi.pdf',
        size_bytes: 240_000 + proposal.index,
        url: `https://files.simpul.test/kipp/${proposal.id}/sk-inovasi.pdf`,
        added_by: deskOf(proposal),
      })),
  );
  await insert(
    manager,
    `INSERT INTO kipp.admin_checks (proposal_id, checklist, passed, reason, decided_by, decided_at)
    SELECT proposal_id, checklist, passed, reason, $2, $3 FROM jsonb_to_recordset($1::jsonb) AS r(proposal_id uuid, checklist jsonb, passed boolean, reason text) RETURNING 1`,
    proposals
      .filter((proposal) => proposal.submitted)
      .map((proposal) => ({
        proposal_id: proposal.id,
        passed: proposal.adminPassed,
        checklist: ADMIN_CHECKLIST.map((item) => ({
          code: item.code,
          passed: proposal.adminPassed || item.code !== 'DECREE_ATTACHED',
          note: proposal.adminPassed || item.code !== 'DECREE_ATTACHED' ? null : 'SK inovasi tidak terlampir',
        })),
        reason: proposal.adminPassed ? 'Semua persyaratan administrasi terpenuhi' : 'SK/dasar hukum inovasi tidak terlampir',
      })),
    ADMIN_ID,
    at('2023-04-20'),
  );
  await insert(
    manager,
    `INSERT INTO kipp.assignments (proposal_id, evaluator_id, stage, assigned_by, assigned_at)
    SELECT proposal_id, evaluator_id, 'DESK_ASSESSMENT', $2, $3 FROM jsonb_to_recordset($1::jsonb) AS r(proposal_id uuid, evaluator_id uuid) RETURNING 1`,
    assignments.flatMap(({ proposal, members }) =>
      members.map((member) => ({ proposal_id: proposal.id, evaluator_id: userId(member.email) })),
    ),
    ADMIN_ID,
    at('2023-05-02'),
  );
  counts.scores = await insert(
    manager,
    `INSERT INTO kipp.scores (proposal_id, evaluator_id, stage, rubric_id, criteria, comment, total, scored_at)
    SELECT proposal_id, evaluator_id, stage, rubric_id, criteria, comment, total, scored_at
    FROM jsonb_to_recordset($1::jsonb) AS r(proposal_id uuid, evaluator_id uuid, stage text, rubric_id text, criteria jsonb, comment text, total numeric, scored_at timestamptz) RETURNING 1`,
    [
      ...deskScores.map((score) => ({ ...score, stage: Stage.DESK_ASSESSMENT, scored_at: at('2023-05-30') })),
      ...presentationScores.map((score) => ({ ...score, stage: Stage.PRESENTATION, scored_at: at('2023-08-01') })),
    ].map((score) => ({
      proposal_id: score.proposal.id,
      evaluator_id: userId(score.member.email),
      stage: score.stage,
      rubric_id: score.rubricId,
      criteria: score.criteria,
      comment: score.total >= 85 ? 'Inovasi matang dan berdampak luas.' : 'Dampak baik; data capaian perlu diperkuat.',
      total: score.total,
      scored_at: score.scored_at,
    })),
  );
  await insert(
    manager,
    `INSERT INTO kipp.shortlist_entries (competition_id, proposal_id, tier, rank, score, added_by, reason, added_at)
    SELECT $2, proposal_id, tier, rank, score, $3, reason, added_at FROM jsonb_to_recordset($1::jsonb) AS r(proposal_id uuid, tier text, rank int, score numeric, reason text, added_at timestamptz) RETURNING 1`,
    [
      ...top99.map((row, index) => ({
        proposal_id: row.proposal.id,
        tier: 'TOP99',
        rank: index + 1,
        score: row.value,
        reason: `Peringkat ${index + 1} penilaian Tim Evaluasi`,
        added_at: at('2023-06-20'),
      })),
      ...top45.map((row, index) => ({
        proposal_id: row.proposal.id,
        tier: 'TOP45',
        rank: index + 1,
        score: row.value,
        reason: `Peringkat ${index + 1} presentasi dan wawancara`,
        added_at: at('2023-10-02'),
      })),
    ],
    id,
    ADMIN_ID,
  );
  if (disqualified) {
    await insert(
      manager,
      `INSERT INTO kipp.objections (id, proposal_id, body, contact, client_hash, filed_at, upheld, decision_reason, decided_by, decided_at)
      SELECT id, proposal_id, body, contact, 'seed', filed_at, upheld, decision_reason, $2, decided_at
      FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, proposal_id uuid, body text, contact text, filed_at timestamptz, upheld boolean, decision_reason text, decided_at timestamptz) RETURNING 1`,
      [
        {
          id: stableId('objection', '2023:1'),
          proposal_id: disqualified.id,
          body: 'Inovasi ini baru berjalan beberapa bulan; layanan keliling sebelumnya program pusat, bukan inovasi instansi.',
          contact: null,
          filed_at: at('2023-07-04'),
          upheld: true,
          decision_reason: 'Klarifikasi instansi membenarkan inovasi belum berjalan dua tahun.',
          decided_at: at('2023-07-12'),
        },
        {
          id: stableId('objection', '2023:2'),
          proposal_id: top99[3].proposal.id,
          body: 'Saya ragu layanan ini benar-benar menjangkau desa terpencil seperti yang diklaim.',
          contact: 'warga@contoh.test',
          filed_at: at('2023-07-05'),
          upheld: false,
          decision_reason: 'Data kunjungan dan foto kegiatan menunjukkan layanan berjalan di desa sasaran.',
          decided_at: at('2023-07-12'),
        },
      ],
      ADMIN_ID,
    );
  }
  await insert(
    manager,
    `INSERT INTO kipp.field_verifications (id, proposal_id, verifier_id, panel, visited_on, notes)
    SELECT id, proposal_id, verifier_id, panel, visited_on, notes FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, proposal_id uuid, verifier_id uuid, panel text, visited_on date, notes text) RETURNING 1`,
    top45.flatMap(({ proposal }, index) => [
      {
        id: stableId('verification', `${proposal.id}:tpi`),
        proposal_id: proposal.id,
        verifier_id: userId(TPI_MEMBERS[index % TPI_MEMBERS.length].email),
        panel: 'TPI',
        visited_on: '2023-08-22',
        notes: 'Layanan berjalan sesuai proposal; warga yang ditemui membenarkan manfaatnya.',
      },
      {
        id: stableId('verification', `${proposal.id}:te`),
        proposal_id: proposal.id,
        verifier_id: userId(TE_MEMBERS[index % TE_MEMBERS.length].email),
        panel: 'TE',
        visited_on: '2023-08-22',
        notes: 'Dokumen dan data capaian cocok dengan yang dilaporkan.',
      },
    ]),
  );
  await insert(
    manager,
    `INSERT INTO kipp.decisions (id, competition_id, proposal_id, kind, decided_by, decided_by_name, reason, decided_at)
    SELECT id, $2, proposal_id, kind, $3, '${ADMIN_NAME}', reason, decided_at FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, proposal_id uuid, kind text, reason text, decided_at timestamptz) RETURNING 1`,
    STAGE_ORDER.map((stage) => ({
      id: stableId('decision', `2023:${stage}`),
      proposal_id: null,
      kind: `STAGE_DECIDED:${stage}`,
      reason: `Tahap ${STAGE_NAMES[stage].id} 2023 selesai sesuai jadwal`,
      decided_at: at(CALENDAR_2023[stage][1], 16),
    })),
    id,
    ADMIN_ID,
  );
  await insert(
    manager,
    `INSERT INTO kipp.notifications (id, service_unit_id, proposal_id, kind, message, created_at)
    SELECT id, service_unit_id, proposal_id, kind, message, $2 FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, service_unit_id uuid, proposal_id uuid, kind text, message text) RETURNING 1`,
    proposals
      .filter((proposal) => proposal.submitted)
      .map((proposal) => ({
        id: stableId('notification', `${proposal.id}:admin`),
        service_unit_id: unitId(proposal.unit.key),
        proposal_id: proposal.id,
        kind: proposal.adminPassed ? 'ADMIN_PASSED' : 'ADMIN_FAILED',
        message: proposal.adminPassed
          ? `"${proposal.title}" lolos seleksi administrasi.`
          : `"${proposal.title}" tidak lolos seleksi administrasi: SK/dasar hukum inovasi tidak terlampir`,
      })),
    at('2023-04-28'),
  );

  const load = (ids: string[]) =>
    rows<ProposalRow>(manager, `SELECT ${PROPOSAL_COLUMNS} FROM kipp.proposals p WHERE p.id = ANY($1::uuid[]) ORDER BY p.id`, [ids]);
  await publishToCatalogue(manager, year, await load(finalists.map((row) => row.proposal.id)), 'TOP99');
  await publishToCatalogue(manager, year, await load(top45.map((row) => row.proposal.id)), 'TOP45');
  counts.top45 = top45.length;
  return counts;
}

/** This year's competition with registration open, plus two drafts of the demo desk (one shared with the Kalimantan Selatan local admin). */
async function seedOpenCompetition(manager: EntityManager, today: string): Promise<void> {
  const year = Number(today.slice(0, 4));
  if (!(await insertCompetition(manager, year, `Kompetisi Inovasi Pelayanan Publik ${year}`, openCalendar(today), false))) return;
  const desk = userId(DEMO_USERS.deskSamsatKalsel);
  const unit = { key: 'samsat-63', name: 'SAMSAT Kalimantan Selatan', agencyKey: 'pemprov-63', agencyType: 'PROVINSI', regionCode: '63' };
  const drafts: DemoProposal[] = [
    {
      id: proposalId(year, 0),
      index: 0,
      unit,
      group: 'UMUM',
      category: CATEGORIES[1],
      title: 'E-SAMSAT Banua: Pengesahan STNK Tahunan dari Rumah',
      startedOn: `${year - 3}-02-01`,
      sourceInnovationId: null,
      quality: 90,
      submitted: false,
      adminPassed: false,
    },
    {
      id: proposalId(year, 1),
      index: 1,
      unit,
      group: 'UMUM',
      category: CATEGORIES[0],
      title: 'SAMSAT Jemput Bola Pasar Terapung',
      startedOn: `${year - 1}-06-01`,
      sourceInnovationId: null,
      quality: 80,
      submitted: false,
      adminPassed: false,
    },
  ];
  await insert(
    manager,
    PROPOSAL_INSERT,
    drafts.map((draft, index) => ({
      ...proposalRecord(draft, competitionId(year), 'DRAFT', at(today, 9), null, desk),
      shared_with_admin: index === 0,
    })),
  );
  await insert(
    manager,
    `INSERT INTO kipp.proposal_versions (proposal_id, version, title, sections, saved_by)
    SELECT proposal_id, 1, title, sections, saved_by FROM jsonb_to_recordset($1::jsonb) AS r(proposal_id uuid, title text, sections jsonb, saved_by uuid) RETURNING 1`,
    drafts.map((draft) => ({ proposal_id: draft.id, title: draft.title, sections: sectionsFor(draft), saved_by: desk })),
  );
}

/**
 * Last year's competition, late in its field verification: four Top 99 finalists (from units no other
 * demo story uses), assessed by three Tim Evaluasi members each (te2 among them), presented to three
 * panel members, the first already visited by the panel and the Tim Evaluasi. The demo panel and
 * Tim Evaluasi thus land on field visits to make ("Tugas saya"). Skipped when that year exists.
 */
async function seedFieldVerification(manager: EntityManager, today: string): Promise<void> {
  const year = Number(today.slice(0, 4)) - 1;
  const calendar = fieldVerificationCalendar(today);
  const title = `Kompetisi Inovasi Pelayanan Publik ${year}`;
  if (
    !(await insertCompetition(
      manager,
      year,
      title,
      calendar,
      (stage) => STAGE_ORDER.indexOf(stage) < STAGE_ORDER.indexOf(Stage.FIELD_VERIFICATION),
    ))
  )
    return;
  const id = competitionId(year);
  const finalists: Array<[unitKey: string, title: string, quality: number]> = [
    ['samsat-35', 'Pajak Kendaraan di Kantor Pos Desa', 90],
    ['dpmptsp-33', 'Izin Usaha Mikro Sekali Klik', 86],
    ['samsat-51', 'Bayar Pajak Kendaraan di Balai Banjar', 82],
    ['dpmptsp-73', 'Klinik Investasi Daerah Keliling', 78],
  ];
  const proposals: DemoProposal[] = finalists.map(([unitKey, name, quality], index) => {
    const unit = DEMO_UNITS.find((candidate) => candidate.key === unitKey) as (typeof DEMO_UNITS)[number];
    return {
      id: proposalId(year, index),
      index,
      unit,
      group: 'UMUM',
      category: CATEGORIES[index % 2 === 0 ? 1 : 4],
      title: name,
      startedOn: `${year - 3}-03-01`,
      sourceInnovationId: null,
      quality,
      submitted: true,
      adminPassed: true,
    };
  });
  const deskOf = (proposal: DemoProposal) => userId(`desk.${proposal.unit.key}@simpul.test`);
  await insert(
    manager,
    PROPOSAL_INSERT,
    proposals.map((proposal) =>
      proposalRecord(proposal, id, 'TOP99', at(calendar.REGISTRATION[0]), at(calendar.REGISTRATION[1], 15), deskOf(proposal)),
    ),
  );
  // Three Tim Evaluasi members each, in turn after the PEKPPP evaluator: te2 assesses the first and the last.
  const assessors = proposals.map((proposal, index) => ({
    proposal,
    members: [0, 1, 2].map((k) => TE_MEMBERS[1 + ((index * 3 + k) % (TE_MEMBERS.length - 1))]),
  }));
  await insert(
    manager,
    `INSERT INTO kipp.assignments (proposal_id, evaluator_id, stage, assigned_by, assigned_at)
    SELECT proposal_id, evaluator_id, 'DESK_ASSESSMENT', $2, $3 FROM jsonb_to_recordset($1::jsonb) AS r(proposal_id uuid, evaluator_id uuid) RETURNING 1`,
    assessors.flatMap(({ proposal, members }) =>
      members.map((member) => ({ proposal_id: proposal.id, evaluator_id: userId(member.email) })),
    ),
    ADMIN_ID,
    at(calendar.DESK_ASSESSMENT[0]),
  );
  const scored = [
    ...assessors.flatMap(({ proposal, members }) =>
      members.map((member) => ({
        proposal,
        member,
        stage: Stage.DESK_ASSESSMENT,
        ...demoScores(proposal, member.email, Stage.DESK_ASSESSMENT),
      })),
    ),
    ...proposals.flatMap((proposal) =>
      TPI_MEMBERS.slice(0, 3).map((member) => ({
        proposal,
        member,
        stage: Stage.PRESENTATION,
        ...demoScores(proposal, member.email, Stage.PRESENTATION),
      })),
    ),
  ];
  await insert(
    manager,
    `INSERT INTO kipp.scores (proposal_id, evaluator_id, stage, rubric_id, criteria, comment, total, scored_at)
    SELECT proposal_id, evaluator_id, stage, rubric_id, criteria, comment, total, scored_at
    FROM jsonb_to_recordset($1::jsonb) AS r(proposal_id uuid, evaluator_id uuid, stage text, rubric_id text, criteria jsonb, comment text, total numeric, scored_at timestamptz) RETURNING 1`,
    scored.map((score) => ({
      proposal_id: score.proposal.id,
      evaluator_id: userId(score.member.email),
      stage: score.stage,
      rubric_id: score.rubricId,
      criteria: score.criteria,
      comment: 'Dampak baik dan terukur.',
      total: score.total,
      scored_at: at(calendar[score.stage][0]),
    })),
  );
  await insert(
    manager,
    `INSERT INTO kipp.shortlist_entries (competition_id, proposal_id, tier, rank, added_by, reason, added_at)
    SELECT $2, proposal_id, 'TOP99', rank, $3, reason, $4 FROM jsonb_to_recordset($1::jsonb) AS r(proposal_id uuid, rank int, reason text) RETURNING 1`,
    proposals.map((proposal, index) => ({
      proposal_id: proposal.id,
      rank: index + 1,
      reason: `Peringkat ${index + 1} penilaian Tim Evaluasi`,
    })),
    id,
    ADMIN_ID,
    at(calendar.TOP99_PANEL[1]),
  );
  const first = proposals[0];
  await insert(
    manager,
    `INSERT INTO kipp.field_verifications (id, proposal_id, verifier_id, panel, visited_on, notes)
    SELECT id, proposal_id, verifier_id, panel, visited_on, notes FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, proposal_id uuid, verifier_id uuid, panel text, visited_on date, notes text) RETURNING 1`,
    [
      { panel: 'TPI', email: TPI_MEMBERS[1].email, notes: 'Kantor pos desa melayani pengesahan; warga membenarkan manfaatnya.' },
      { panel: 'TE', email: TE_MEMBERS[2].email, notes: 'Data transaksi cocok dengan yang dilaporkan.' },
    ].map((visit) => ({
      id: stableId('verification', `${first.id}:${visit.panel}`),
      proposal_id: first.id,
      verifier_id: userId(visit.email),
      panel: visit.panel,
      visited_on: calendar.FIELD_VERIFICATION[0],
      notes: visit.notes,
    })),
  );
  const published = await rows<ProposalRow>(
    manager,
    `SELECT ${PROPOSAL_COLUMNS} FROM kipp.proposals p WHERE p.competition_id = $1 ORDER BY p.id`,
    [id],
  );
  await publishToCatalogue(manager, year, published, 'TOP99');
}

/**
 * Loads the 3T reference list and, when `demo`, the demo local admin, the Tim Evaluasi and panel
 * profiles, the earlier catalogue winners, the 2023 competition through its Top 45, this year's
 * open competition and last year's in its field verification. Idempotent (stable ids, insert-if-missing).
 */
export async function seedKipp(
  options: DataSourceOptions,
  { demo, today = new SystemClock().today() }: { demo: boolean; today?: string },
): Promise<Record<string, number>> {
  const dataSource = new DataSource(options);
  await dataSource.initialize();
  try {
    return await dataSource.transaction(async (manager) => {
      const counts: Record<string, number> = {};
      counts.frontierRegions = await insert(
        manager,
        `INSERT INTO kipp.frontier_regions (region_code, name, source) SELECT code, name, $2 FROM jsonb_to_recordset($1::jsonb) AS r(code text, name text) ON CONFLICT DO NOTHING RETURNING 1`,
        FRONTIER_PROVINCES.map(([code, name]) => ({ code, name })),
        'Perpres 63/2020 (daerah tertinggal 2020–2024), diringkas per provinsi',
      );
      if (!demo) return counts;
      counts.localAdmins = await insert(
        manager,
        `INSERT INTO kipp.local_admins (user_id, agency_id, display_name, appointed_by) SELECT user_id, agency_id, display_name, $2 FROM jsonb_to_recordset($1::jsonb) AS r(user_id uuid, agency_id uuid, display_name text) ON CONFLICT DO NOTHING RETURNING 1`,
        [
          {
            user_id: userId(DEMO_USERS.localAdminKalsel),
            agency_id: agencyId('pemprov-63'),
            display_name: 'Admin Lokal KIPP Pemprov Kalimantan Selatan',
          },
        ],
        ADMIN_ID,
      );
      counts.evaluators = await insert(
        manager,
        `INSERT INTO kipp.evaluator_profiles (user_id, display_name, agency_id, panel) SELECT user_id, display_name, agency_id, panel FROM jsonb_to_recordset($1::jsonb) AS r(user_id uuid, display_name text, agency_id uuid, panel text) ON CONFLICT DO NOTHING RETURNING 1`,
        [...TE_MEMBERS.map((member) => ({ ...member, panel: 'TE' })), ...TPI_MEMBERS.map((member) => ({ ...member, panel: 'TPI' }))].map(
          (member) => ({
            user_id: userId(member.email),
            display_name: member.name,
            agency_id: member.agencyKey ? agencyId(member.agencyKey) : null,
            panel: member.panel,
          }),
        ),
      );
      counts.innovations = await insert(
        manager,
        `INSERT INTO kipp.innovations (id, title, summary, service_unit_id, agency_id, agency_type, region_code, province_code, category, group_code, first_year, latest_year, award, replicates_id, status, status_reason, origin)
         SELECT id, title, summary, service_unit_id, agency_id, agency_type, region_code, province_code, category, group_code, first_year, latest_year, award, replicates_id, status, status_reason, 'DEMO'
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, title text, summary text, service_unit_id uuid, agency_id uuid, agency_type text, region_code text, province_code text, category text,
           group_code text, first_year int, latest_year int, award text, replicates_id uuid, status text, status_reason text)
         ORDER BY replicates_id NULLS FIRST ON CONFLICT DO NOTHING RETURNING 1`,
        demoInnovationRows(),
      );
      await insert(
        manager,
        `INSERT INTO kipp.innovation_entries (innovation_id, year, group_code, award) SELECT innovation_id, year, group_code, award FROM jsonb_to_recordset($1::jsonb) AS r(innovation_id uuid, year int, group_code text, award text) ON CONFLICT DO NOTHING RETURNING 1`,
        DEMO_INNOVATIONS.flatMap((innovation) =>
          innovation.entries.map(([year, award]) => ({
            innovation_id: innovationId(innovation.key),
            year,
            group_code: innovation.group,
            award,
          })),
        ),
      );
      Object.assign(counts, await seed2023(manager));
      await seedOpenCompetition(manager, today);
      await seedFieldVerification(manager, today);
      // The demo Tim Evaluasi and panel sit on every demo competition.
      counts.panelMembers = (
        await rows(
          manager,
          `INSERT INTO kipp.panel_members (competition_id, user_id, panel, appointed_by, appointed_at)
        SELECT c.id, e.user_id, e.panel, $1, c.created_at FROM kipp.competitions c CROSS JOIN kipp.evaluator_profiles e ON CONFLICT DO NOTHING RETURNING 1`,
          [ADMIN_ID],
        )
      ).length;
      // Last year's status check: most owners answered, some did not.
      await insert(
        manager,
        `INSERT INTO kipp.status_checks (innovation_id, year, asked_at, answered_at, status, reason) SELECT innovation_id, $2, $3, answered_at, status, reason
        FROM jsonb_to_recordset($1::jsonb) AS r(innovation_id uuid, answered_at timestamptz, status text, reason text) ON CONFLICT DO NOTHING RETURNING 1`,
        DEMO_INNOVATIONS.map((innovation) => ({
          innovation_id: innovationId(innovation.key),
          answered_at: innovation.status ? at('2024-02-10') : null,
          status: innovation.status?.[0] ?? null,
          reason: innovation.status?.[1] ?? null,
        })),
        2024,
        at('2024-01-15'),
      );
      return counts;
    });
  } finally {
    await dataSource.destroy();
  }
}
