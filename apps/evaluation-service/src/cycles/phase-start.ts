import { badUserInput } from '@simpul/service-kit';
import { CyclePhase, PHASE_LABELS, PHASE_ORDER } from './cycle-phase.enum';
import type { PhaseRow } from './cycle.row';
import { isOpen } from './phase-rules';

export interface PhaseWindowChange {
  phase: CyclePhase;
  previousStartsAt: Date;
  previousEndsAt: Date;
  newStartsAt: Date;
  newEndsAt: Date;
}

// F-01 filling and the F-03 survey run side by side: starting one never closes the other.
const PARALLEL: ReadonlySet<CyclePhase> = new Set([CyclePhase.F01_FILLING, CyclePhase.F03_SURVEY]);

/**
 * The calendar change that starts `target` now, ahead of its window: its window opens now and every
 * earlier phase still open or yet to come closes just before (a phase that never opened gets a
 * one-millisecond window just before, since a window always ends after it starts), so the cycle
 * moves on when the work is done early. Later phases keep their dates.
 */
export function planPhaseStart(phases: readonly PhaseRow[], target: CyclePhase, now: Date): PhaseWindowChange[] {
  const window = phases.find((phase) => phase.phase === target);
  if (!window) throw badUserInput('input.phase', 'This cycle has no such phase.', 'Siklus ini tidak memiliki tahap tersebut.');
  const label = PHASE_LABELS[target];
  if (isOpen(window, now)) throw badUserInput('input.phase', `The ${label.en} phase is already open.`, `Tahap ${label.id} sudah terbuka.`);
  if (window.endsAt.getTime() < now.getTime()) {
    throw badUserInput(
      'input.phase',
      `The ${label.en} phase is already over; extend it instead.`,
      `Tahap ${label.id} sudah lewat; perpanjang tahap itu sebagai gantinya.`,
    );
  }
  const closeAt = new Date(now.getTime() - 1);
  const position = PHASE_ORDER.indexOf(target);
  const changes: PhaseWindowChange[] = [
    { phase: target, previousStartsAt: window.startsAt, previousEndsAt: window.endsAt, newStartsAt: now, newEndsAt: window.endsAt },
  ];
  for (const phase of phases) {
    const earlier = PHASE_ORDER.indexOf(phase.phase) < position;
    const parallel = PARALLEL.has(phase.phase) && PARALLEL.has(target);
    if (!earlier || parallel || phase.endsAt.getTime() < now.getTime()) continue;
    const newStartsAt = phase.startsAt.getTime() >= closeAt.getTime() ? new Date(closeAt.getTime() - 1) : phase.startsAt;
    changes.push({ phase: phase.phase, previousStartsAt: phase.startsAt, previousEndsAt: phase.endsAt, newStartsAt, newEndsAt: closeAt });
  }
  return changes;
}
