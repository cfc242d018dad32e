import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badUserInput, notFound, type Connection, type SubgraphContext, Clock, conflictOnUnique, groupBy, keysetPagesLoader, mapConnection, requestLoader, requireText, requireUuid } from '@simpul/service-kit';
import { parseDate, requireOrdered } from '../common/dates';
import { cleanDocument, withFile, withFileName, type MppDocument } from '../files/mpp-document';
import { MppFileService } from '../files/mpp-file.service';
import { lockTenancyForChange } from '../tenancies/tenancy-guard';
import { agreementStanding } from './agreement-status';
import { AddAgreementAddendumInput, RecordAgreementInput } from './agreement.input';
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
    return { ...row, document: withFile(row.document, documentFileId), ...agreementStanding(row.startsOn, row.expiresOn, this.clock.today()) };
  }

  byTenancyLoader(context: SubgraphContext) {
    return requestLoader<Agreement[]>(context, 'mpp:agreements', async (ids) => {
      const rows: AgreementRow[] = await this.dataSource.query(
        `SELECT ${AGREEMENT_COLUMNS} FROM mpp.agreements a WHERE a.tenancy_id = ANY($1::uuid[]) ORDER BY a.expires_on DESC, a.id`,
        [ids],
      );
      return groupBy(rows.map((row) => this.withStanding(row)), (row) => row.tenancyId);
    }, []);
  }

  /** `Tenancy.agreements(first, after)`: latest expiry first, two statements per page for all tenancies. */
  pages(context: SubgraphContext, first: number | null | undefined, after: string | null | undefined) {
    const loader = keysetPagesLoader<AgreementRow>(context, this.dataSource, 'mpp:agreement-pages', { first, after }, {
      columns: AGREEMENT_COLUMNS,
      from: 'mpp.agreements a',
      where: 'TRUE',
      params: [],
      // Latest expiry first: the day number negated sorts descending in the ascending keyset.
      keys: [{ sql: `-(a.expires_on - DATE '2000-01-01')`, type: 'int' }, { sql: 'a.id', type: 'uuid' }],
      direction: 'ASC',
      parent: 'a.tenancy_id',
    });
    return { load: async (tenancyId: string): Promise<Connection<Agreement>> => mapConnection(await loader.load(tenancyId), (row) => this.withStanding(row)) };
  }

  addendaLoader(context: SubgraphContext) {
    return requestLoader<AgreementAddendum[]>(context, 'mpp:addenda', async (ids) => {
      const rows: (AgreementAddendum & { documentFileId: string | null })[] = await this.dataSource.query(
        `SELECT id, agreement_id AS "agreementId", number, signed_on AS "signedOn", expires_on AS "expiresOn", summary, document, document_file_id AS "documentFileId"
         FROM mpp.agreement_addenda WHERE agreement_id = ANY($1::uuid[]) ORDER BY signed_on, id`,
        [ids],
      );
      return groupBy(rows.map(({ documentFileId, ...row }) => ({ ...row, document: withFile(row.document, documentFileId) })), (row) => row.agreementId);
    }, []);
  }

  async record(context: SubgraphContext, input: RecordAgreementInput): Promise<Agreement> {
    const number = requireText(input.number, 'input.number', 'Give the agreement (PKS) number.', 'Isi nomor PKS.');
    const signedOn = parseDate(input.signedOn, 'input.signedOn');
    const startsOn = parseDate(input.startsOn, 'input.startsOn');
    const expiresOn = parseDate(input.expiresOn, 'input.expiresOn');
    requireOrdered(startsOn, expiresOn, 'input.startsOn', 'input.expiresOn');
    requireOrdered(signedOn, expiresOn, 'input.signedOn', 'input.expiresOn');
    const document = cleanDocument(input.document, 'input.document');
    const checked = input.document?.file ? this.files.check(input.document.file, 'input.document.file') : null;
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      const tenancy = await lockTenancyForChange(manager, context, input.tenancyId, 'input.tenancyId');
      const fileId = checked ? await this.files.store(manager, context, { mallId: tenancy.mallId, tenancyId: tenancy.id }, checked) : null;
      await conflictOnUnique(
        () => manager.query(
          `INSERT INTO mpp.agreements (id, tenancy_id, number, signed_on, starts_on, expires_on, original_expires_on, document, document_file_id) VALUES ($1, $2, $3, $4, $5, $6, $6, $7, $8)`,
          [id, tenancy.id, number, signedOn, startsOn, expiresOn, document ? JSON.stringify(withFileName(document, checked?.fileName)) : null, fileId],
        ),
        { agreements_tenancy_id_number_key: { en: 'This tenant already has an agreement with this number.', id: 'Tenant ini sudah memiliki PKS dengan nomor ini.', field: 'input.number' } },
      );
    });
    return this.reload(id);
  }

  /** Records an addendum; one that extends the agreement moves its expiry, in the same transaction. */
  async addAddendum(context: SubgraphContext, input: AddAgreementAddendumInput): Promise<Agreement> {
    requireUuid(input.agreementId, 'input.agreementId');
    const number = requireText(input.number, 'input.number', 'Give the agreement (PKS) number.', 'Isi nomor PKS.');
    const summary = requireText(input.summary, 'input.summary', 'Say what the addendum changes.', 'Jelaskan apa yang diubah adendum ini.');
    const signedOn = parseDate(input.signedOn, 'input.signedOn');
    const newExpiry = input.expiresOn ? parseDate(input.expiresOn, 'input.expiresOn') : null;
    const document: MppDocument | null = cleanDocument(input.document, 'input.document');
    const checked = input.document?.file ? this.files.check(input.document.file, 'input.document.file') : null;
    await this.dataSource.transaction(async (manager) => {
      const [agreement]: AgreementRow[] = await manager.query(`SELECT ${AGREEMENT_COLUMNS} FROM mpp.agreements a WHERE a.id = $1`, [input.agreementId]);
      if (!agreement) throw notFound('No agreement has this id.', 'PKS dengan ID ini tidak ditemukan.', 'input.agreementId');
      const tenancy = await lockTenancyForChange(manager, context, agreement.tenancyId, 'input.agreementId');
      if (signedOn < agreement.signedOn) {
        throw badUserInput('input.signedOn', 'An addendum cannot be signed before its agreement.', 'Adendum tidak boleh ditandatangani sebelum PKS-nya.');
      }
      if (newExpiry && newExpiry <= agreement.startsOn) {
        throw badUserInput('input.expiresOn', 'The new expiry must be after the agreement starts.', 'Tanggal berakhir baru harus setelah PKS mulai berlaku.');
      }
      const fileId = checked ? await this.files.store(manager, context, { mallId: tenancy.mallId, tenancyId: tenancy.id }, checked) : null;
      await conflictOnUnique(
        () => manager.query(
          `INSERT INTO mpp.agreement_addenda (id, agreement_id, number, signed_on, expires_on, summary, document, document_file_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [randomUUID(), agreement.id, number, signedOn, newExpiry, summary, document ? JSON.stringify(withFileName(document, checked?.fileName)) : null, fileId],
        ),
        { agreement_addenda_agreement_id_number_key: { en: 'This agreement already has an addendum with this number.', id: 'PKS ini sudah memiliki adendum dengan nomor ini.', field: 'input.number' } },
      );
      if (newExpiry) {
        // The effective expiry is the latest addendum's; the original stays on record.
        await manager.query(`UPDATE mpp.agreements SET expires_on = $2, original_expires_on = LEAST(original_expires_on, $2) WHERE id = $1`, [agreement.id, newExpiry]);
      }
    });
    return this.reload(input.agreementId);
  }

  private async reload(id: string): Promise<Agreement> {
    const [row]: AgreementRow[] = await this.dataSource.query(`SELECT ${AGREEMENT_COLUMNS} FROM mpp.agreements a WHERE a.id = $1`, [id]);
    return this.withStanding(row);
  }
}
