import { connection, expectNoInternalCodes } from '@simpul/ui/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { renderRegistry, type Resolver } from '../testing/render-registry';
import { reply } from '../testing/reply';

const FOUND = {
  id: 'unit-9',
  name: 'RSUD dr. Doris Sylvanus',
  archivedAt: null,
  agency: { id: 'agency-62', name: 'Pemerintah Provinsi Kalimantan Tengah' },
  region: { code: '62', name: 'Kalimantan Tengah' },
};

function answer(lookup: (variables: Record<string, unknown>) => unknown): Resolver {
  return (operation, variables) =>
    operation === 'UnitByExternalId' ? lookup(variables) : reply('ServiceUnits', { serviceUnits: connection([]) });
}

async function lookUp(system: string, value: string) {
  const section = await screen.findByRole('region', { name: 'Cari dengan kode sistem nasional' });
  fireEvent.change(within(section).getByLabelText('Sistem'), { target: { value: system } });
  fireEvent.change(within(section).getByLabelText(/^Kode unit di sistem itu/), { target: { value } });
  fireEvent.click(within(section).getByRole('button', { name: 'Cari unit' }));
  return section;
}

describe('finding a unit by another national system’s code', () => {
  it('asks the registry with the system and the trimmed code, and links to the unit found', async () => {
    const lookup = jest.fn(() => reply('UnitByExternalId', { serviceUnitByExternalId: FOUND }));
    renderRegistry('/registry', answer(lookup));
    const section = await lookUp('PEKPPP', '  DEMO-PEKPPP-62-03 ');
    const link = await within(section).findByRole('link', { name: 'RSUD dr. Doris Sylvanus' });
    expect(link.getAttribute('href')).toBe('/registry/units/unit-9');
    expect(section.textContent).toContain('Kode DEMO-PEKPPP-62-03 di PEKPPP:');
    expect(lookup).toHaveBeenCalledWith({ system: 'PEKPPP', value: 'DEMO-PEKPPP-62-03' });
    expect(lookup).toHaveBeenCalledTimes(1);
  });

  it('says plainly when no unit has the code, naming the system as people know it', async () => {
    renderRegistry('/registry', answer(jest.fn(() => reply('UnitByExternalId', { serviceUnitByExternalId: null }))));
    const section = await lookUp('SP4N_LAPOR', 'LAPOR-404');
    expect(await within(section).findByText('Tidak ada unit dengan kode LAPOR-404 di SP4N-LAPOR!.')).toBeTruthy();
    expectNoInternalCodes(section);
  });

  it('asks for a code before asking the registry', async () => {
    const lookup = jest.fn();
    renderRegistry('/registry', answer(lookup));
    const section = await lookUp('SIPPN', '   ');
    expect(within(section).getByText('Masukkan kode unit')).toBeTruthy();
    expect(lookup).not.toHaveBeenCalled();
  });
});
