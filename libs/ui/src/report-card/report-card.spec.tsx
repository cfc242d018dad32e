import { render, screen } from '@testing-library/react';
import { I18nProvider } from '@simpul/web-kit';
import { UiProvider } from '../theme/ui-provider';
import type { ReactNode } from 'react';
import { DocumentDate } from './document-date';
import { Letterhead } from './letterhead';
import { SignatoryBlock } from './signatory-block';
import { VerificationQr, verificationUrl } from './verification-qr';
import { PrintButton, ReportCardSheet } from './report-card-sheet';
import { REPORT_CARD_MESSAGES } from './report-card-messages';

function wrap(children: ReactNode, language: 'id' | 'en' = 'id') {
  return render(
    <I18nProvider initialLanguage={language}>
      <UiProvider>{children}</UiProvider>
    </I18nProvider>,
  );
}

describe('report card pieces', () => {
  it('heads the sheet with the issuing body and says in words when the figures are demo', () => {
    wrap(<Letterhead body="Kementerian PANRB" lines={['Republik Indonesia']} demo />);
    expect(screen.getByText('Kementerian PANRB')).toBeTruthy();
    expect(screen.getByText('Republik Indonesia')).toBeTruthy();
    expect(screen.getByRole('note').textContent).toContain('bukan dokumen resmi');
  });

  it('prints no demo notice over official figures', () => {
    wrap(<Letterhead body="Kementerian PANRB" demo={false} />);
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('writes the signing line as place and the date in words, leaves the signature space empty and names the signer', () => {
    const { container } = wrap(
      <SignatoryBlock place="Banjarmasin" date="2026-12-07" role="Kepala Unit" name="Siti Rahma" idNumber="1980" />,
    );
    expect(screen.getByText('Banjarmasin, 7 Desember 2026')).toBeTruthy();
    expect(screen.getByText('Kepala Unit')).toBeTruthy();
    expect(screen.getByText('Siti Rahma')).toBeTruthy();
    expect(screen.getByText('NIP. 1980')).toBeTruthy();
    expect(container.querySelector('.simpul-signature-space')?.textContent).toBe('');
  });

  it('gives the date in words with its machine-readable day', () => {
    wrap(<DocumentDate value="2026-12-07" />);
    expect(screen.getByText('7 Desember 2026').getAttribute('datetime')).toBe('2026-12-07');
  });

  it('draws the QR for the portal’s verification address and writes the address and code beside it', async () => {
    wrap(<VerificationQr issue={{ status: 'issued', code: 'ABCD2345EFGH' }} />);
    const url = verificationUrl('ABCD2345EFGH');
    expect(url).toMatch(/\/verifikasi\/ABCD2345EFGH$/);
    expect(await screen.findByRole('img', { name: 'Kode QR verifikasi dokumen ABCD2345EFGH' })).toBeTruthy();
    expect(screen.getByText(`Periksa keaslian dokumen ini: pindai kode QR atau buka ${url}`)).toBeTruthy();
    expect(screen.getByText('Kode verifikasi: ABCD2345EFGH')).toBeTruthy();
  });

  it.each([
    ['pending', 'Mendaftarkan dokumen'],
    ['signed-out', 'Masuk untuk mencetak'],
    ['unavailable', 'tidak terdaftar'],
  ] as const)('prints no code while the document is %s, and says why', (status, text) => {
    wrap(<VerificationQr issue={{ status }} />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain(text);
  });

  it('wraps the sheet with its A4 print rules and a print button that is not printed', () => {
    const { container } = wrap(
      <ReportCardSheet label="Laporan SKM">
        <PrintButton />
      </ReportCardSheet>,
    );
    expect(screen.getByRole('article', { name: 'Laporan SKM' })).toBeTruthy();
    expect(container.querySelector('.simpul-report-card style')?.textContent).toContain('@page { size: A4;');
    expect(screen.getByRole('button', { name: 'Cetak' }).className).toContain('no-print');
  });

  it('speaks English on an English page: "7 December 2026", "Print"', () => {
    wrap(
      <>
        <SignatoryBlock place="Jakarta" date="2026-12-07" role="Issuer" name="A" />
        <PrintButton />
      </>,
      'en',
    );
    expect(screen.getByText('Jakarta, 7 December 2026')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Print' })).toBeTruthy();
  });

  it('has the same keys in both languages', () => {
    expect(Object.keys(REPORT_CARD_MESSAGES.en).sort()).toEqual(Object.keys(REPORT_CARD_MESSAGES.id).sort());
  });
});
