import { badUserInput } from '@simpul/service-kit';
import { conflict } from '../common/errors';
import { CyclePhase, PHASE_LABELS, PHASE_ORDER } from './cycle-phase.enum';
import type { CycleRow, PhaseRow } from './cycle.row';
import type { PhaseWindowInput } from './cycle.input';

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

function stamp(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** After finalisation nothing that feeds a result may change; corrections go through new versions. */
export function requireNotFrozen(cycle: CycleRow, action: Action): void {
  if (cycle.finalisedAt) {
    throw conflict(
      `${action.en} is refused: the ${cycle.year} results were finalised on ${stamp(cycle.finalisedAt)} and are frozen; ask the national admin for a correction.`,
      `${action.id} ditolak: hasil ${cycle.year} sudah difinalisasi pada ${stamp(cycle.finalisedAt)} dan dibekukan; mintalah koreksi kepada admin nasional.`,
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
    windows.map((phase) => `${PHASE_LABELS[phase.phase][language]} (${phase.phase}, ${stamp(phase.startsAt)} – ${stamp(phase.endsAt)})`).join(language === 'en' ? ' or ' : ' atau ');
  const nowEn = open.length ? `the cycle is in ${open.map((phase) => PHASE_LABELS[phase].en).join(' and ')}` : 'no phase of the cycle is open';
  const nowId = open.length ? `siklus sedang dalam tahap ${open.map((phase) => PHASE_LABELS[phase].id).join(' dan ')}` : 'tidak ada tahap siklus yang terbuka';
  throw conflict(
    `${action.en} is only possible during ${list('en')}; now (${stamp(now)}) ${nowEn}.`,
    `${action.id} hanya dapat dilakukan pada tahap ${list('id')}; sekarang (${stamp(now)}) ${nowId}.`,
    'phase',
  );
}

/** Every phase exactly once, each ending after it starts, starting in the regulation's order. */
export function validatePhaseWindows(phases: readonly PhaseWindowInput[]): PhaseWindowInput[] {
  const byPhase = new Map<CyclePhase, PhaseWindowInput>();
  phases.forEach((window, i) => {
    if (byPhase.has(window.phase)) throw badUserInput(`input.phases.${i}.phase`, `Phase ${window.phase} is listed twice.`, `Tahap ${window.phase} tercantum dua kali.`);
    if (!(window.endsAt.getTime() > window.startsAt.getTime())) {
      throw badUserInput(`input.phases.${i}.endsAt`, `Phase ${window.phase} must end after it starts.`, `Tahap ${window.phase} harus berakhir sesudah dimulai.`);
    }
    byPhase.set(window.phase, window);
  });
  const ordered: PhaseWindowInput[] = [];
  for (const phase of PHASE_ORDER) {
    const window = byPhase.get(phase);
    if (!window) throw badUserInput('input.phases', `Phase ${phase} has no window.`, `Tahap ${phase} belum diberi jendela waktu.`);
    const previous = ordered.at(-1);
    if (previous && window.startsAt.getTime() < previous.startsAt.getTime()) {
      throw badUserInput('input.phases', `Phase ${phase} cannot start before ${previous.phase}.`, `Tahap ${phase} tidak boleh dimulai sebelum ${previous.phase}.`);
    }
    ordered.push(window);
  }
  return ordered;
}
