import { DataOrigin } from '@simpul/service-kit';
import { CyclePhase, EvaluationScheme, PHASE_ORDER } from './cycle-phase.enum';
import type { CycleRow } from './cycle.row';
import { currentPhase, openPhases, requirePhase, requirePhaseStartable, validatePhaseWindows } from './phase-rules';

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const cycle: CycleRow = {
  id: 'c',
  year: 2027,
  name: 'PEKPPP 2027',
  scheme: EvaluationScheme.PEMANTAUAN,
  instrumentIds: ['pekppp-2024-a'],
  finalisedAt: null,
  publishedAt: null,
  origin: DataOrigin.OFFICIAL,
  source: null,
  phases: [
    { phase: CyclePhase.PREPARATION, startsAt: day('2027-01-01'), endsAt: day('2027-01-31'), extended: false },
    { phase: CyclePhase.F01_FILLING, startsAt: day('2027-02-01'), endsAt: day('2027-03-31'), extended: false },
    { phase: CyclePhase.F03_SURVEY, startsAt: day('2027-02-01'), endsAt: day('2027-04-15'), extended: false },
  ],
};

describe('phase rules', () => {
  it('F-01 and F-03 can be open together; the current phase is the later one', () => {
    expect(openPhases(cycle, day('2027-02-10'))).toEqual(['F01_FILLING', 'F03_SURVEY']);
    expect(currentPhase(cycle, day('2027-02-10'))).toBe('F03_SURVEY');
    expect(currentPhase(cycle, day('2028-01-01'))).toBeNull();
  });

  it('an action outside its phase is CONFLICT naming the phase, its window in Jakarta time and where the cycle is — no phase codes, no ISO timestamps', () => {
    expect(() => requirePhase(cycle, [CyclePhase.F01_FILLING], day('2027-01-15'), { en: 'Saving F-01', id: 'Menyimpan F-01' })).toThrow(
      expect.objectContaining({
        code: 'CONFLICT',
        messages: {
          en: 'Saving F-01 is only possible during F-01 filling (1 February 2027, 07:00 WIB – 31 March 2027, 07:00 WIB); now (15 January 2027, 07:00 WIB) the cycle is in preparation.',
          id: 'Menyimpan F-01 hanya dapat dilakukan pada tahap pengisian F-01 (1 Februari 2027 pukul 07.00 WIB – 31 Maret 2027 pukul 07.00 WIB); sekarang (15 Januari 2027 pukul 07.00 WIB) siklus sedang dalam tahap persiapan.',
        },
      }),
    );
  });

  it('a finalised cycle refuses every write whatever the phase', () => {
    expect(() =>
      requirePhase({ ...cycle, finalisedAt: day('2027-06-15') }, [CyclePhase.F01_FILLING], day('2027-02-10'), {
        en: 'Saving F-01',
        id: 'Menyimpan F-01',
      }),
    ).toThrow(/finalised on 15 June 2027, 07:00 WIB and are frozen/);
  });

  it('phase windows: all eight, once each, ending after they start, starting in order', () => {
    const windows = PHASE_ORDER.map((phase, i) => ({ phase, startsAt: day(`2027-0${i + 1}-01`), endsAt: day(`2027-0${i + 1}-20`) }));
    expect(validatePhaseWindows([...windows].reverse()).map((window) => window.phase)).toEqual(PHASE_ORDER);
    expect(() => validatePhaseWindows(windows.slice(1))).toThrow(/The preparation phase has no window/);
    expect(() => validatePhaseWindows([...windows, windows[0]])).toThrow(/listed twice/);
    expect(() => validatePhaseWindows(windows.map((w, i) => (i === 2 ? { ...w, endsAt: w.startsAt } : w)))).toThrow(
      /must end after it starts/,
    );
    expect(() => validatePhaseWindows(windows.map((w, i) => (i === 3 ? { ...w, startsAt: day('2026-12-01') } : w)))).toThrow(
      /cannot start before/,
    );
  });

  it('publication cannot start early before the results are finalised; after finalisation nothing else can', () => {
    expect(() => requirePhaseStartable(cycle, CyclePhase.PUBLISHED)).toThrow(/only after the results are finalised/);
    expect(() => requirePhaseStartable(cycle, CyclePhase.EVALUATOR_SCORING)).not.toThrow();
    const finalised = { ...cycle, finalisedAt: day('2027-06-15') };
    expect(() => requirePhaseStartable(finalised, CyclePhase.PUBLISHED)).not.toThrow();
    expect(() => requirePhaseStartable(finalised, CyclePhase.VERIFICATION)).toThrow(/finalised .* frozen/);
  });
});
