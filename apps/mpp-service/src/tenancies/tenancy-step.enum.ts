import { registerEnumType } from '@nestjs/graphql';

export enum TenancyStep {
  INVITED = 'INVITED',
  AGREEMENT_SIGNED = 'AGREEMENT_SIGNED',
  DESK_ASSIGNED = 'DESK_ASSIGNED',
  SERVICES_READY = 'SERVICES_READY',
  LIVE = 'LIVE',
  PAUSED = 'PAUSED',
  LEFT = 'LEFT',
}
registerEnumType(TenancyStep, {
  name: 'TenancyStep',
  description:
    'Tahap onboarding tenant: diundang → PKS ditandatangani → gerai ditetapkan → layanan siap → beroperasi; atau dijeda / keluar',
});

/** The onboarding path, in order; no step may be skipped. */
export const ONBOARDING_PATH = [
  TenancyStep.INVITED,
  TenancyStep.AGREEMENT_SIGNED,
  TenancyStep.DESK_ASSIGNED,
  TenancyStep.SERVICES_READY,
  TenancyStep.LIVE,
] as const;

export function pathIndex(step: TenancyStep): number {
  return (ONBOARDING_PATH as readonly TenancyStep[]).indexOf(step);
}

/** True when the tenancy has reached `step` on the path (PAUSED and LEFT are off the path). */
export function hasReached(step: TenancyStep, target: TenancyStep): boolean {
  return pathIndex(step) >= pathIndex(target) && pathIndex(step) >= 0;
}
