import { nodes } from '@simpul/web-kit';
import { ONBOARDING_PATH, type OnboardingStep, type StandardComponent, type TenancyStep } from '../shared/enums';
import type { StepRecord, TenancyDetail } from './tenancy.operations';

export type StepState = 'done' | 'next' | 'upcoming';

export interface StepView {
  step: OnboardingStep;
  state: StepState;
  /** Who completed the step and when; the latest record when a step was done more than once. */
  record: StepRecord | null;
}

/** Why the next step cannot be completed yet, as the service will check it. */
export type Blocker =
  | { kind: 'left' }
  | { kind: 'paused' }
  | { kind: 'noAgreement' }
  | { kind: 'agreementNotStarted'; startsOn: string }
  | { kind: 'agreementExpired'; expiresOn: string }
  | { kind: 'noDesk' }
  | { kind: 'noServices' }
  | { kind: 'servicesIncomplete'; services: { name: string; missing: StandardComponent[]; unpublished: StandardComponent[] }[] }
  /** Services beyond the first page were not checked here; the services page lists them all. */
  | { kind: 'moreServices'; count: number };

type FlowTenancy = Pick<TenancyDetail, 'step' | 'resumeStep' | 'history' | 'currentAgreement' | 'deskAssignments' | 'services'>;

/** Where on the path the tenancy stands: a paused one stands where it will resume, one that left nowhere. */
export function pathPosition(step: TenancyStep, resumeStep: TenancyStep | null): number {
  const effective = step === 'PAUSED' ? resumeStep : step;
  return ONBOARDING_PATH.indexOf(effective as OnboardingStep);
}

/** The step after the current one, or null when live, left, or (paused) until resumed. */
export function nextOnboardingStep(step: TenancyStep): OnboardingStep | null {
  const index = ONBOARDING_PATH.indexOf(step as OnboardingStep);
  return index >= 0 && index < ONBOARDING_PATH.length - 1 ? ONBOARDING_PATH[index + 1] : null;
}

/** The five steps of the path, each done, next or still to come, with who completed it. */
export function stepViews(tenancy: FlowTenancy): StepView[] {
  const position = pathPosition(tenancy.step, tenancy.resumeStep);
  const active = tenancy.step !== 'PAUSED' && tenancy.step !== 'LEFT';
  return ONBOARDING_PATH.map((step, index) => {
    const records = nodes(tenancy.history).filter((record) => record.step === step);
    const record = records.length ? records.reduce((a, b) => (a.completedAt >= b.completedAt ? a : b)) : null;
    const state: StepState = index <= position ? 'done' : index === position + 1 && active ? 'next' : 'upcoming';
    return { step, state, record };
  });
}

function agreementBlockers(tenancy: FlowTenancy): Blocker[] {
  const agreement = tenancy.currentAgreement;
  if (!agreement) return [{ kind: 'noAgreement' }];
  if (agreement.status === 'EXPIRED') return [{ kind: 'agreementExpired', expiresOn: agreement.expiresOn }];
  if (agreement.status === 'NOT_STARTED') return [{ kind: 'agreementNotStarted', startsOn: agreement.startsOn }];
  return [];
}

function serviceBlockers(tenancy: FlowTenancy): Blocker[] {
  if (tenancy.services.totalCount === 0) return [{ kind: 'noServices' }];
  const incomplete = nodes(tenancy.services)
    .filter((service) => !service.deliveryReady)
    .map((service) => ({ name: service.service.name, missing: service.missingComponents, unpublished: service.unpublishedComponents }));
  const unchecked = tenancy.services.totalCount - tenancy.services.edges.length;
  return [
    ...(incomplete.length ? [{ kind: 'servicesIncomplete', services: incomplete } as const] : []),
    ...(unchecked > 0 ? [{ kind: 'moreServices', count: unchecked } as const] : []),
  ];
}

/**
 * What stands between the tenancy and its next step, checked in the browser with the data already on
 * the page, so the operator sees what to fix before pressing the button. The service checks the same
 * rules again and stays the authority.
 */
export function blockersFor(tenancy: FlowTenancy, target: TenancyStep | null): Blocker[] {
  if (tenancy.step === 'LEFT') return [{ kind: 'left' }];
  if (tenancy.step === 'PAUSED') return [{ kind: 'paused' }];
  switch (target) {
    case 'AGREEMENT_SIGNED':
      return agreementBlockers(tenancy);
    case 'DESK_ASSIGNED':
      return tenancy.deskAssignments.length ? [] : [{ kind: 'noDesk' }];
    case 'SERVICES_READY':
      return serviceBlockers(tenancy);
    case 'LIVE':
      return [
        ...agreementBlockers(tenancy),
        ...(tenancy.deskAssignments.length ? [] : [{ kind: 'noDesk' } as const]),
        ...serviceBlockers(tenancy),
      ];
    default:
      return [];
  }
}

/** The checklist codes not yet ticked; every item is required. */
export function uncheckedItems(required: readonly string[], ticked: ReadonlySet<string>): string[] {
  return required.filter((code) => !ticked.has(code));
}
