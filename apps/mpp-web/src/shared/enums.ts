// The enums of the MPP contract, in the order the UI lists them; the types come from the supergraph
// (npm run codegen), the lists check that they name only values the schema has.
import type {
  AgreementStatus,
  DeskDayOutcome,
  MallDocumentKind,
  MallStatus,
  NotReadyReason,
  StandardComponent,
  TenancyServiceStatus,
  TenancyStep,
  Weekday,
} from '../__generated__/operations';

export type {
  AgreementStatus,
  DeskDayOutcome,
  MallDocumentKind,
  MallStatus,
  NotReadyReason,
  StandardComponent,
  TenancyServiceStatus,
  TenancyStep,
  Weekday,
};

export const WEEKDAYS = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const satisfies readonly Weekday[];

/** The onboarding path, in order; PAUSED and LEFT sit beside it. */
export const ONBOARDING_PATH = [
  'INVITED',
  'AGREEMENT_SIGNED',
  'DESK_ASSIGNED',
  'SERVICES_READY',
  'LIVE',
] as const satisfies readonly TenancyStep[];
export type OnboardingStep = (typeof ONBOARDING_PATH)[number];
export const TENANCY_STEPS: readonly TenancyStep[] = [...ONBOARDING_PATH, 'PAUSED', 'LEFT'];

export const MALL_STATUSES = ['PROPOSED', 'ACTIVE', 'SUSPENDED', 'CLOSED'] as const satisfies readonly MallStatus[];

/** The 14 components of a Standar Pelayanan; the first six are service delivery. */
export const STANDARD_COMPONENTS = [
  'REQUIREMENTS',
  'PROCEDURE',
  'DURATION',
  'FEE',
  'PRODUCT',
  'COMPLAINT_HANDLING',
  'LEGAL_BASIS',
  'FACILITIES',
  'STAFF_COMPETENCE',
  'INTERNAL_SUPERVISION',
  'STAFF_COUNT',
  'SERVICE_GUARANTEE',
  'SAFETY_GUARANTEE',
  'STAFF_EVALUATION',
] as const satisfies readonly StandardComponent[];

/** Compiles only when every value of `T` is in the list: a value added to the schema fails typecheck here. */
type Covers<T extends string, List extends readonly string[]> = Exclude<T, List[number]> extends never ? true : never;
export const ENUM_LISTS_COVER_THE_SCHEMA: [
  Covers<Weekday, typeof WEEKDAYS>,
  Covers<Exclude<TenancyStep, 'PAUSED' | 'LEFT'>, typeof ONBOARDING_PATH>,
  Covers<MallStatus, typeof MALL_STATUSES>,
  Covers<StandardComponent, typeof STANDARD_COMPONENTS>,
] = [true, true, true, true];
