import { createHash } from 'node:crypto';
import { DataSource, type DataSourceOptions, type EntityManager } from 'typeorm';
import { krejcieMorganSampleSize, seededRandom } from '@simpul/scoring';
import { stableId, wibDate } from '@simpul/service-kit';
import { RollupDelta } from '../results/rollup-writer';
import { defaultElements, type StoredElement } from '../surveys/survey-elements';
import { periodRange, SkmPeriodKind } from '../surveys/survey-period';
import { demoAnswerGenerator } from './demo-answers';
import { BANJARMASIN_MALL_ID, BURST_DESK, DEMO_DESKS, TOO_FEW_DESK, DEMO_UNITS, deskId, serviceId, surveyId, unitId } from './demo-keys';
import { readProvinces } from './provinces';

interface DemoSurvey {
  key: string;
  unitKey: string;
  title: string;
  serviceUnitId: string;
  mallId: string | null;
  deskId: string | null;
  kind: SkmPeriodKind;
  year: number;
  number: number;
  elements: StoredElement[];
  expectedUsers: number;
  quality: number;
  respondents: number;
  services: string[];
}

/** RSUD dr. Doris Sylvanus adds a tenth element (PermenPANRB 14/2017 allows it), ten equal weights. */
function rsudElements(): StoredElement[] {
  return [...defaultElements(), { code: 'U10', name: 'Kebersihan dan kenyamanan ruang tunggu', weight: '1/10', required: true }].map(
    (element) => ({ ...element, weight: '1/10' }),
  );
}

function hash(key: string): number {
  return createHash('sha1').update(key).digest().readUInt32BE(0);
}

/** The last four quarters up to and including the current one. */
function lastQuarters(today: string): { year: number; number: number }[] {
  let year = Number(today.slice(0, 4));
  let number = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const quarters: { year: number; number: number }[] = [];
  for (let i = 0; i < 4; i += 1) {
    quarters.unshift({ year, number });
    number -= 1;
    if (number === 0) {
      number = 4;
      year -= 1;
    }
  }
  return quarters;
}

function demoSurveys(today: string): DemoSurvey[] {
  const year = Number(today.slice(0, 4));
  const surveys: DemoSurvey[] = [];
  for (const unit of DEMO_UNITS) {
    for (const q of lastQuarters(today)) {
      const key = `${unit.key}:Q${q.number}-${q.year}`;
      surveys.push({
        key,
        unitKey: unit.key,
        title: `SKM Triwulan ${q.number} ${q.year}`,
        serviceUnitId: unitId(unit.key),
        mallId: null,
        deskId: null,
        kind: SkmPeriodKind.QUARTER,
        year: q.year,
        number: q.number,
        elements: unit.key === 'rsud-doris-sylvanus' ? rsudElements() : defaultElements(),
        // Respondents just above the Krejcie–Morgan sample: a completed quarter is a sound headline IKM.
        expectedUsers: 1500 + (hash(key) % 4000),
        quality: unit.quality + ((hash(key) % 20) - 10) / 100,
        respondents: krejcieMorganSampleSize(1500 + (hash(key) % 4000)) + (hash(`${key}:n`) % 60),
        services: unit.services,
      });
    }
  }
  const known = new Set(DEMO_UNITS.map((unit) => unit.key));
  for (const province of readProvinces()) {
    for (const kind of ['samsat', 'dpmptsp']) {
      const unitKey = `${kind}-${province.code}`;
      if (known.has(unitKey)) continue;
      const key = `${unitKey}:Y-${year}`;
      surveys.push({
        key,
        unitKey,
        title: `SKM Tahun ${year}`,
        serviceUnitId: unitId(unitKey),
        mallId: null,
        deskId: null,
        kind: SkmPeriodKind.YEAR,
        year,
        number: 1,
        elements: defaultElements(),
        expectedUsers: 8000 + (hash(key) % 20000),
        quality: 2.55 + (hash(key) % 100) / 100,
        respondents: 60 + (hash(key) % 120),
        services: [],
      });
    }
  }
  // Each desk: last year's completed survey (the headline IKM of the operator's dashboard) and this year's, running.
  for (const desk of DEMO_DESKS) {
    for (const surveyYear of [year - 1, year]) {
      const key = `desk-${desk.number}:Y-${surveyYear}`;
      const unit = DEMO_UNITS.find((u) => u.key === desk.unitKey);
      surveys.push({
        key,
        unitKey: desk.unitKey,
        title: `SKM Gerai ${desk.number} MPP Kota Banjarmasin ${surveyYear}`,
        serviceUnitId: unitId(desk.unitKey),
        mallId: BANJARMASIN_MALL_ID,
        deskId: deskId(desk.number),
        kind: SkmPeriodKind.YEAR,
        year: surveyYear,
        number: 1,
        elements: defaultElements(),
        expectedUsers: desk.expectedUsers,
        // Last year every desk but the short one (8) met its sample.
        quality: desk.quality + (surveyYear < year ? -0.05 : 0),
        services: unit?.services ?? [],
        respondents:
          surveyYear < year && desk.number !== TOO_FEW_DESK ? krejcieMorganSampleSize(desk.expectedUsers) + 25 : desk.respondents,
      });
    }
  }
  return surveys;
}

interface Row {
  id: string;
  surveyId: string;
  channel: string;
  submissionId: string | null;
  deviceKey: string | null;
  answeredAt: Date;
  answers: number[];
  ageBand: string;
  sex: string;
  education: string;
  occupation: string;
  serviceId: string | null;
  flags: string[];
  review: string;
}

async function insertResponses(manager: EntityManager, rows: Row[], now: Date): Promise<void> {
  for (let i = 0; i < rows.length; i += 5000) {
    const chunk = rows.slice(i, i + 5000);
    await manager.query(
      `INSERT INTO skm.responses (id, survey_id, channel, submission_id, device_key, submitted_at, answered_at, answers, age_band, sex, education, occupation, service_id, flags, review)
       SELECT id, survey_id, channel, submission_id, device_key, $14, answered_at, answers::smallint[], age_band, sex, education, occupation, service_id, flags::text[], review
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::text[], $6::timestamptz[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::uuid[], $13::text[], $15::text[])
         AS t(id, survey_id, channel, submission_id, device_key, answered_at, answers, age_band, sex, education, occupation, service_id, flags, review)
       ON CONFLICT (id) DO NOTHING`,
      [
        chunk.map((r) => r.id),
        chunk.map((r) => r.surveyId),
        chunk.map((r) => r.channel),
        chunk.map((r) => r.submissionId),
        chunk.map((r) => r.deviceKey),
        chunk.map((r) => r.answeredAt),
        chunk.map((r) => `{${r.answers.join(',')}}`),
        chunk.map((r) => r.ageBand),
        chunk.map((r) => r.sex),
        chunk.map((r) => r.education),
        chunk.map((r) => r.occupation),
        chunk.map((r) => r.serviceId),
        chunk.map((r) => `{${r.flags.join(',')}}`),
        now,
        chunk.map((r) => r.review),
      ],
    );
  }
}

/**
 * Demo SKM data: a year of quarterly surveys for the Kalimantan demo units, this year's survey for
 * every province's Samsat and DPMPTSP, and the MPP Kota Banjarmasin desks (desk 8 short of its
 * sample, desk 7 with a flagged burst from one device), some answers already excluded, and
 * follow-up plans in every state. Idempotent: surveys have stable ids, and a survey that exists
 * gets nothing added.
 */
export async function seedSkm(options: DataSourceOptions, now: Date = new Date()): Promise<Record<string, number>> {
  const dataSource = new DataSource(options);
  await dataSource.initialize();
  const today = wibDate(now);
  try {
    return await dataSource.transaction(async (manager) => {
      const surveys = demoSurveys(today);
      const created = await manager.query<{ id: string }[]>(
        `INSERT INTO skm.surveys (id, public_code, title, service_unit_id, mall_id, desk_id, period_kind, period_year, period_number, starts_on, ends_on, elements, expected_users, opens_at, closes_at, origin)
         SELECT id, public_code, title, service_unit_id, mall_id, desk_id, period_kind, period_year, period_number, starts_on, ends_on, elements, expected_users, '08:00', '16:00', 'DEMO'
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, public_code text, title text, service_unit_id uuid, mall_id uuid, desk_id uuid, period_kind text, period_year int,
           period_number int, starts_on date, ends_on date, elements jsonb, expected_users int)
         ON CONFLICT DO NOTHING RETURNING id`,
        [
          JSON.stringify(
            surveys.map((s) => {
              const range = periodRange(s.kind, s.year, s.number);
              return {
                id: surveyId(s.key),
                public_code: createHash('sha1').update(`skm:${s.key}`).digest('base64url').slice(0, 11),
                title: s.title,
                service_unit_id: s.serviceUnitId,
                mall_id: s.mallId,
                desk_id: s.deskId,
                period_kind: s.kind,
                period_year: s.year,
                period_number: s.number,
                starts_on: range.startsOn,
                ends_on: range.endsOn,
                elements: s.elements,
                expected_users: s.expectedUsers,
              };
            }),
          ),
        ],
      );
      // Surveys an earlier seed wrote before origins were stored: their generated answers are demo data.
      await manager.query(`UPDATE skm.surveys SET origin = 'DEMO' WHERE id = ANY($1::uuid[]) AND origin <> 'DEMO'`, [
        surveys.map((s) => surveyId(s.key)),
      ]);
      const fresh = new Set(created.map((row) => row.id));
      const rows: Row[] = [];
      const delta = new RollupDelta();
      const exclusions = new RollupDelta();
      for (const survey of surveys) {
        const id = surveyId(survey.key);
        if (!fresh.has(id)) continue;
        const range = periodRange(survey.kind, survey.year, survey.number);
        const lastDay = range.endsOn < today ? range.endsOn : today;
        const start = Date.parse(`${range.startsOn}T00:00:00+07:00`);
        const span = Math.max(1, Math.round((Date.parse(`${lastDay}T00:00:00+07:00`) - start) / 86_400_000) + 1);
        // A period still running has answers so far, in proportion.
        const fullSpan = Math.round((Date.parse(`${range.endsOn}T00:00:00+07:00`) - start) / 86_400_000) + 1;
        const count = Math.max(
          survey.deskId && survey.respondents < 100 ? survey.respondents : 30,
          Math.round((survey.respondents * span) / fullSpan),
        );
        const next = demoAnswerGenerator(hash(survey.key), survey.quality, survey.elements.length);
        const random = seededRandom(hash(`${survey.key}:time`));
        for (let i = 0; i < count; i += 1) {
          const answer = next();
          const minutes = 8 * 60 + Math.floor(random() * 7 * 60);
          const answeredAt = new Date(start + Math.floor(random() * span) * 86_400_000 + minutes * 60_000);
          const service = survey.services.length ? serviceId(survey.unitKey, survey.services[i % survey.services.length]) : null;
          const row: Row = {
            id: stableId('skm-response', `${survey.key}:${i}`),
            surveyId: id,
            channel: survey.deskId ? (i % 3 === 0 ? 'QR' : 'KIOSK') : i % 4 === 0 ? 'LINK' : 'QR',
            submissionId: null,
            deviceKey: null,
            answeredAt,
            ...answer,
            serviceId: service,
            flags: [],
            review: 'NONE',
          };
          rows.push(row);
          delta.add({ ...row, day: wibDate(answeredAt) });
        }
      }
      const burstSurvey = surveyId(`desk-${BURST_DESK}:Y-${today.slice(0, 4)}`);
      if (fresh.has(burstSurvey)) {
        // Eight answers in 80 seconds from one kiosk this morning: all fours, the last five flagged.
        const at = Date.parse(`${today}T09:30:00+07:00`);
        for (let i = 0; i < 8; i += 1) {
          const flags = i >= 3 ? ['BURST', 'STRAIGHT_LINING'] : ['STRAIGHT_LINING'];
          const row: Row = {
            id: stableId('skm-response', `burst:${i}`),
            surveyId: burstSurvey,
            channel: 'KIOSK',
            submissionId: stableId('skm-submission', `burst:${i}`),
            deviceKey: 'demo-burst-kiosk',
            answeredAt: new Date(at + i * 10_000),
            answers: Array<number>(9).fill(4),
            ageBand: 'AGE_20_29',
            sex: 'MALE',
            education: 'SMA',
            occupation: 'OTHER',
            serviceId: null,
            flags,
            review: 'PENDING',
          };
          rows.push(row);
          delta.add({ ...row, day: today });
        }
      }
      const excludedSurvey = surveyId(`samsat-63:Q${lastQuarters(today)[2].number}-${lastQuarters(today)[2].year}`);
      if (fresh.has(excludedSurvey)) {
        // Answers entered after closing time that an admin already excluded: not in the rollups, counted as exclusions.
        const survey = surveys.find((s) => surveyId(s.key) === excludedSurvey) as DemoSurvey;
        const start = Date.parse(`${periodRange(survey.kind, survey.year, survey.number).startsOn}T22:10:00+07:00`);
        for (let i = 0; i < 3; i += 1) {
          const row: Row = {
            id: stableId('skm-response', `excluded:${i}`),
            surveyId: excludedSurvey,
            channel: 'QR',
            submissionId: null,
            deviceKey: null,
            answeredAt: new Date(start + i * 86_400_000),
            answers: Array<number>(9).fill(1),
            ageBand: 'AGE_30_39',
            sex: 'FEMALE',
            education: 'SMA',
            occupation: 'OTHER',
            serviceId: null,
            flags: ['OUTSIDE_HOURS', 'STRAIGHT_LINING'],
            review: 'EXCLUDED',
          };
          rows.push(row);
          exclusions.exclude({ ...row, day: wibDate(row.answeredAt) }, row.flags);
          exclusions.add({ ...row, day: wibDate(row.answeredAt) });
        }
      }
      await insertResponses(manager, rows, now);
      await delta.flush(manager);
      await exclusions.flush(manager);

      // Follow-up plans on the weak elements (U3 waiting time, U9 complaints) of last quarter, in every state.
      const followUps: unknown[] = [];
      const statuses = ['DONE', 'IN_PROGRESS', 'PLANNED', 'CANCELLED'];
      DEMO_UNITS.forEach((unit, u) => {
        const q = lastQuarters(today)[2];
        const id = surveyId(`${unit.key}:Q${q.number}-${q.year}`);
        if (!fresh.has(id)) return;
        const due = periodRange(SkmPeriodKind.QUARTER, lastQuarters(today)[3].year, lastQuarters(today)[3].number).endsOn;
        followUps.push(
          {
            id: stableId('skm-follow-up', `${unit.key}:U3`),
            survey_id: id,
            element_code: 'U3',
            action: 'Menambah petugas loket pada jam sibuk (09.00–11.00) dan menampilkan nomor antrean daring.',
            owner: 'Kepala Subbagian Pelayanan',
            due_on: due,
            status: statuses[u % 4],
            outcome: statuses[u % 4] === 'DONE' ? 'Rata-rata waktu tunggu turun dari 48 menjadi 22 menit.' : null,
          },
          {
            id: stableId('skm-follow-up', `${unit.key}:U9`),
            survey_id: id,
            element_code: 'U9',
            action: 'Menyediakan kanal pengaduan SP4N-LAPOR! di loket dan membalas setiap aduan dalam 5 hari kerja.',
            owner: 'Pengelola Pengaduan',
            due_on: due,
            status: statuses[(u + 1) % 4],
            outcome: statuses[(u + 1) % 4] === 'DONE' ? 'Semua aduan triwulan ini dibalas rata-rata 3 hari kerja.' : null,
          },
        );
      });
      const plans = followUps.length
        ? (
            await manager.query<unknown[]>(
              `INSERT INTO skm.follow_ups (id, survey_id, element_code, action, owner, due_on, status, outcome)
         SELECT id, survey_id, element_code, action, owner, due_on, status, outcome FROM jsonb_to_recordset($1::jsonb)
           AS r(id uuid, survey_id uuid, element_code text, action text, owner text, due_on date, status text, outcome text)
         ON CONFLICT (id) DO NOTHING RETURNING 1`,
              [JSON.stringify(followUps)],
            )
          ).length
        : 0;
      return { surveys: created.length, responses: rows.length, follow_ups: plans };
    });
  } finally {
    await dataSource.destroy();
  }
}
