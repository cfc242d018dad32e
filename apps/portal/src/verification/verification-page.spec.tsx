import { expectAccessible, expectNoInternalCodes } from '@simpul/ui/testing';
import { screen } from '@testing-library/react';
import type { DocumentVerificationQuery } from '../__generated__/operations';
import { graphqlNetwork } from '../testing/graphql-network';
import { renderPortal } from '../testing/render-portal';
import { reply } from '../testing/reply';
import { VERIFICATION_MESSAGES } from './verification-messages';

const load = jest.fn(() => Promise.resolve(() => null));

const RECORDED: NonNullable<DocumentVerificationQuery['documentVerification']> = {
  code: 'ABCD2345EFGH',
  kind: 'SKM_REPORT',
  title: 'Laporan SKM Samsat Kalimantan Selatan, Semester I 2026',
  issuedAt: '2026-12-07T02:30:00.000Z',
  issuer: { name: 'Siti Rahma', role: 'UNIT_DESK' },
  figures: [
    { label: 'IKM', value: '82,45 (B, Baik)' },
    { label: 'Responden', value: '412 dari minimal 384' },
  ],
  sourcePath: '/skm/surveys/s-1/report',
  valid: true,
};

function network(answer: DocumentVerificationQuery['documentVerification'] | { errors: unknown[] }) {
  return graphqlNetwork({
    DocumentVerification: () => (answer && 'errors' in answer ? answer : reply('DocumentVerification', { documentVerification: answer })),
  });
}

describe('/verifikasi/:code (signed out)', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('shows what Simpul recorded when the document was printed, to compare with the paper', async () => {
    const net = network(RECORDED);
    renderPortal({ path: '/verifikasi/ABCD2345EFGH', load, fetchImpl: net.fetchImpl });
    expect(await screen.findByText('Dokumen ini tercatat di Simpul.')).toBeTruthy();
    expect(net.named('DocumentVerification')[0].variables).toEqual({ code: 'ABCD2345EFGH' });
    expect(screen.getByText('Laporan Survei Kepuasan Masyarakat')).toBeTruthy();
    expect(screen.getByText(RECORDED.title)).toBeTruthy();
    expect(screen.getByText('7 Desember 2026')).toBeTruthy();
    expect(screen.getByText('Siti Rahma (Petugas unit)')).toBeTruthy();
    expect(screen.getByRole('cell', { name: '82,45 (B, Baik)' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: '412 dari minimal 384' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Lihat data terkini di Simpul' }).getAttribute('href')).toBe('/skm/surveys/s-1/report');
    expectNoInternalCodes();
    await expectAccessible();
  });

  it('says plainly that an unknown code was never issued', async () => {
    renderPortal({ path: '/verifikasi/ZZZZZZZZZZZZ', load, fetchImpl: network(null).fetchImpl });
    expect(await screen.findByText(/Kode ZZZZZZZZZZZZ tidak dikenal/)).toBeTruthy();
    expect(screen.queryByText('Dokumen ini tercatat di Simpul.')).toBeNull();
  });

  it('shows the registry’s words when the code is not even well formed', async () => {
    const refused = {
      errors: [
        {
          message: 'A document code has 12 letters and digits, as printed under the QR code.',
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'code',
            messages: {
              id: 'Kode dokumen terdiri atas 12 huruf dan angka, seperti tercetak di bawah kode QR.',
              en: 'A document code has 12 letters and digits, as printed under the QR code.',
            },
          },
        },
      ],
    };
    renderPortal({ path: '/verifikasi/x', load, fetchImpl: network(refused).fetchImpl });
    expect(await screen.findByText(/12 huruf dan angka/)).toBeTruthy();
  });

  it('speaks English when switched', async () => {
    renderPortal({ path: '/verifikasi/ABCD2345EFGH', load, fetchImpl: network(RECORDED).fetchImpl, language: 'en' });
    expect(await screen.findByText('This document is recorded in Simpul.')).toBeTruthy();
    expect(screen.getByText('7 December 2026')).toBeTruthy();
    expect(screen.getByText('Siti Rahma (Unit desk)')).toBeTruthy();
  });

  it('has the same keys in both languages', () => {
    expect(Object.keys(VERIFICATION_MESSAGES.en).sort()).toEqual(Object.keys(VERIFICATION_MESSAGES.id).sort());
  });
});
