import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { STANDARD_COMPONENTS } from '../shared/enums';
import { badInput, renderRegistry } from '../testing/render-registry';
import { normaliseServiceField } from './service-form-values';
import type { ServiceDetail } from './service.operations';
import { reply } from '../testing/reply';

const REGION = { code: '63', name: 'Kalimantan Selatan', level: 'PROVINCE' as const, regencyKind: null, parent: null };
const UNIT = { id: 'unit-1', name: 'Samsat Kalimantan Selatan', canEdit: true, region: REGION };

describe('service form', () => {
  it('maps component errors by position or by name onto the component field', () => {
    expect(normaliseServiceField('input.standard.3.content')).toBe('standard.FEE');
    expect(normaliseServiceField('input.standard.LEGAL_BASIS')).toBe('standard.LEGAL_BASIS');
    expect(normaliseServiceField('input.name')).toBe('name');
    expect(normaliseServiceField(null)).toBeNull();
  });

  it('sends all 14 components in order, delivery ones published by default, and shows field errors', async () => {
    const onCreate = jest.fn((_operation: string, _variables: Record<string, unknown>) =>
      badInput('input.standard.3.content', 'Biaya harus diisi, tulis "Gratis" bila tanpa biaya', 'Fee is required'),
    );
    renderRegistry('/registry/units/unit-1/services/new', (operation, variables) => {
      if (operation === 'UnitForService') return reply('UnitForService', { serviceUnit: UNIT });
      if (operation === 'CreateService') return onCreate(operation, variables);
      return { data: null, errors: [{ message: operation }] };
    });
    const user = userEvent.setup({ delay: null });
    await user.type(await screen.findByLabelText(/Nama layanan/), 'Perpanjangan STNK');
    await user.type(screen.getByLabelText('Persyaratan'), 'KTP asli dan STNK asli');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    const link = await screen.findByRole('link', { name: /Biaya harus diisi/ });
    expect(link.getAttribute('href')).toBe('#service-standard-FEE');
    expect(screen.getByLabelText('Biaya/tarif').getAttribute('aria-invalid')).toBe('true');

    const [, variables] = onCreate.mock.calls[0] as unknown as [
      string,
      { input: { serviceUnitId: string; standard: { component: string; content: string | null; published: boolean }[] } },
    ];
    expect(variables.input.serviceUnitId).toBe('unit-1');
    expect(variables.input.standard.map((s) => s.component)).toEqual([...STANDARD_COMPONENTS]);
    expect(variables.input.standard[0]).toEqual({ component: 'REQUIREMENTS', content: 'KTP asli dan STNK asli', published: true });
    expect(variables.input.standard[6]).toEqual({ component: 'LEGAL_BASIS', content: null, published: false });
  });

  it('maps a position in a shorter list (an edit sends only changed components) back to the right component', () => {
    expect(normaliseServiceField('input.standard.1.content', ['FEE', 'LEGAL_BASIS'])).toBe('standard.LEGAL_BASIS');
  });

  it('asks a signed-out visitor on an edit link to sign in, with a link to the sign-in page, not "you may not"', async () => {
    const service = {
      id: 'service-1',
      name: 'Perpanjangan STNK',
      description: null,
      archivedAt: null,
      canEdit: false,
      serviceUnit: { ...UNIT, canEdit: false },
      standard: [],
      completeness: { complete: false, missing: [], unpublished: [], deliveryReady: false, filled: 0, total: 14 },
    };
    renderRegistry(
      '/registry/services/service-1/edit',
      (operation) => (operation === 'Service' ? reply('Service', { service }) : { data: null, errors: [{ message: operation }] }),
      { user: null },
    );
    expect(await screen.findByText('Masuk terlebih dahulu untuk mengubah layanan unit ini.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Masuk' }).getAttribute('href')).toBe('/sign-in');
    expect(screen.queryByText('Anda tidak berwenang mengubah layanan unit ini.')).toBeNull();
  });

  it('on edit sends only the components that changed, and puts an error on the component it is about', async () => {
    const standard = STANDARD_COMPONENTS.map((component, index) => ({
      component,
      delivery: index < 6,
      content: component === 'FEE' ? 'Rp 50.000' : null,
      published: index < 6,
    }));
    const service: ServiceDetail = {
      id: 'service-1',
      name: 'Perpanjangan STNK',
      description: null,
      archivedAt: null,
      canEdit: true,
      serviceUnit: { ...UNIT, canEdit: true },
      standard,
      completeness: { complete: false, missing: [], unpublished: [], deliveryReady: false, filled: 1, total: 14 },
    };
    const onUpdate = jest.fn((_operation: string, _variables: Record<string, unknown>) =>
      badInput('input.standard.1.content', 'Dasar hukum terlalu panjang', 'Legal basis is too long'),
    );
    renderRegistry('/registry/services/service-1/edit', (operation, variables) => {
      if (operation === 'Service') return reply('Service', { service });
      if (operation === 'UpdateService') return onUpdate(operation, variables);
      return { data: null, errors: [{ message: operation }] };
    });
    fireEvent.change(await screen.findByLabelText('Biaya/tarif'), { target: { value: 'Gratis' } });
    fireEvent.change(screen.getByLabelText('Dasar hukum'), { target: { value: 'Perpres 5/2015' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(onUpdate).toHaveBeenCalledTimes(1));
    expect(onUpdate.mock.calls[0]?.[1]).toEqual({
      id: 'service-1',
      input: {
        standard: [
          { component: 'FEE', content: 'Gratis', published: true },
          { component: 'LEGAL_BASIS', content: 'Perpres 5/2015', published: false },
        ],
      },
    });
    expect((await screen.findByRole('link', { name: 'Dasar hukum terlalu panjang' })).getAttribute('href')).toBe(
      '#service-standard-LEGAL_BASIS',
    );
  });
});
