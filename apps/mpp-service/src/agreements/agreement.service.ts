import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  badUserInput,
  conflict,
  notFound,
  type Connection,
  type SubgraphContext,
  Clock,
  conflictOnUnique,
  groupBy,
  keysetPagesLoader,
  mapConnection,
  requestLoader,
  requireText,
  requireUuid,
  runAsActor,
} from '@simpul/service-kit';
import { parseDate, requireOrdered } from '../common/dates';
import { cleanDocument, withFile, withFileName, type MppDocument } from '../files/mpp-document';
import { MppFileService } from '../files/mpp-file.service';
import { lockTenancyForChange } from '../tenancies/tenancy-guard';
import { agreementStanding } from './agreement-status';
import { AddAgreementAddendumInput, CorrectAgreementInput, RecordAgreementInput } from './agreement.input';
import { agreementNumber, requireSignedBy, requireWithinTerm } from './agreement-rules';
import { Agreement, AgreementAddendum } from './agreement.model';

type AgreementRow = Omit<Agreement, 'status' | 'daysToExpiry'> & { documentFileId?: string | null };

const AGREEMENT_COLUMNS = `a.id, a.tenancy_id AS "tenancyId", a.number, a.signed_on AS "signedOn", a.starts_on AS "startsOn",
  a.expires_on AS "expiresOn", a.original_expires_on AS "originalExpiresOn", a.document, a.document_file_id AS "documentFileId"`;

@Injectable()
export class AgreementService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly files: MppFileService,
  ) {}

  withStanding({ documentFileId, ...row }: AgreementRow): Agreement {
    return {
      ...row,
      document: withFile(row.document, documentFileId),
      ...agreementStanding(row.startsOn, row.expiresOn, this.clock.today()),
    };
  }

  byTenancyLoader(context: SubgraphContext) {
    return requestLoader<Agreement[]>(
      context,
      'mpp:agreements',
      async (ids) => {
        const rows: AgreementRow[] = await this.dataSource.query(
          `SELECT ${AGREEMENT_COLUMNS} FROM mpp.agreements a WHERE a.tenancy_id = ANY($1::uuid[]) ORDER BY a.expires_on DESC, a.id`,
          [ids],
        );
        return groupBy(
          rows.map((row) => this.withStanding(row)),
          (row) => row.tenancyId,
        );
      },
      [],
    );
  }

  /** `Tenancy.agreements(first, after)`: latest expiry first, two statements per page for all tenancies. */
  pages(context: SubgraphContext, first: number | null | undefined, after: string | null | undefined) {
    const loader = keysetPagesLoader<AgreementRow>(
      context,
      this.dataSource,
      'mpp:agreement-pages',
      { first, after },
      {
        columns: AGREEMENT_COLUMNS,
        from: 'mpp.agreements a',
        where: 'TRUE',
        params: [],
        // Latest expiry first: the day number negated sorts descending in the ascending keyset.
        keys: [
          { sql: `-(a.expires_on - DATE '2000-01-01')`, type: 'int' },
          { sql: 'a.id', type: 'uuid' },
        ],
        direction: 'ASC',
        parent: 'a.tenancy_id',
      },
    );
    return {
      load: async (tenancyId: string): Promise<Connection<Agreement>> =>
        mapConnection(await loader.load(tenancyId), (row) => this.withStanding(row)),
    };
  }

  addendaLoader(context: SubgraphContext) {
    return requestLoader<AgreementAddendum[]>(
      context,
      'mpp:addenda',
      async (ids) => {
        const rows: (AgreementAddendum & { documentFileId: string | null })[] = await this.dataSource.query(
          `SELECT id, agreement_id AS "agreementId", number, signed_on AS "signedOn", expires_on AS "expiresOn", summary, document, document_file_id AS "documentFileId"
         FROM mpp.agreement_addenda WHERE agreement_id = ANY($1::uuid[]) ORDER BY signed_on, id`,
          [ids],
        );
        return groupBy(
          rows.map(({ documentFileId, ...row }) => ({ ...row, document: withFile(row.document, documentFileId) })),
          (row) => row.agreementId,
        );
      },
      [],
    );
  }

  /** The number and dates of a PKS as typed, checked: real dates in order, signed by today, at most ten years. */
  private agreementDetails(input: RecordAgreementInput | CorrectAgreementInput) {
    const number = agreementNumber(input.number);
    const signedOn = parseDate(input.signedOn, 'input.signedOn');
    const startsOn = parseDate(input.startsOn, 'input.startsOn');
    const expiresOn = parseDate(input.expiresOn, 'input.expiresOn');
    requireOrdered(startsOn, expiresOn, 'input.startsOn', 'input.expiresOn');
    requireOrdered(signedOn, expiresOn, 'input.signedOn', 'input.expiresOn');
    requireSignedBy(signedOn, this.clock.today());
    requireWithinTerm(startsOn, expiresOn, 'input.expiresOn');
    return { number, signedOn, startsOn, expiresOn };
  }

  async record(context: SubgraphContext, input: RecordAgreementInput): Promise<Agreement> {
    const { number, signedOn, startsOn, expiresOn } = this.agreementDetails(input);
    const document = cleanDocument(input.document, 'input.document');
    const checked = input.document?.file ? this.files.check(input.document.file, 'input.document.file') : null;
    const id = randomUUID();
    await runAsActor(this.dataSource, context.caller, async (manager) => {
      const tenancy = await lockTenancyForChange(manager, context, input.tenancyId, 'input.tenancyId');
      const fileId = checked ? await this.files.store(manager, context, { mallId: tenancy.mallId, tenancyId: tenancy.id }, checked) : null;
      await conflictOnUnique(
        () =>
          manager.query(
            `INSERT INTO mpp.agreements (id, tenancy_id, number, signed_on, starts_on, expires_on, original_expires_on, document, document_file_id) VALUES ($1, $2, $3, $4, $5, $6, $6, $7, $8)`,
            [
              id,
              tenancy.id,
              number,
              signedOn,
              startsOn,
              expiresOn,
              document ? JSON.stringify(withFileName(document, checked?.fileName)) : null,
              fileId,
            ],
          ),
        {
          agreements_tenancy_id_number_key: {
            en: 'This tenant already has an agreement with this number.',
            id: 'Tenant ini sudah memiliki PKS dengan nomor ini.',
            field: 'input.number',
          },
        },
      );
    });
    return this.reload(id);
  }

  /** Records an addendum; one that extends the agreement moves its expiry, in the same transaction. */
  async addAddendum(context: SubgraphContext, input: AddAgreementAddendumInput): Promise<Agreement> {
    requireUuid(input.agreementId, 'input.agreementId');
    const number = agreementNumber(input.number);
    const summary = requireText(input.summary, 'input.summary', 'Say what the addendum changes.', 'Jelaskan apa yang diubah adendum ini.');
    const signedOn = parseDate(input.signedOn, 'input.signedOn');
    const newExpiry = input.expiresOn ? parseDate(input.expiresOn, 'input.expiresOn') : null;
    requireSignedBy(signedOn, this.clock.today());
    // An extension is a new term agreed when the addendum is signed: at most ten years from then.
    if (newExpiry) requireWithinTerm(signedOn, newExpiry, 'input.expiresOn');
    const document: MppDocument | null = cleanDocument(input.document, 'input.document');
    const checked = input.document?.file ? this.files.check(input.document.file, 'input.document.file') : null;
    await runAsActor(this.dataSource, context.caller, async (manager) => {
      const [agreement]: AgreementRow[] = await manager.query(`SELECT ${AGREEMENT_COLUMNS} FROM mpp.agreements a WHERE a.id = $1`, [
        input.agreementId,
      ]);
      if (!agreement) throw notFound('No agreement has this id.', 'PKS dengan ID ini tidak ditemukan.', 'input.agreementId');
      const tenancy = await lockTenancyForChange(manager, context, agreement.tenancyId, 'input.agreementId');
      if (signedOn < agreement.signedOn) {
        throw badUserInput(
          'input.signedOn',
          'An addendum cannot be signed before its agreement.',
          'Adendum tidak boleh ditandatangani sebelum PKS-nya.',
        );
      }
      if (newExpiry && newExpiry <= agreement.startsOn) {
        throw badUserInput(
          'input.expiresOn',
          'The new expiry must be after the agreement starts.',
          'Tanggal berakhir baru harus setelah PKS mulai berlaku.',
        );
      }
      const fileId = checked ? await this.files.store(manager, context, { mallId: tenancy.mallId, tenancyId: tenancy.id }, checked) : null;
      await conflictOnUnique(
        () =>
          manager.query(
            `INSERT INTO mpp.agreement_addenda (id, agreement_id, number, signed_on, expires_on, summary, document, document_file_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
            [
              randomUUID(),
              agreement.id,
              number,
              signedOn,
              newExpiry,
              summary,
              document ? JSON.stringify(withFileName(document, checked?.fileName)) : null,
              fileId,
            ],
          ),
        {
          agreement_addenda_agreement_id_number_key: {
            en: 'This agreement already has an addendum with this number.',
            id: 'PKS ini sudah memiliki adendum dengan nomor ini.',
            field: 'input.number',
          },
        },
      );
      if (newExpiry) {
        // The effective expiry is the latest addendum's; the original stays on record.
        await manager.query(
          `UPDATE mpp.agreements SET expires_on = $2, original_expires_on = LEAST(original_expires_on, $2) WHERE id = $1`,
          [agreement.id, newExpiry],
        );
      }
    });
    return this.reload(input.agreementId);
  }

  /**
   * Corrects a recorded PKS's number, dates and (when given) document, as long as no addendum
   * builds on it; the trigger on mpp.agreements puts the change in the tenancy's history.
   */
  async correct(context: SubgraphContext, input: CorrectAgreementInput): Promise<Agreement> {
    requireUuid(input.agreementId, 'input.agreementId');
    const { number, signedOn, startsOn, expiresOn } = this.agreementDetails(input);
    const document = input.document ? cleanDocument(input.document, 'input.document') : null;
    const checked = input.document?.file ? this.files.check(input.document.file, 'input.document.file') : null;
    await runAsActor(this.dataSource, context.caller, async (manager) => {
      const [agreement]: AgreementRow[] = await manager.query(`SELECT ${AGREEMENT_COLUMNS} FROM mpp.agreements a WHERE a.id = $1`, [
        input.agreementId,
      ]);
      if (!agreement) throw notFound('No agreement has this id.', 'PKS dengan ID ini tidak ditemukan.', 'input.agreementId');
      // The tenancy lock also serialises this with addAddendum, so no addendum slips in between check and update.
      const tenancy = await lockTenancyForChange(manager, context, agreement.tenancyId, 'input.agreementId');
      const [{ addenda }]: { addenda: number }[] = await manager.query(
        `SELECT count(*)::int AS addenda FROM mpp.agreement_addenda WHERE agreement_id = $1`,
        [agreement.id],
      );
      if (addenda > 0) {
        throw conflict(
          'This agreement has an addendum, which builds on its details; record a further addendum instead of correcting it.',
          'PKS ini sudah memiliki adendum yang berpijak pada datanya; catat adendum baru alih-alih mengoreksinya.',
          'input.agreementId',
        );
      }
      const fileId = checked ? await this.files.store(manager, context, { mallId: tenancy.mallId, tenancyId: tenancy.id }, checked) : null;
      const documentJson = document ? JSON.stringify(withFileName(document, checked?.fileName)) : null;
      await conflictOnUnique(
        () =>
          manager.query(
            // Without addenda the original expiry is the expiry. A document is replaced only when one is given.
            `UPDATE mpp.agreements SET number = $2, signed_on = $3, starts_on = $4, expires_on = $5, original_expires_on = $5,
             document = CASE WHEN $6::boolean THEN $7::jsonb ELSE document END,
             document_file_id = CASE WHEN $6::boolean THEN $8::uuid ELSE document_file_id END
           WHERE id = $1`,
            [agreement.id, number, signedOn, startsOn, expiresOn, document !== null, documentJson, fileId],
          ),
        {
          agreements_tenancy_id_number_key: {
            en: 'This tenant already has an agreement with this number.',
            id: 'Tenant ini sudah memiliki PKS dengan nomor ini.',
            field: 'input.number',
          },
        },
      );
    });
    return this.reload(input.agreementId);
  }

  private async reload(id: string): Promise<Agreement> {
    const [row]: AgreementRow[] = await this.dataSource.query(`SELECT ${AGREEMENT_COLUMNS} FROM mpp.agreements a WHERE a.id = $1`, [id]);
    return this.withStanding(row);
  }
}
