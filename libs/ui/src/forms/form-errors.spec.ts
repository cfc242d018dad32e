import type { ClientError } from '@simpul/web-kit';
import { mapServerErrors } from './form-errors';

const error = (field: string | null, message: string): ClientError => ({ code: 'BAD_USER_INPUT', field, message, messages: null });

describe('server errors mapped onto form fields', () => {
  const fields = ['name', 'regionCode', 'externalIds.sippn'] as const;
  const id = (field: string) => `unit-${field.replace(/\./g, '-')}`;

  it('puts input.* field errors on the field and links them from the summary', () => {
    const mapped = mapServerErrors(
      [error('input.externalIds.sippn', 'ID SIPPN sudah dipakai'), error('input.regionCode', 'Kode wilayah tidak dikenal')],
      fields,
      id,
    );
    expect(mapped.fields).toEqual({ 'externalIds.sippn': 'ID SIPPN sudah dipakai', regionCode: 'Kode wilayah tidak dikenal' });
    expect(mapped.summary).toEqual([
      { fieldId: 'unit-externalIds-sippn', message: 'ID SIPPN sudah dipakai' },
      { fieldId: 'unit-regionCode', message: 'Kode wilayah tidak dikenal' },
    ]);
  });

  it('keeps errors about no field, or a field the form lacks, in the summary without a link', () => {
    const mapped = mapServerErrors([error(null, 'Anda tidak berwenang'), error('input.secret', 'Aneh')], fields, id);
    expect(mapped.fields).toEqual({});
    expect(mapped.summary).toEqual([{ message: 'Anda tidak berwenang' }, { message: 'Aneh' }]);
  });

  it('shows only the first error of a field on the field itself', () => {
    const mapped = mapServerErrors([error('input.name', 'Pertama'), error('input.name', 'Kedua')], fields, id);
    expect(mapped.fields['name']).toBe('Pertama');
    expect(mapped.summary).toHaveLength(2);
  });
});
