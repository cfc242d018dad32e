import { currentStage } from './stage-state';

const calendar = (decidedUpTo: number) => [
  {
    stage: 'REGISTRATION' as const,
    opensOn: '2026-05-16',
    closesOn: '2026-06-15',
    decidedAt: decidedUpTo >= 1 ? '2026-06-15T09:00:00Z' : null,
  },
  { stage: 'ADMINISTRATIVE_SELECTION' as const, opensOn: '2026-07-16', closesOn: '2026-07-30', decidedAt: null },
];

describe('the current stage agrees with the calendar rows', () => {
  it('rule: a stage that has not opened is the next stage with its date, never "current"', () => {
    expect(currentStage(calendar(1), '2026-06-20')).toEqual({
      stage: 'ADMINISTRATIVE_SELECTION',
      state: 'upcoming',
      opensOn: '2026-07-16',
    });
  });

  it('is current once it has opened, and overdue past its end while undecided', () => {
    expect(currentStage(calendar(1), '2026-07-16')?.state).toBe('open');
    expect(currentStage(calendar(1), '2026-08-01')?.state).toBe('overdue');
    expect(currentStage(calendar(0), '2026-06-01')).toMatchObject({ stage: 'REGISTRATION', state: 'open' });
  });
});
