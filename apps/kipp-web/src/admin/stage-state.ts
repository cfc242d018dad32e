import type { KippStage } from '../shared/enums';
import { todayInIndonesia } from '../shared/today';

export type StageState = 'decided' | 'open' | 'upcoming' | 'overdue';

/** Where one stage stands today: decided stages are closed for good; an undecided one past its end is overdue. */
export function stageState(stage: { opensOn: string; closesOn: string; decidedAt: string | null }, today = todayInIndonesia()): StageState {
  if (stage.decidedAt) return 'decided';
  if (today < stage.opensOn) return 'upcoming';
  if (today > stage.closesOn) return 'overdue';
  return 'open';
}

/** The first stage not yet decided, in calendar order; null once everything is decided. */
export function currentStage(stages: { stage: KippStage; decidedAt: string | null }[]): KippStage | null {
  return stages.find((stage) => !stage.decidedAt)?.stage ?? null;
}
