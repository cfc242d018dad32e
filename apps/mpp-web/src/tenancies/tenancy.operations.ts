import { gql } from '@simpul/web-kit';
import { STORED_FILE, type StoredFileInfo } from '../files/file.operations';
import type { FileUpload } from '../files/upload-file';
import { connectionOf, type Connection } from '../shared/connection';
import type { AgreementStatus, StandardComponent, TenancyServiceStatus, TenancyStep, Weekday } from '../shared/enums';

export interface MppDocument {
  title: string;
  number: string | null;
  issuedOn: string | null;
  fileName: string | null;
  url: string | null;
  file: StoredFileInfo | null;
}

export interface Addendum {
  id: string;
  number: string;
  signedOn: string;
  expiresOn: string | null;
  summary: string;
  document: MppDocument | null;
}

export interface Agreement {
  id: string;
  number: string;
  signedOn: string;
  startsOn: string;
  expiresOn: string;
  originalExpiresOn: string;
  status: AgreementStatus;
  daysToExpiry: number;
  document: MppDocument | null;
  addenda: Addendum[];
}

export interface DeskAssignmentRow {
  id: string;
  weekday: Weekday;
  staffCount: number;
  desk: { id: string; number: number; label: string | null };
}

export interface TenancyServiceRow {
  id: string;
  status: TenancyServiceStatus;
  dailyQuota: number | null;
  deliveryReady: boolean;
  missingComponents: StandardComponent[];
  unpublishedComponents: StandardComponent[];
  checkedAt: string;
  service: { id: string; name: string };
  serviceUnit: { id: string; name: string };
}

export interface ChecklistItem {
  code: string;
  label: string;
  labelEn: string;
}

export interface StepDefinition {
  step: TenancyStep;
  title: string;
  checklist: ChecklistItem[];
  requirement: string;
}

export interface StepRecord {
  id: string;
  step: TenancyStep;
  checklist: { code: string; label: string; done: boolean }[];
  note: string | null;
  completedBy: string | null;
  completedByName: string | null;
  completedAt: string;
}

export interface TenancyRow {
  id: string;
  step: TenancyStep;
  invitedAt: string;
  liveSince: string | null;
  canManage: boolean;
  agency: { id: string; name: string };
  mall: { id: string; name: string };
  currentAgreement: { id: string; number: string; expiresOn: string; status: AgreementStatus; daysToExpiry: number } | null;
  deskAssignments: { id: string; weekday: Weekday; desk: { id: string; number: number } }[];
  /** The first few services (the count is the whole list); the rest are on the tenancy's page. */
  services: Connection<{ id: string; status: TenancyServiceStatus; service: { id: string; name: string } }>;
}

/** Page sizes of the tenancy's lists: the first page comes with TENANCY, later ones on their own. */
export const HISTORY_PAGE = 20;
export const AGREEMENT_PAGE = 5;
export const SERVICE_PAGE = 20;

export interface TenancyDetail {
  id: string;
  step: TenancyStep;
  resumeStep: TenancyStep | null;
  invitedAt: string;
  liveSince: string | null;
  leftAt: string | null;
  canManage: boolean;
  agency: { id: string; name: string; type: string };
  mall: { id: string; name: string };
  nextStep: StepDefinition | null;
  /** The first page, oldest first: the five path steps are in it, so the step list reads it too. */
  history: Connection<StepRecord>;
  /** The first page, latest expiry first. */
  agreements: Connection<Agreement>;
  currentAgreement: Agreement | null;
  deskAssignments: DeskAssignmentRow[];
  services: Connection<TenancyServiceRow>;
}

/** Services named in a tenant list row before "and n more". */
export const TENANT_ROW_SERVICES = 3;

const TENANCY_ROW = `id step invitedAt liveSince canManage agency { id name } mall { id name }
  currentAgreement { id number expiresOn status daysToExpiry }
  deskAssignments { id weekday desk { id number } }
  services(first: ${TENANT_ROW_SERVICES}) { ${connectionOf('id status service { id name }')} }`;

export const TENANCIES = gql<{ tenancies: Connection<TenancyRow> }, { filter: { mallId?: string; agencyId?: string; step?: TenancyStep }; first: number; after: string | null }>`
query Tenancies($filter: TenancyFilter, $first: Int, $after: String) { tenancies(filter: $filter, first: $first, after: $after) { ${connectionOf(TENANCY_ROW)} } }`;

const DOCUMENT = `document { title number issuedOn fileName url ${STORED_FILE} }`;
const AGREEMENT = `id number signedOn startsOn expiresOn originalExpiresOn status daysToExpiry ${DOCUMENT}
  addenda { id number signedOn expiresOn summary ${DOCUMENT} }`;
const STEP_RECORD = 'id step note completedBy completedByName completedAt checklist { code label done }';
const TENANCY_SERVICE = `id status dailyQuota deliveryReady missingComponents unpublishedComponents checkedAt
  service { id name } serviceUnit { id name }`;

export const TENANCY = gql<{ tenancy: TenancyDetail | null; onboardingSteps: StepDefinition[] }, { id: string }>`
query Tenancy($id: ID!) {
  tenancy(id: $id) {
    id step resumeStep invitedAt liveSince leftAt canManage
    agency { id name type } mall { id name }
    nextStep { step title requirement checklist { code label labelEn } }
    history(first: ${String(HISTORY_PAGE)}) { ${connectionOf(STEP_RECORD)} }
    agreements(first: ${String(AGREEMENT_PAGE)}) { ${connectionOf(AGREEMENT)} }
    currentAgreement { ${AGREEMENT} }
    deskAssignments { id weekday staffCount desk { id number label } }
    services(first: ${String(SERVICE_PAGE)}) { ${connectionOf(TENANCY_SERVICE)} }
  }
  onboardingSteps { step title requirement checklist { code label labelEn } }
}`;

type PageVariables = { id: string; first: number; after: string | null };

/** Later pages of the step history (the first came with TENANCY). */
export const TENANCY_HISTORY = gql<{ tenancy: { id: string; history: Connection<StepRecord> } | null }, PageVariables>`
query TenancyHistory($id: ID!, $first: Int, $after: String) { tenancy(id: $id) { id history(first: $first, after: $after) { ${connectionOf(STEP_RECORD)} } } }`;

/** Later pages of the agreements (the first came with TENANCY). */
export const TENANCY_AGREEMENTS = gql<{ tenancy: { id: string; agreements: Connection<Agreement> } | null }, PageVariables>`
query TenancyAgreements($id: ID!, $first: Int, $after: String) { tenancy(id: $id) { id agreements(first: $first, after: $after) { ${connectionOf(AGREEMENT)} } } }`;

/** Later pages of the tenant's services (the first came with TENANCY). */
export const TENANCY_SERVICES = gql<{ tenancy: { id: string; services: Connection<TenancyServiceRow> } | null }, PageVariables>`
query TenancyServices($id: ID!, $first: Int, $after: String) { tenancy(id: $id) { id services(first: $first, after: $after) { ${connectionOf(TENANCY_SERVICE)} } } }`;

export const ONBOARDING_STEPS = gql<{ onboardingSteps: StepDefinition[] }>`
query OnboardingSteps { onboardingSteps { step title requirement checklist { code label labelEn } } }`;

export const INVITE_TENANT = gql<{ inviteTenant: { id: string } }, { input: { mallId: string; agencyId: string; checklist: string[]; note: string | null } }>`
mutation InviteTenant($input: InviteTenantInput!) { inviteTenant(input: $input) { id } }`;

export const ADVANCE_TENANCY = gql<{ advanceTenancy: { id: string; step: TenancyStep } }, { input: { tenancyId: string; to: TenancyStep; checklist: string[]; note: string | null } }>`
mutation AdvanceTenancy($input: AdvanceTenancyInput!) { advanceTenancy(input: $input) { id step } }`;

export const PAUSE_TENANCY = gql<{ pauseTenancy: { id: string; step: TenancyStep } }, { id: string; reason: string }>`
mutation PauseTenancy($id: ID!, $reason: String!) { pauseTenancy(id: $id, reason: $reason) { id step } }`;

export const RESUME_TENANCY = gql<{ resumeTenancy: { id: string; step: TenancyStep } }, { id: string; note: string | null }>`
mutation ResumeTenancy($id: ID!, $note: String) { resumeTenancy(id: $id, note: $note) { id step } }`;

export const LEAVE_TENANCY = gql<{ leaveTenancy: { id: string; step: TenancyStep } }, { id: string; reason: string }>`
mutation LeaveTenancy($id: ID!, $reason: String!) { leaveTenancy(id: $id, reason: $reason) { id step } }`;

export interface DocumentInput {
  title: string;
  number: string | null;
  issuedOn: string | null;
  fileName: string | null;
  url: string | null;
  file: FileUpload | null;
}

export interface RecordAgreementInput {
  tenancyId: string;
  number: string;
  signedOn: string;
  startsOn: string;
  expiresOn: string;
  document: DocumentInput | null;
}

export const RECORD_AGREEMENT = gql<{ recordAgreement: { id: string } }, { input: RecordAgreementInput }>`
mutation RecordAgreement($input: RecordAgreementInput!) { recordAgreement(input: $input) { id } }`;

export interface AddendumInput {
  agreementId: string;
  number: string;
  signedOn: string;
  expiresOn: string | null;
  summary: string;
  document: DocumentInput | null;
}

export const ADD_AGREEMENT_ADDENDUM = gql<{ addAgreementAddendum: { id: string; expiresOn: string } }, { input: AddendumInput }>`
mutation AddAgreementAddendum($input: AddAgreementAddendumInput!) { addAgreementAddendum(input: $input) { id expiresOn } }`;
