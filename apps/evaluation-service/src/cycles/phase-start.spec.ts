import { SimpulError } from '@simpul/service-kit';
import { CyclePhase } from './cycle-phase.enum';
import type { PhaseRow } from './cycle.row';
import { planPhaseStart } from './phase-start';

const at = (iso: string) => new Date(iso);
const calendar: PhaseRow[] = [
  ['PREPARATION', '2027-01-01', '2027-01-31'],
  ['F01_FILLING', '2027-02-01', '2027-03-31'],
  ['F03_SURVEY', '2027-02-01', '2027-04-15'],
  ['EVALUATOR_SCORING', '2027-04-16', '2027-05-15'],
  ['VERIFICATION', '2027-05-16', '2027-05-31'],
  ['APPEAL', '2027-06-01', '2027-06-10'],
  ['FINALISATION', '2027-06-11', '2027-06-20'],
  ['PUBLISHED', '2027-06-21', '2028-06-30'],
].map(([phase, start, end]) => ({
  phase: phase as CyclePhase,
  startsAt: at(`${start}T00:00:00Z`),
  endsAt: at(`${end}T23:59:59Z`),
  extended: false,
}));

describe('starting a phase ahead of its window', () => {
  const now = at('2027-03-01T08:00:00Z');

  it('opens evaluator scoring now and closes F-01 filling and the F-03 survey just before', () => {
    const changes = planPhaseStart(calendar, CyclePhase.EVALUATOR_SCORING, now);
    expect(changes.map((change) => [change.phase, change.newStartsAt.toISOString(), change.newEndsAt.toISOString()])).toEqual([
      ['EVALUATOR_SCORING', '2027-03-01T08:00:00.000Z', '2027-05-15T23:59:59.000Z'],
      ['F01_FILLING', '2027-02-01T00:00:00.000Z', '2027-03-01T07:59:59.999Z'],
      ['F03_SURVEY', '2027-02-01T00:00:00.000Z', '2027-03-01T07:59:59.999Z'],
    ]);
  });

  it('gives a skipped phase that never opened a one-millisecond window just before, closed now (a window always ends after it starts)', () => {
    const changes = planPhaseStart(calendar, CyclePhase.APPEAL, at('2027-04-20T00:00:00Z'));
    const verification = changes.find((change) => change.phase === CyclePhase.VERIFICATION);
    expect(verification?.newEndsAt.toISOString()).toBe('2027-04-19T23:59:59.999Z');
    expect(verification?.newStartsAt.toISOString()).toBe('2027-04-19T23:59:59.998Z');
  });

  it('never closes F-01 filling when the F-03 survey starts early: they run side by side', () => {
    const early = at('2027-01-20T00:00:00Z');
    const phases = calendar.map((p) => (p.phase === CyclePhase.F01_FILLING ? { ...p, startsAt: at('2027-01-15T00:00:00Z') } : p));
    const changes = planPhaseStart(phases, CyclePhase.F03_SURVEY, early);
    expect(changes.map((change) => change.phase)).toEqual([CyclePhase.F03_SURVEY, CyclePhase.PREPARATION]);
  });

  it('refuses to start a phase that is already open', () => {
    expect(() => planPhaseStart(calendar, CyclePhase.F01_FILLING, now)).toThrow(SimpulError);
  });

  it('refuses to start a phase that is already over, pointing to an extension instead', () => {
    expect(() => planPhaseStart(calendar, CyclePhase.PREPARATION, now)).toThrow(/extend it instead/);
  });
});
