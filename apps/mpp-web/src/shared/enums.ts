// The enums of the MPP contract, in the order the UI lists them.
export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The onboarding path, in order; PAUSED and LEFT sit beside it. */
export const ONBOARDING_PATH = ['INVITED', 'AGREEMENT_SIGNED', 'DESK_ASSIGNED', 'SERVICES_READY', 'LIVE'] as const;
export type OnboardingStep = (typeof ONBOARDING_PATH)[number];
export type TenancyStep = OnboardingStep | 'PAUSED' | 'LEFT';
export const TENANCY_STEPS: readonly TenancyStep[] = [...ONBOARDING_PATH, 'PAUSED', 'LEFT'];

export const MALL_STATUSES = ['PROPOSED', 'ACTIVE', 'SUSPENDED', 'CLOSED'] as const;
export type MallStatus = (typeof MALL_STATUSES)[number];

export type AgreementStatus = 'NOT_STARTED' | 'ACTIVE' | 'EXPIRING' | 'EXPIRED';
export type TenancyServiceStatus = 'PENDING' | 'LIVE';
export type MallDocumentKind = 'REGENT_LETTER' | 'URGENCY_STUDY' | 'OTHER';
export type DeskDayOutcome = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REJECTED';
export type NotReadyReason = 'STANDARD_INCOMPLETE' | 'AWAITING_GO_LIVE';

/** The 14 components of a Standar Pelayanan; the first six are service delivery. */
export const STANDARD_COMPONENTS = [
  'REQUIREMENTS', 'PROCEDURE', 'DURATION', 'FEE', 'PRODUCT', 'COMPLAINT_HANDLING',
  'LEGAL_BASIS', 'FACILITIES', 'STAFF_COMPETENCE', 'INTERNAL_SUPERVISION', 'STAFF_COUNT', 'SERVICE_GUARANTEE', 'SAFETY_GUARANTEE', 'STAFF_EVALUATION',
] as const;
export type StandardComponent = (typeof STANDARD_COMPONENTS)[number];
