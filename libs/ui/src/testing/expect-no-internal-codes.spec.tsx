import { render } from '@testing-library/react';
import { internalCodesIn } from './expect-no-internal-codes';

describe('no internal code on screen', () => {
  it('finds enum codes, ISO timestamps and unfilled placeholders', () => {
    const { container } = render(<p>Status SAMPLE_TOO_SMALL at 2026-12-07T02:31:10.000Z via KIOSK for {'{unit}'}</p>);
    expect(internalCodesIn(container)).toEqual(['SAMPLE_TOO_SMALL', 'KIOSK', '2026-12-07T02:31:10.000Z'.slice(0, 16), '{unit}']);
  });

  it('lets words people read through: abbreviations, dates and numbers', () => {
    const { container } = render(<p>IKM 83,24 · SKM Triwulan IV 2026 · MPP Banjarmasin · PEKPPP · 7 Desember 2026 09.31 · Data contoh</p>);
    expect(internalCodesIn(container)).toEqual([]);
  });
});
