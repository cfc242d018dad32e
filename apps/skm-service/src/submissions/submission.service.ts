import { createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Caller } from '@simpul/contracts';
import { badUserInput, notFound, readSecret, SimpulError, rows, conflict, wibDate, wibTime, Clock, isUuid } from '@simpul/service-kit';
import { uuidv7 } from '../common/uuidv7';
import { burstFlags, BURST_MAX, BURST_WINDOW_MS, isOutsideHours, isStraightLined, SkmFlag } from '../integrity/integrity-flags';
import { cellsOfResponse } from '../results/rollup-cells';
import { PROFILE_VALUES } from '../surveys/respondent-profile';
import { SurveyService } from '../surveys/survey.service';
import type { SurveyRow } from '../surveys/survey.row';
import { readAnswers } from './answers';
import { SkmChannel } from './submission.input';
import { SkmReceiptStatus, type SkmReceipt } from './submission.model';

/** At most this many questionnaires per request (a kiosk sends its offline queue in chunks). */
export const MAX_BATCH = 100;
/** How long a kiosk may hold an answer offline before sending it. */
const KIOSK_MAX_AGE_MS = 30 * 86_400_000;
const CLOCK_SKEW_MS = 5 * 60_000;
const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

/** A submission checked for shape, survey, answers and period; ready to store. */
interface Checked {
  index: number;
  survey: SurveyRow;
  channel: SkmChannel;
  submissionId: string | null;
  token: string | null;
  deviceKey: string;
  answeredAt: Date;
  answers: (number | null)[];
  ageBand: string | null;
  sex: string | null;
  education: string | null;
  occupation: string | null;
  serviceId: string | null;
}

type Raw = Record<string, unknown>;

function field(index: number, name: string): string {
  return `submissions[${index}].${name}`;
}

function text(raw: Raw, name: string): string | null {
  const value = raw[name];
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function enumValue(raw: Raw, name: string, allowed: readonly string[], index: number): string | null {
  const value = text(raw, name);
  if (value === null) return null;
  if (!allowed.includes(value))
    throw badUserInput(
      field(index, name),
      `${name} must be one of ${allowed.join(', ')}.`,
      `${name} harus salah satu dari ${allowed.join(', ')}.`,
    );
  return value;
}

/**
 * The public write path shared by the GraphQL mutation and POST /public/responses: a batch is
 * checked whole, then stored in one transaction with its rollups, so it is all stored or nothing is.
 * Replays are idempotent (submission ids), one-time tokens are spent exactly once.
 */
@Injectable()
export class SubmissionService {
  private readonly deviceSecret = readSecret('INTERNAL_SECRET');

  constructor(
    private readonly dataSource: DataSource,
    private readonly surveys: SurveyService,
    private readonly clock: Clock,
  ) {}

  /** Device keys are keyed hashes: bursts are detectable, addresses and device ids are not stored. */
  private deviceKey(deviceId: string | null, address: string): string {
    const source = deviceId ? `device:${deviceId}` : `address:${address}`;
    return createHmac('sha256', this.deviceSecret).update(source).digest('base64url').slice(0, 22);
  }

  async submit(input: unknown, caller: Caller, address: string): Promise<SkmReceipt[]> {
    if (!Array.isArray(input) || input.length === 0 || input.length > MAX_BATCH) {
      throw badUserInput(
        'submissions',
        `Send 1 to ${MAX_BATCH} questionnaires at a time.`,
        `Kirim 1 sampai ${MAX_BATCH} kuesioner sekaligus.`,
      );
    }
    const raws = input.map((raw, index) => {
      if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
        throw badUserInput(`submissions[${index}]`, 'A questionnaire is an object.', 'Kuesioner harus berupa objek.');
      return raw as Raw;
    });
    const checked = await this.check(raws, address);
    const staffEntered = caller !== null;
    // Spending one-time tokens must roll back with a refused batch, so it needs a transaction. Without
    // tokens every write is one atomic statement (answers and their rollup deltas together), and the
    // BEGIN/COMMIT round trips of a transaction would only add latency on the hottest path.
    if (checked.some((c) => c.token !== null)) return this.dataSource.transaction((manager) => this.store(manager, checked, staffEntered));
    return this.store(this.dataSource.manager, checked, staffEntered);
  }

  private async check(raws: Raw[], address: string): Promise<Checked[]> {
    const now = this.clock.now();
    const codes = new Set<string>();
    const tokens = new Set<string>();
    raws.forEach((raw, index) => {
      const channel = raw.channel;
      if (channel !== SkmChannel.QR && channel !== SkmChannel.KIOSK && channel !== SkmChannel.LINK) {
        throw badUserInput(
          field(index, 'channel'),
          'channel must be QR, KIOSK or LINK (paper forms are imported).',
          'channel harus QR, KIOSK atau LINK (formulir kertas diimpor).',
        );
      }
      if (channel === SkmChannel.LINK) {
        const token = text(raw, 'token');
        if (!token)
          throw badUserInput(
            field(index, 'token'),
            'A one-time link submission carries its token.',
            'Kiriman tautan sekali pakai harus membawa tokennya.',
          );
        if (tokens.has(token))
          throw conflict('This one-time link was already used.', 'Tautan sekali pakai ini sudah dipakai.', field(index, 'token'));
        tokens.add(token);
      } else {
        const code = text(raw, 'surveyCode');
        if (!code)
          throw badUserInput(field(index, 'surveyCode'), 'A submission names its survey code.', 'Kiriman harus menyebut kode survei.');
        codes.add(code);
      }
    });
    const validTokens = [...tokens].filter((token) => TOKEN.test(token));
    const [byCode, byToken] = await Promise.all([
      codes.size ? this.surveys.byCodesForAnswers([...codes]) : Promise.resolve([]),
      validTokens.length
        ? rows<{ token: string; surveyId: string; serviceId: string | null }>(
            this.dataSource,
            `SELECT token, survey_id AS "surveyId", service_id AS "serviceId" FROM skm.survey_tokens WHERE token = ANY($1::text[])`,
            [validTokens],
          )
        : Promise.resolve([]),
    ]);
    const tokenSurveys = byToken.length ? await this.surveys.loadMany([...new Set(byToken.map((row) => row.surveyId))]) : [];
    const surveyOfCode = new Map(byCode.map((survey) => [survey.publicCode, survey]));
    const surveyById = new Map(tokenSurveys.map((survey) => [survey.id, survey]));
    const surveyOfToken = new Map(byToken.map((row) => [row.token, surveyById.get(row.surveyId)]));
    // A link a queue system made for a served ticket names its service: the answer counts there.
    const serviceOfToken = new Map(byToken.map((row) => [row.token, row.serviceId]));

    return raws.map((raw, index) => {
      const channel = raw.channel as SkmChannel;
      const token = channel === SkmChannel.LINK ? text(raw, 'token') : null;
      const survey = token ? surveyOfToken.get(token) : surveyOfCode.get(text(raw, 'surveyCode') ?? '');
      if (!survey) {
        throw token
          ? notFound('This survey link is not valid.', 'Tautan survei ini tidak berlaku.', field(index, 'token'))
          : notFound('There is no survey with this code.', 'Tidak ada survei dengan kode ini.', field(index, 'surveyCode'));
      }
      const submissionId = text(raw, 'submissionId');
      if (submissionId !== null && !isUuid(submissionId))
        throw badUserInput(
          field(index, 'submissionId'),
          'submissionId is a UUID the client generates.',
          'submissionId berupa UUID buatan klien.',
        );
      if (channel === SkmChannel.KIOSK && submissionId === null) {
        throw badUserInput(
          field(index, 'submissionId'),
          'A kiosk sends a submissionId with every questionnaire, so replays are stored once.',
          'Kios wajib mengirim submissionId pada setiap kuesioner agar kiriman ulang tersimpan sekali.',
        );
      }
      const answeredAt = this.answeredAt(raw, channel, now, index);
      const day = wibDate(answeredAt);
      if (day < survey.startsOn || day > survey.endsOn) {
        throw conflict(
          `This survey runs from ${survey.startsOn} to ${survey.endsOn}; answers on ${day} are not accepted.`,
          `Survei ini berlangsung ${survey.startsOn} sampai ${survey.endsOn}; jawaban tanggal ${day} tidak diterima.`,
          field(index, token ? 'token' : 'surveyCode'),
        );
      }
      const given = raw.answers;
      if (!Array.isArray(given))
        throw badUserInput(
          field(index, 'answers'),
          'answers is a list of { element, value }.',
          'answers berupa daftar { element, value }.',
        );
      const read = readAnswers(
        survey.elements,
        given.map((pair) =>
          pair && typeof pair === 'object' ? (pair as { element: string; value: unknown }) : { element: '', value: null },
        ),
      );
      if ('problem' in read) throw badUserInput(field(index, read.problem.field), read.problem.en, read.problem.id);
      const serviceId = text(raw, 'serviceId');
      if (serviceId !== null && !isUuid(serviceId))
        throw badUserInput(field(index, 'serviceId'), 'serviceId is not a valid id.', 'serviceId bukan ID yang valid.');
      return {
        index,
        survey,
        channel,
        submissionId: submissionId?.toLowerCase() ?? null,
        token,
        deviceKey: this.deviceKey(text(raw, 'deviceId'), address),
        answeredAt,
        answers: read.answers,
        ageBand: enumValue(raw, 'ageBand', PROFILE_VALUES.AGE_BAND, index),
        sex: enumValue(raw, 'sex', PROFILE_VALUES.SEX, index),
        education: enumValue(raw, 'education', PROFILE_VALUES.EDUCATION, index),
        occupation: enumValue(raw, 'occupation', PROFILE_VALUES.OCCUPATION, index),
        serviceId: (token ? serviceOfToken.get(token) : null) ?? serviceId?.toLowerCase() ?? null,
      };
    });
  }

  /** Now, except for a kiosk sending its offline queue: then when it was answered, within limits. */
  private answeredAt(raw: Raw, channel: SkmChannel, now: Date, index: number): Date {
    const given = raw.answeredAt;
    if (given === undefined || given === null) return now;
    if (channel !== SkmChannel.KIOSK)
      throw badUserInput(field(index, 'answeredAt'), 'Only a kiosk sends answeredAt.', 'Hanya kios yang mengirim answeredAt.');
    // Only an ISO string (or a Date) names a moment; anything else is refused below as not a date-time.
    const at = given instanceof Date ? given : new Date(typeof given === 'string' ? given : Number.NaN);
    if (Number.isNaN(at.getTime()))
      throw badUserInput(field(index, 'answeredAt'), 'answeredAt is an ISO date-time.', 'answeredAt berupa tanggal-waktu ISO.');
    if (at.getTime() > now.getTime() + CLOCK_SKEW_MS || at.getTime() < now.getTime() - KIOSK_MAX_AGE_MS) {
      throw badUserInput(
        field(index, 'answeredAt'),
        'answeredAt must lie within the last 30 days.',
        'answeredAt harus dalam 30 hari terakhir.',
      );
    }
    return at;
  }

  private async store(manager: EntityManager, checked: Checked[], staffEntered: boolean): Promise<SkmReceipt[]> {
    const now = this.clock.now();
    const receipts: (SkmReceipt | null)[] = checked.map(() => null);
    // Replays: a submission id already stored (or repeated in this batch) answers DUPLICATE, stores nothing.
    const ids = checked.map((c) => c.submissionId).filter((id): id is string => id !== null);
    const existing = ids.length
      ? await rows<{ submissionId: string; id: string; flags: SkmFlag[] }>(
          manager,
          `SELECT submission_id AS "submissionId", id, flags FROM skm.responses WHERE submission_id = ANY($1::uuid[])`,
          [ids],
        )
      : [];
    const stored = new Map(existing.map((row) => [row.submissionId, row]));
    const seen = new Set<string>();
    const fresh: Checked[] = [];
    for (const c of checked) {
      const prior = c.submissionId ? stored.get(c.submissionId) : undefined;
      if (prior)
        receipts[c.index] = { submissionId: c.submissionId, responseId: prior.id, status: SkmReceiptStatus.DUPLICATE, flags: prior.flags };
      else if (c.submissionId && seen.has(c.submissionId))
        receipts[c.index] = null; // filled from its twin below
      else fresh.push(c);
      if (c.submissionId) seen.add(c.submissionId);
    }

    // One-time tokens: spent by a conditional update, so of two racing phones exactly one wins.
    const tokens = fresh.map((c) => c.token).filter((t): t is string => t !== null);
    if (tokens.length) {
      const spent = await rows<{ token: string }>(
        manager,
        `UPDATE skm.survey_tokens SET used_at = $2 WHERE token = ANY($1::text[]) AND used_at IS NULL RETURNING token`,
        [tokens, now],
      );
      const won = new Set(spent.map((row) => row.token));
      const lost = fresh.find((c) => c.token !== null && !won.has(c.token));
      if (lost)
        throw conflict('This one-time link was already used.', 'Tautan sekali pakai ini sudah dipakai.', field(lost.index, 'token'));
    }

    const flags = await this.flagsOf(manager, fresh, staffEntered);
    const responseIds = fresh.map(() => uuidv7(now.getTime()));
    // Rollup cells of each fresh answer, tagged with its id: the statement adds to skm.rollup_delta
    // only the cells of rows it really inserted (a racing replay of the same submission id inserts
    // nothing and so counts nothing), all in one statement with the answers.
    const cells: [string[], string[], string[], string[], number[], number[]] = [[], [], [], [], [], []];
    fresh.forEach((c, i) => {
      const counted = {
        surveyId: c.survey.id,
        day: wibDate(c.answeredAt),
        answers: c.answers,
        ageBand: c.ageBand,
        sex: c.sex,
        education: c.education,
        occupation: c.occupation,
        serviceId: c.serviceId,
      };
      for (const [dimension, bucket, elementIndex, value] of cellsOfResponse(counted)) {
        cells[0].push(responseIds[i]);
        cells[1].push(c.survey.id);
        cells[2].push(dimension);
        cells[3].push(bucket);
        cells[4].push(elementIndex);
        cells[5].push(value);
      }
    });
    const inserted = fresh.length
      ? await rows<{ id: string }>(
          manager,
          `WITH inserted AS (
             INSERT INTO skm.responses (id, survey_id, channel, submission_id, token, device_key, submitted_at, answered_at, answers, age_band, sex, education, occupation, service_id, flags, review)
             SELECT id, survey_id, channel, submission_id, token, device_key, $15, answered_at, answers::smallint[], age_band, sex, education, occupation, service_id, flags::text[],
                    CASE WHEN flags = '{}' THEN 'NONE' ELSE 'PENDING' END
             FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::timestamptz[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::uuid[], $14::text[])
               AS t(id, survey_id, channel, submission_id, token, device_key, answered_at, answers, age_band, sex, education, occupation, service_id, flags)
             ON CONFLICT (submission_id) WHERE submission_id IS NOT NULL DO NOTHING
             RETURNING id),
           counted AS (
             INSERT INTO skm.rollup_delta (survey_id, dimension, bucket, element_index, value, answers)
             SELECT c.survey_id, c.dimension, c.bucket, c.element_index, c.value, count(*)
             FROM unnest($16::uuid[], $17::uuid[], $18::text[], $19::text[], $20::smallint[], $21::smallint[]) AS c(response_id, survey_id, dimension, bucket, element_index, value)
             JOIN inserted ON inserted.id = c.response_id
             GROUP BY c.survey_id, c.dimension, c.bucket, c.element_index, c.value)
           SELECT id FROM inserted`,
          [
            responseIds,
            fresh.map((c) => c.survey.id),
            fresh.map((c) => c.channel),
            fresh.map((c) => c.submissionId),
            fresh.map((c) => c.token),
            fresh.map((c) => c.deviceKey),
            fresh.map((c) => c.answeredAt),
            fresh.map((c) => `{${c.answers.map((a) => (a === null ? 'NULL' : a)).join(',')}}`),
            fresh.map((c) => c.ageBand),
            fresh.map((c) => c.sex),
            fresh.map((c) => c.education),
            fresh.map((c) => c.occupation),
            fresh.map((c) => c.serviceId),
            flags.map((f) => `{${f.join(',')}}`),
            now,
            ...cells,
          ],
        )
      : [];
    // A row missing from RETURNING lost a race with a concurrent replay of the same submission id.
    const insertedIds = new Set(inserted.map((row) => row.id));
    const racedIds = new Set<string>();
    fresh.forEach((c, i) => {
      if (!insertedIds.has(responseIds[i])) {
        racedIds.add(c.submissionId ?? '');
        return;
      }
      receipts[c.index] = { submissionId: c.submissionId, responseId: responseIds[i], status: SkmReceiptStatus.STORED, flags: flags[i] };
    });
    if (racedIds.size) {
      const raced = await rows<{ submissionId: string; id: string; flags: SkmFlag[] }>(
        manager,
        `SELECT submission_id AS "submissionId", id, flags FROM skm.responses WHERE submission_id = ANY($1::uuid[])`,
        [[...racedIds]],
      );
      for (const row of raced) stored.set(row.submissionId, row);
    }
    // Twins inside the batch and racing replays point at the stored answer.
    const byId = new Map<string, SkmReceipt>();
    receipts.forEach((r) => {
      if (r?.submissionId) byId.set(r.submissionId, r);
    });
    return checked.map((c) => {
      const receipt = receipts[c.index];
      if (receipt) return receipt;
      const twin = (c.submissionId && byId.get(c.submissionId)) || (c.submissionId && stored.get(c.submissionId));
      if (!twin)
        throw new SimpulError('INTERNAL_SERVER_ERROR', { en: 'The answer could not be stored.', id: 'Jawaban tidak dapat disimpan.' });
      return {
        submissionId: c.submissionId,
        responseId: 'responseId' in twin ? twin.responseId : twin.id,
        status: SkmReceiptStatus.DUPLICATE,
        flags: twin.flags,
      };
    });
  }

  private async flagsOf(manager: EntityManager, fresh: Checked[], staffEntered: boolean): Promise<SkmFlag[][]> {
    const flags = fresh.map((c) => {
      const list: SkmFlag[] = [];
      if (isStraightLined(c.answers)) list.push(SkmFlag.STRAIGHT_LINING);
      if (isOutsideHours(wibTime(c.answeredAt), c.survey.opensAt, c.survey.closesAt)) list.push(SkmFlag.OUTSIDE_HOURS);
      if (staffEntered) list.push(SkmFlag.STAFF_ENTERED);
      return list;
    });
    if (fresh.length === 0) return flags;
    const keys = [...new Set(fresh.map((c) => c.deviceKey))];
    // For each fresh answer only the device's latest BURST_MAX stored answers inside the window before
    // it can matter (burstFlags needs "at least BURST_MAX"), so a busy device (one address behind a
    // NAT, a kiosk) costs a few index probes, not every answer it sent in the last two minutes.
    const recent = await rows<{ deviceKey: string; at: Date }>(
      manager,
      `SELECT DISTINCT r.id, r.device_key AS "deviceKey", r.answered_at AS at
       FROM unnest($1::text[], $2::timestamptz[]) AS f(device_key, at)
       CROSS JOIN LATERAL (
         SELECT id, device_key, answered_at FROM skm.responses
         WHERE device_key = f.device_key AND answered_at BETWEEN f.at - $3 * interval '1 millisecond' AND f.at
         ORDER BY answered_at DESC LIMIT $4) r`,
      [fresh.map((c) => c.deviceKey), fresh.map((c) => c.answeredAt), BURST_WINDOW_MS, BURST_MAX],
    );
    for (const key of keys) {
      const mine = fresh.map((c, i) => ({ c, i })).filter(({ c }) => c.deviceKey === key);
      const burst = burstFlags(
        recent.filter((r) => r.deviceKey === key).map((r) => new Date(r.at).getTime()),
        mine.map(({ c }) => c.answeredAt.getTime()),
      );
      mine.forEach(({ i }, j) => {
        if (burst[j]) flags[i].push(SkmFlag.BURST);
      });
    }
    return flags;
  }
}
