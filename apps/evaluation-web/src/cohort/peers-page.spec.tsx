import { screen, within } from '@testing-library/react';
import { errorOf, renderEvaluation } from '../testing/render-evaluation';
import { reply } from '../testing/reply';
import type { PeerGroupData } from './cohort.operations';
import { chartDomain } from './peers-chart';

const point = (unitName: string, index: number, isUnit = false) => ({ lokusId: `l-${unitName}`, unitName, index, isUnit });

const GROUPS: PeerGroupData[] = [
  {
    kind: 'COHORT',
    label: 'Samsat tingkat provinsi',
    labelEn: 'Provincial Samsat',
    count: 3,
    mean: 4.04,
    min: 3.9,
    max: 4.1,
    unitPosition: 2,
    points: [point('Samsat Kalsel', 4.1), point('Samsat Kalteng', 4.13, true), point('Samsat Kaltim', 3.9)],
  },
  {
    kind: 'PROVINCE',
    label: 'Provinsi Kalimantan Tengah',
    labelEn: 'Kalimantan Tengah province',
    count: 2,
    mean: 3.57,
    min: 3,
    max: 4.13,
    unitPosition: 1,
    points: [point('Samsat Kalteng', 4.13, true), point('DPMPTSP Kalteng', 3)],
  },
  {
    kind: 'UNIT_KIND',
    label: 'Semua Samsat',
    labelEn: 'Every Samsat',
    count: 4,
    mean: 3.53,
    min: 2,
    max: 4.13,
    unitPosition: 1,
    points: [point('Samsat Kalteng', 4.13, true), point('Samsat Kalsel', 4.1), point('Samsat Kaltim', 3.9), point('Samsat Banjarmasin', 2)],
  },
];

const peers = (groups: PeerGroupData[]) => () =>
  reply('PeerComparison', {
    peerComparison: {
      lokusId: 'l-Samsat Kalteng',
      cycleId: 'c',
      cycleName: 'PEKPPP 2027',
      unitName: 'Samsat Kalteng',
      cohort: 'PROVINCE:SAMSAT',
      index: 4.13,
      groups,
    },
  });

describe('peers page', () => {
  it('draws the unit among its three peer groups on one chart, named for screen readers, with the figures as a table', async () => {
    renderEvaluation('/evaluasi/lokus/l-Samsat%20Kalteng/pembanding', peers(GROUPS), { user: null });
    const chart = await screen.findByRole('img', { name: /IPP unit ini dan kelompok pembandingnya/ });
    expect(chart.getAttribute('tabindex')).toBe('0');
    expect(chart.textContent).toContain('Samsat tingkat provinsi · 2 dari 3');
    expect(chart.querySelectorAll('[data-testid="unit-point"]')).toHaveLength(3);
    const description = chart.querySelector('desc')?.textContent ?? '';
    expect(description).toContain('Samsat Kalteng: IPP 4,13.');
    expect(description).toContain('Provinsi Kalimantan Tengah: posisi 1 dari 2, rerata 3,57');
    const table = screen.getByRole('table', { name: 'Kelompok pembanding Samsat Kalteng' });
    const row = within(table).getByText('Semua Samsat').closest('tr') as HTMLElement;
    expect(within(row).getByText('1 dari 4')).toBeTruthy();
    expect(within(row).getByText('2,00–4,13')).toBeTruthy();
  });

  it('keeps every axis label inside the frame: the ends of the axis are anchored inwards', async () => {
    renderEvaluation('/evaluasi/lokus/l-Samsat%20Kalteng/pembanding', peers(GROUPS), { user: null });
    const chart = await screen.findByRole('img', { name: /IPP unit ini/ });
    const ticks = [...chart.querySelectorAll('text')].filter((text) => /^\d,\d$/.test(text.textContent ?? ''));
    expect(ticks.map((tick) => tick.textContent)).toEqual(['2,0', '2,5', '3,0', '3,5', '4,0', '4,5']);
    expect(ticks[0].getAttribute('text-anchor')).toBe('start');
    expect(ticks[ticks.length - 1].getAttribute('text-anchor')).toBe('end');
  });

  it('says the comparison is refused before publication', async () => {
    renderEvaluation('/evaluasi/lokus/x/pembanding', () => errorOf('FORBIDDEN', null, 'Hanya admin nasional.', 'National admins only.'), {
      user: null,
    });
    expect(await screen.findByText('Perbandingan ini belum dapat dibuka')).toBeTruthy();
  });

  it('says so when there is no one to compare with', async () => {
    renderEvaluation(
      '/evaluasi/lokus/l-Samsat%20Kalteng/pembanding',
      peers(GROUPS.map((group) => ({ ...group, count: 1, points: group.points.filter((p) => p.isUnit) }))),
      {
        user: null,
      },
    );
    expect(await screen.findByText('Tidak ada unit lain untuk dibandingkan')).toBeTruthy();
  });
});

describe('chartDomain', () => {
  it.each<[number[], [number, number]]>([
    [
      [4.13, 4.1, 3.9, 2],
      [2, 4.5],
    ],
    [
      [4.02, 4.03],
      [4, 5],
    ],
    [
      [4.9, 5],
      [4, 5],
    ],
    [[], [0, 5]],
  ])('spans %j as %j', (values, expected) => expect(chartDomain(values)).toEqual(expected));
});
