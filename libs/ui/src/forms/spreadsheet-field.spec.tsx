import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { UiProvider } from '../theme/ui-provider';
import { expectAccessible } from '../testing/expect-accessible';
import { SpreadsheetField } from './spreadsheet-field';

function Field({ error }: { error?: string }) {
  const [file, setFile] = useState<File | null>(null);
  return (
    <UiProvider>
      <SpreadsheetField
        id="import-file"
        label="Berkas"
        description="CSV atau XLSX, paling besar 5 MB"
        required
        error={error}
        onChange={setFile}
      />
      <p>{file ? `dipilih: ${file.name}` : 'belum ada berkas'}</p>
    </UiProvider>
  );
}

describe('the file field of an import', () => {
  it('is the browser’s own file input, named by its label and described by its hint, taking CSV and XLSX', async () => {
    render(<Field />);
    const input = screen.getByLabelText<HTMLInputElement>(/^Berkas/);
    expect(input.type).toBe('file');
    expect(input.accept).toContain('.csv');
    expect(input.accept).toContain('.xlsx');
    expect(input.getAttribute('aria-describedby')).toBe('import-file-hint');
    await userEvent.upload(input, new File(['nama\nPembayaran PKB\n'], 'layanan.csv', { type: 'text/csv' }));
    expect(screen.getByText('dipilih: layanan.csv')).toBeTruthy();
    await expectAccessible();
  });

  it('says its problem under the field and ties it to the input', async () => {
    render(<Field error="Pilih berkas CSV atau XLSX" />);
    const input = screen.getByLabelText(/^Berkas/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('import-file-hint import-file-error');
    expect(document.getElementById('import-file-error')?.textContent).toBe('Pilih berkas CSV atau XLSX');
    await expectAccessible();
  });
});
