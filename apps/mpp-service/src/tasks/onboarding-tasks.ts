import { rows, type Task } from '@simpul/service-kit';
import { ONBOARDING_PATH, pathIndex, TenancyStep } from '../tenancies/tenancy-step.enum';
import { stepDefinition } from '../tenancies/onboarding-steps';
import { mppTask, onboardingUrl, type TaskQuery } from './mpp-task';
import type { RegistryNames } from './registry-names';

export interface WaitingTenancy {
  tenancyId: string;
  agencyId: string;
  step: TenancyStep;
}

/** The English names of the steps (onboarding-steps.ts holds the Indonesian titles the web shows). */
const STEP_EN: Record<string, string> = {
  [TenancyStep.AGREEMENT_SIGNED]: 'Agreement signed',
  [TenancyStep.DESK_ASSIGNED]: 'Desk assigned',
  [TenancyStep.SERVICES_READY]: 'Services ready',
  [TenancyStep.LIVE]: 'Live',
};

/** Tenancies of the mall on the way to LIVE (paused and departed ones wait on no step): one statement. */
export function waitingTenancies(query: TaskQuery, mallId: string): Promise<WaitingTenancy[]> {
  return rows<WaitingTenancy>(
    query.db,
    `SELECT t.id AS "tenancyId", t.agency_id AS "agencyId", t.step FROM mpp.tenancies t
     WHERE t.mall_id = $1 AND t.step = ANY($2::text[])`,
    [mallId, ONBOARDING_PATH.filter((step) => step !== TenancyStep.LIVE)],
    { prepared: true },
  );
}

/** "Lanjutkan onboarding BPJS Ketenagakerjaan: Layanan siap", progress the steps done of five. */
export function onboardingTask(query: TaskQuery, tenancy: WaitingTenancy, names: RegistryNames): Task {
  const done = pathIndex(tenancy.step) + 1;
  const next = ONBOARDING_PATH[done];
  const agency = names.agency(tenancy.agencyId);
  const nextTitle = { id: stepDefinition(next)?.title ?? next, en: STEP_EN[next] ?? next };
  return mppTask(query, {
    // The next step is part of the id: completing it is a different piece of work from the one after.
    id: `mpp:onboarding:${tenancy.tenancyId}:${next}`,
    title: { id: `Lanjutkan onboarding ${agency.id}: ${nextTitle.id}`, en: `Continue onboarding ${agency.en}: ${nextTitle.en}` },
    detail: {
      id: `${done} dari ${ONBOARDING_PATH.length} tahap selesai; berikutnya ${nextTitle.id}`,
      en: `${done} of ${ONBOARDING_PATH.length} steps done; next: ${nextTitle.en}`,
    },
    dueDate: null,
    progress: { done, total: ONBOARDING_PATH.length },
    url: onboardingUrl(tenancy.tenancyId),
  });
}
