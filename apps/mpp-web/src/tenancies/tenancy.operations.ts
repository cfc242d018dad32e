import { connectionOf, gql, type NodeOf } from '@simpul/web-kit';
import type {
  AddAgreementAddendumInput,
  AddAgreementAddendumMutation,
  AddAgreementAddendumMutationVariables,
  AdvanceTenancyMutation,
  AdvanceTenancyMutationVariables,
  CorrectAgreementInput,
  CorrectAgreementMutation,
  CorrectAgreementMutationVariables,
  TenancyChangesQuery,
  TenancyChangesQueryVariables,
  InviteTenantMutation,
  InviteTenantMutationVariables,
  LeaveTenancyMutation,
  LeaveTenancyMutationVariables,
  MppDocumentInput,
  OnboardingStepsQuery,
  OnboardingStepsQueryVariables,
  PauseTenancyMutation,
  PauseTenancyMutationVariables,
  RecordAgreementInput,
  RecordAgreementMutation,
  RecordAgreementMutationVariables,
  ResumeTenancyMutation,
  ResumeTenancyMutationVariables,
  TenanciesQuery,
  TenanciesQueryVariables,
  TenancyAgreementsQuery,
  TenancyAgreementsQueryVariables,
  TenancyHistoryQuery,
  TenancyHistoryQueryVariables,
  TenancyQuery,
  TenancyQueryVariables,
  TenancyServicesQuery,
  TenancyServicesQueryVariables,
} from '../__generated__/operations';
import { STORED_FILE } from '../files/file.operations';

export type TenancyDetail = NonNullable<TenancyQuery['tenancy']>;
export type Agreement = NodeOf<TenancyDetail['agreements']>;
export type MppDocument = NonNullable<Agreement['document']>;
export type Addendum = Agreement['addenda'][number];
export type DeskAssignmentRow = TenancyDetail['deskAssignments'][number];
export type TenancyServiceRow = NodeOf<TenancyDetail['services']>;
export type StepDefinition = TenancyQuery['onboardingSteps'][number];
export type ChecklistItem = StepDefinition['checklist'][number];
export type StepRecord = NodeOf<TenancyDetail['history']>;
export type TenancyRow = NodeOf<TenanciesQuery['tenancies']>;

/** Page sizes of the tenancy's lists: the first page comes with TENANCY, later ones on their own. */
export const HISTORY_PAGE = 20;
export const AGREEMENT_PAGE = 5;
export const SERVICE_PAGE = 20;

/** Services named in a tenant list row before "and n more". */
export const TENANT_ROW_SERVICES = 3;

const TENANCY_ROW = `id step invitedAt liveSince canManage agency { id name } mall { id name }
  currentAgreement { id number expiresOn status daysToExpiry }
  deskAssignments { id weekday desk { id number } }
  services(first: ${TENANT_ROW_SERVICES}) { ${connectionOf('id status service { id name }')} }`;

export const TENANCIES = gql<TenanciesQuery, TenanciesQueryVariables>`
query Tenancies($filter: TenancyFilter, $first: Int, $after: String) { tenancies(filter: $filter, first: $first, after: $after) { ${connectionOf(TENANCY_ROW)} } }`;

const DOCUMENT = `document { title number issuedOn fileName url ${STORED_FILE} }`;
const AGREEMENT = `id number signedOn startsOn expiresOn originalExpiresOn status daysToExpiry ${DOCUMENT}
  addenda { id number signedOn expiresOn summary ${DOCUMENT} }`;
const STEP_RECORD = 'id step note completedBy completedByName completedAt checklist { code label done }';
const TENANCY_SERVICE = `id status dailyQuota deliveryReady missingComponents unpublishedComponents checkedAt
  service { id name } serviceUnit { id name }`;

export const TENANCY = gql<TenancyQuery, TenancyQueryVariables>`
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

/** Later pages of the step history (the first came with TENANCY). */
export const TENANCY_HISTORY = gql<TenancyHistoryQuery, TenancyHistoryQueryVariables>`
query TenancyHistory($id: ID!, $first: Int, $after: String) { tenancy(id: $id) { id history(first: $first, after: $after) { ${connectionOf(STEP_RECORD)} } } }`;

/** Later pages of the agreements (the first came with TENANCY). */
export const TENANCY_AGREEMENTS = gql<TenancyAgreementsQuery, TenancyAgreementsQueryVariables>`
query TenancyAgreements($id: ID!, $first: Int, $after: String) { tenancy(id: $id) { id agreements(first: $first, after: $after) { ${connectionOf(AGREEMENT)} } } }`;

/** Later pages of the tenant's services (the first came with TENANCY). */
export const TENANCY_SERVICES = gql<TenancyServicesQuery, TenancyServicesQueryVariables>`
query TenancyServices($id: ID!, $first: Int, $after: String) { tenancy(id: $id) { id services(first: $first, after: $after) { ${connectionOf(TENANCY_SERVICE)} } } }`;

export const ONBOARDING_STEPS = gql<OnboardingStepsQuery, OnboardingStepsQueryVariables>`
  query OnboardingSteps {
    onboardingSteps {
      step
      title
      requirement
      checklist {
        code
        label
        labelEn
      }
    }
  }
`;

export const INVITE_TENANT = gql<InviteTenantMutation, InviteTenantMutationVariables>`
  mutation InviteTenant($input: InviteTenantInput!) {
    inviteTenant(input: $input) {
      id
    }
  }
`;

export const ADVANCE_TENANCY = gql<AdvanceTenancyMutation, AdvanceTenancyMutationVariables>`
  mutation AdvanceTenancy($input: AdvanceTenancyInput!) {
    advanceTenancy(input: $input) {
      id
      step
    }
  }
`;

export const PAUSE_TENANCY = gql<PauseTenancyMutation, PauseTenancyMutationVariables>`
  mutation PauseTenancy($id: ID!, $reason: String!) {
    pauseTenancy(id: $id, reason: $reason) {
      id
      step
    }
  }
`;

export const RESUME_TENANCY = gql<ResumeTenancyMutation, ResumeTenancyMutationVariables>`
  mutation ResumeTenancy($id: ID!, $note: String) {
    resumeTenancy(id: $id, note: $note) {
      id
      step
    }
  }
`;

export const LEAVE_TENANCY = gql<LeaveTenancyMutation, LeaveTenancyMutationVariables>`
  mutation LeaveTenancy($id: ID!, $reason: String!) {
    leaveTenancy(id: $id, reason: $reason) {
      id
      step
    }
  }
`;

export type DocumentInput = MppDocumentInput;
export type { AddAgreementAddendumInput as AddendumInput, CorrectAgreementInput, RecordAgreementInput };

export const RECORD_AGREEMENT = gql<RecordAgreementMutation, RecordAgreementMutationVariables>`
  mutation RecordAgreement($input: RecordAgreementInput!) {
    recordAgreement(input: $input) {
      id
    }
  }
`;

export const ADD_AGREEMENT_ADDENDUM = gql<AddAgreementAddendumMutation, AddAgreementAddendumMutationVariables>`
  mutation AddAgreementAddendum($input: AddAgreementAddendumInput!) {
    addAgreementAddendum(input: $input) {
      id
      expiresOn
    }
  }
`;

export const CORRECT_AGREEMENT = gql<CorrectAgreementMutation, CorrectAgreementMutationVariables>`
  mutation CorrectAgreement($input: CorrectAgreementInput!) {
    correctAgreement(input: $input) {
      id
    }
  }
`;

/** The tenancy's change history (agreements, services, quotas): the mall's operator and the national admin. */
export const TENANCY_CHANGES = gql<TenancyChangesQuery, TenancyChangesQueryVariables>`
query TenancyChanges($id: ID!, $first: Int, $after: String) {
  tenancy(id: $id) { id changes(first: $first, after: $after) { ${connectionOf('id at actorName action changes { field before after }')} } }
}`;
