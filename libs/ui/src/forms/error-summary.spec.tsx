import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '@simpul/web-kit';
import { UiProvider } from '../theme/ui-provider';
import { ErrorSummary } from './error-summary';
import { TextField } from './form-fields';

function Form({ error }: { error: string | null }) {
  return (
    <I18nProvider initialLanguage="id">
      <UiProvider>
        <ErrorSummary errors={error ? [{ fieldId: 'unit-name', message: error }, { message: 'Periksa lagi formulir' }] : []} />
        <TextField id="unit-name" label="Nama unit" error={error} description="Nama resmi" />
      </UiProvider>
    </I18nProvider>
  );
}

describe('ErrorSummary and form fields', () => {
  it('renders nothing without errors', () => {
    render(<Form error={null} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByLabelText('Nama unit').getAttribute('aria-invalid')).not.toBe('true');
  });

  it('takes focus, and each message links to its field and moves focus there', async () => {
    render(<Form error="Nama wajib diisi" />);
    const summary = screen.getByRole('alert', { name: /Ada masalah/ });
    expect(summary.textContent).toContain('Ada masalah');
    expect(document.activeElement).toBe(summary);

    const link = screen.getByRole('link', { name: 'Nama wajib diisi' });
    expect(link.getAttribute('href')).toBe('#unit-name');
    await userEvent.click(link);
    expect(document.activeElement).toBe(screen.getByLabelText('Nama unit'));
    expect(screen.getByText('Periksa lagi formulir').closest('a')).toBeNull();
  });

  it('links the error text and the hint to the input with aria-describedby', () => {
    render(<Form error="Nama wajib diisi" />);
    const input = screen.getByLabelText('Nama unit');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
    const texts = ids.map((id) => document.getElementById(id)?.textContent);
    expect(texts.sort()).toEqual(['Nama resmi', 'Nama wajib diisi']);
  });
});
