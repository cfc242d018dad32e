import { badUserInput, conflict } from '@simpul/service-kit';
import { CyclePhase, PHASE_LABELS, PHASE_ORDER } from './cycle-phase.enum';
import type { CycleRow, PhaseRow } from './cycle.row';
import type { PhaseWindowInput } from './cycle.input';
import { jakartaTime } from './jakarta-time';

export interface Action {
  en: string;
  id: string;
}

export function isOpen(phase: PhaseRow, now: Date): boolean {
  return phase.startsAt.getTime() <= now.getTime() && now.getTime() <= phase.endsAt.getTime();
}

export function openPhases(cycle: CycleRow, now: Date): CyclePhase[] {
  return cycle.phases.filter((phase) => isOpen(phase, now)).map((phase) => phase.phase);
}

export function currentPhase(cycle: CycleRow, now: Date): CyclePhase | null {
  return openPhases(cycle, now).at(-1) ?? null;
}

const stamp = jakartaTime;

/** After finalisation nothing that feeds a result may change; corrections go through new versions. */
export function requireNotFrozen(cycle: CycleRow, action: Action): void {
  if (cycle.finalisedAt) {
    throw conflict(
      `${action.en} is refused: the ${cycle.year} results were finalised on ${stamp(cycle.finalisedAt, 'en')} and are frozen; ask the national admin for a correction.`,
      `${action.id} ditolak: hasil ${cycle.year} sudah difinalisasi pada ${stamp(cycle.finalisedAt, 'id')} dan dibekukan; mintalah koreksi kepada admin nasional.`,
      'cycle',
    );
  }
}

/**
 * Which phase the admin may start early. Finalised results are frozen, but publishing them is what
 * follows, so after finalisation publication (and only it) may start early; before finalisation it
 * may not, because closing the finalisation window would leave results that can never be frozen.
 */
export function requirePhaseStartable(cycle: CycleRow, phase: CyclePhase): void {
  if (phase === CyclePhase.PUBLISHED) {
    if (!cycle.finalisedAt) {
      throw conflict(
        'Publication can start only after the results are finalised: finalise them in the finalisation phase first.',
        'Tahap publikasi baru dapat dimulai setelah hasil difinalisasi: finalisasi hasil pada tahap finalisasi terlebih dahulu.',
        'input.phase',
      );
    }
    return;
  }
  requireNotFrozen(cycle, { en: 'Starting a phase', id: 'Memulai tahap' });
}

/** Refuses an action outside its phases with a message naming each phase and its window. */
export function requirePhase(cycle: CycleRow, allowed: readonly CyclePhase[], now: Date, action: Action): void {
  requireNotFrozen(cycle, action);
  const windows = cycle.phases.filter((phase) => allowed.includes(phase.phase));
  if (windows.some((phase) => isOpen(phase, now))) return;
  const open = openPhases(cycle, now);
  const list = (language: 'en' | 'id') =>
    windows
      .map((phase) => `${PHASE_LABELS[phase.phase][language]} (${stamp(phase.startsAt, language)} – ${stamp(phase.endsAt, language)})`)
      .join(language === 'en' ? ' or ' : ' atau ');
  const nowEn = open.length
    ? `the cycle is in ${open.map((phase) => PHASE_LABELS[phase].en).join(' and ')}`
    : 'no phase of the cycle is open';
  const nowId = open.length
    ? `siklus sedang dalam tahap ${open.map((phase) => PHASE_LABELS[phase].id).join(' dan ')}`
    : 'tidak ada tahap siklus yang terbuka';
  throw conflict(
    `${action.en} is only possible during ${list('en')}; now (${stamp(now, 'en')}) ${nowEn}.`,
    `${action.id} hanya dapat dilakukan pada tahap ${list('id')}; sekarang (${stamp(now, 'id')}) ${nowId}.`,
    'phase',
  );
}

/** Every phase exactly once, each ending after it starts, starting in the regulation's order. */
export function validatePhaseWindows(phases: readonly PhaseWindowInput[]): PhaseWindowInput[] {
  const byPhase = new Map<CyclePhase, PhaseWindowInput>();
  phases.forEach((window, i) => {
    if (byPhase.has(window.phase))
      throw badUserInput(
        `input.phases.${i}.phase`,
        `The ${PHASE_LABELS[window.phase].en} phase is listed twice.`,
        `Tahap ${PHASE_LABELS[window.phase].id} tercantum dua kali.`,
      );
    if (!(window.endsAt.getTime() > window.startsAt.getTime())) {
      throw badUserInput(
        `input.phases.${i}.endsAt`,
        `The ${PHASE_LABELS[window.phase].en} phase must end after it starts.`,
        `Tahap ${PHASE_LABELS[window.phase].id} harus berakhir sesudah dimulai.`,
      );
    }
    byPhase.set(window.phase, window);
  });
  const ordered: PhaseWindowInput[] = [];
  for (const phase of PHASE_ORDER) {
    const window = byPhase.get(phase);
    if (!window)
      throw badUserInput(
        'input.phases',
        `The ${PHASE_LABELS[phase].en} phase has no window.`,
        `Tahap ${PHASE_LABELS[phase].id} belum diberi jendela waktu.`,
      );
    const previous = ordered.at(-1);
    if (previous && window.startsAt.getTime() < previous.startsAt.getTime()) {
      // Named on the later phase's start field, so the form shows it where the date is typed.
      throw badUserInput(
        `input.phases.${phases.indexOf(window)}.startsAt`,
        `The ${PHASE_LABELS[phase].en} phase cannot start before the ${PHASE_LABELS[previous.phase].en} phase.`,
        `Tahap ${PHASE_LABELS[phase].id} tidak boleh dimulai sebelum tahap ${PHASE_LABELS[previous.phase].id}.`,
      );
    }
    ordered.push(window);
  }
  return ordered;
}
