import { showLanguage, translate } from '@simpul/web-kit';
import '../messages';
// The form's texts register with its page's chunk (../page-messages.ts); here they are imported as app.tsx would.
import '../page-messages';
import { MPP } from '../messages';
import { addYears } from '@simpul/contracts';
import {
  agreementValuesOf,
  emptyAgreement,
  toAgreementInput,
  toCorrectionInput,
  validateAddendum,
  validateAgreement,
} from './agreement-form-values';
import { parseQuota } from './quota';

const t = (key: string, params?: Record<string, string | number>) => translate('id', MPP, key, params);
// The English texts are a chunk of their own: fetched before the checks that read them.
beforeAll(() => showLanguage('en'));
afterAll(() => showLanguage('id'));
const valid = {
  ...emptyAgreement(),
  number: '500/12/MPP-BJM/2026',
  signedOn: '2026-01-05',
  startsOn: '2026-01-10',
  expiresOn: '2027-01-09',
};

describe('agreement (PKS) form', () => {
  it('accepts dates in order and sends no document when no file is named', () => {
    expect(validateAgreement(valid, t)).toEqual({});
    expect(toAgreementInput('ten-1', valid, 'PKS')).toEqual({
      tenancyId: 'ten-1',
      number: '500/12/MPP-BJM/2026',
      signedOn: '2026-01-05',
      startsOn: '2026-01-10',
      expiresOn: '2027-01-09',
      document: null,
    });
  });

  it('refuses a date range out of order', () => {
    expect(validateAgreement({ ...valid, expiresOn: '2026-01-10' }, t)).toEqual({
      expiresOn: 'Tanggal berakhir harus setelah tanggal mulai berlaku',
    });
    expect(validateAgreement({ ...valid, startsOn: '2025-12-01', signedOn: '2027-02-01' }, t)).toEqual({
      expiresOn: 'Tanggal berakhir tidak boleh sebelum tanggal tanda tangan',
    });
  });

  it('names every missing or impossible field', () => {
    expect(validateAgreement({ ...emptyAgreement(), signedOn: '2026-02-30' }, t)).toEqual({
      number: 'Masukkan nomor',
      signedOn: 'Masukkan tanggal yang benar, misalnya 2026-11-23',
      startsOn: 'Masukkan tanggal',
      expiresOn: 'Masukkan tanggal',
    });
  });

  it('sends the signed document with its uploaded file', () => {
    const file = { fileName: 'PKS-Imigrasi.pdf', mimeType: 'application/pdf', contentBase64: 'JVBERi0=' };
    expect(toAgreementInput('ten-1', valid, 'PKS yang ditandatangani', file).document).toEqual({
      title: 'PKS yang ditandatangani',
      number: '500/12/MPP-BJM/2026',
      issuedOn: '2026-01-05',
      fileName: 'PKS-Imigrasi.pdf',
      url: null,
      file,
    });
  });

  it('refuses a file the service would refuse before sending it', () => {
    const word = new File(['x'], 'PKS.docx');
    expect(validateAgreement({ ...valid, file: word }, t)).toEqual({
      'document.file': 'PKS.docx: hanya berkas PDF, PNG atau JPEG yang diterima',
    });
  });
});

describe('PKS limits the service keeps, checked where they are typed', () => {
  const en = (key: string, params?: Record<string, string | number>) => translate('en', MPP, key, params);

  it('refuses an end more than ten years after the start, naming the limit and the date typed, in both languages', () => {
    expect(validateAgreement({ ...valid, expiresOn: '9999-12-31' }, t)).toEqual({
      expiresOn: 'PKS berlaku paling lama 10 tahun: mulai 2026-01-10 harus berakhir paling lambat 2036-01-10, bukan 9999-12-31',
    });
    expect(validateAgreement({ ...valid, expiresOn: '9999-12-31' }, en)).toEqual({
      expiresOn: 'An agreement runs at most 10 years: from 2026-01-10 it must end by 2036-01-10, not 9999-12-31',
    });
    expect(validateAgreement({ ...valid, expiresOn: '2036-01-10' }, t)).toEqual({});
  });

  it('refuses a number over 100 characters and accepts one of exactly 100', () => {
    expect(validateAgreement({ ...valid, number: 'N'.repeat(101) }, t)).toEqual({
      number: 'Nomor paling banyak 100 karakter (sekarang 101)',
    });
    expect(validateAgreement({ ...valid, number: 'N'.repeat(101) }, en)).toEqual({ number: 'At most 100 characters (this is 101)' });
    expect(validateAgreement({ ...valid, number: 'N'.repeat(100) }, t)).toEqual({});
  });

  it('keeps an addendum’s new end within ten years of its signing and its number within 100 characters', () => {
    const addendum = { number: 'ADD-1', signedOn: '2026-11-01', expiresOn: '2036-11-02', summary: 'Perpanjangan', file: null };
    expect(validateAddendum(addendum, '2027-01-09', t)).toEqual({
      expiresOn: 'Perpanjangan paling lama 10 tahun sejak adendum ditandatangani (2026-11-01): paling lambat 2036-11-01, bukan 2036-11-02',
    });
    expect(validateAddendum({ ...addendum, expiresOn: '2036-11-01' }, '2027-01-09', t)).toEqual({});
    expect(validateAddendum({ ...addendum, number: 'A'.repeat(101), expiresOn: '' }, '2027-01-09', t)).toEqual({
      number: 'Nomor paling banyak 100 karakter (sekarang 101)',
    });
  });

  it('counts ten years by the calendar, 29 February falling back to 28 February', () => {
    expect(addYears('2028-02-29', 10)).toBe('2038-02-28');
    expect(addYears('2026-01-10', 10)).toBe('2036-01-10');
  });

  it('a correction starts from the recorded details and keeps the document when no new one is named', () => {
    const values = agreementValuesOf({
      number: '500/12/MPP-BJM/2026',
      signedOn: '2026-01-05',
      startsOn: '2026-01-10',
      expiresOn: '2027-01-09',
    });
    expect(toCorrectionInput('pks-1', { ...values, number: ' 500/13/MPP-BJM/2026 ' }, 'PKS')).toEqual({
      agreementId: 'pks-1',
      number: '500/13/MPP-BJM/2026',
      signedOn: '2026-01-05',
      startsOn: '2026-01-10',
      expiresOn: '2027-01-09',
      document: null,
    });
  });
});

describe('addendum form', () => {
  it('lets an addendum extend the agreement only to a later date', () => {
    const addendum = { number: 'ADD-1', signedOn: '2026-11-01', expiresOn: '2026-12-01', summary: 'Perpanjangan', file: null };
    expect(validateAddendum(addendum, '2027-01-09', t)).toEqual({
      expiresOn: 'Tanggal berakhir baru harus setelah tanggal berakhir sekarang',
    });
    expect(validateAddendum({ ...addendum, expiresOn: '2028-01-09' }, '2027-01-09', t)).toEqual({});
    expect(validateAddendum({ ...addendum, expiresOn: '' }, '2027-01-09', t)).toEqual({});
  });
});

describe('daily quota', () => {
  it('reads blank as no quota and refuses anything but a whole number from 1', () => {
    expect(parseQuota('')).toBeNull();
    expect(parseQuota(' 30 ')).toBe(30);
    expect(parseQuota('0')).toBe('invalid');
    expect(parseQuota('2,5')).toBe('invalid');
  });
});
