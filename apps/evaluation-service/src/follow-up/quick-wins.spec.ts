import { actionsFromGap, quickWins } from './quick-wins';

const step = (indicatorCode: string, from: number, to: number, gain: number) => ({
  indicatorCode,
  indicatorText: `Indikator ${indicatorCode}`,
  from,
  to,
  gain,
  targetDescriptor: `level ${to} of ${indicatorCode}`,
});

describe('quick wins from the gap analysis', () => {
  const gap = { steps: [step('2.a.P', 2, 4, 0.08), step('29.f.B', 3, 4, 0.05), step('1.a.S', 5, 5, 0)] };
  const descriptor = (code: string, level: number) => `${code} level ${level}`;

  it('are one level on each indicator of the path, worth the step gain per level, largest first', () => {
    expect(quickWins(gap, new Set(), descriptor)).toEqual([
      {
        indicatorCode: '29.f.B',
        indicatorText: 'Indikator 29.f.B',
        from: 3,
        to: 4,
        gain: 0.05,
        targetDescriptor: '29.f.B level 4',
        planned: false,
      },
      {
        indicatorCode: '2.a.P',
        indicatorText: 'Indikator 2.a.P',
        from: 2,
        to: 3,
        gain: 0.04,
        targetDescriptor: '2.a.P level 3',
        planned: false,
      },
    ]);
  });

  it('say which indicators the plan already works on', () => {
    expect(quickWins(gap, new Set(['2.a.P']), descriptor).map((win) => [win.indicatorCode, win.planned])).toEqual([
      ['29.f.B', false],
      ['2.a.P', true],
    ]);
  });

  it('the draft starts with one action per step of the rapor, naming the indicator and its levels', () => {
    expect(actionsFromGap({ steps: [step('2.a.P', 2, 4, 0.08)] })).toEqual([
      { title: 'Naikkan 2.a.P dari level 2 ke 4: level 4 of 2.a.P', indicatorCodes: ['2.a.P'] },
    ]);
  });
});
