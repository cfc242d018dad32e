// GraphQL operations the specs share, written as the portal would send them.

export const INVITE = `mutation($input: InviteTenantInput!) { inviteTenant(input: $input) { id step agency { id } nextStep { step checklist { code } } } }`;
export const ADVANCE = `mutation($input: AdvanceTenancyInput!) { advanceTenancy(input: $input) { id step liveSince } }`;
export const RECORD_AGREEMENT = `mutation($input: RecordAgreementInput!) { recordAgreement(input: $input) { id number expiresOn status daysToExpiry } }`;
export const ASSIGN_DESK = `mutation($input: AssignDeskInput!) { assignDesk(input: $input) { id weekday } }`;
export const ADD_SERVICES = `mutation($input: AddTenancyServicesInput!) {
  addTenancyServices(input: $input) { id status dailyQuota deliveryReady missingComponents unpublishedComponents service { id } }
}`;
export const LEAVE = `mutation($id: ID!, $reason: String!) { leaveTenancy(id: $id, reason: $reason) { id step leftAt } }`;
export const TENANCY = `query($id: ID!) {
  tenancy(id: $id) {
    id step resumeStep agency { id } mall { id name }
    history(first: 100) { totalCount edges { node { step completedBy completedByName completedAt note checklist { code done } } } }
    agreements(first: 100) { totalCount edges { node { number status daysToExpiry addenda { number expiresOn } } } }
    currentAgreement { number status }
    deskAssignments { weekday staffCount desk { number } }
    services(first: 100) { totalCount edges { node { status dailyQuota deliveryReady unpublishedComponents service { id } } } }
  }
}`;

/** Every checklist code of a step, as an operator ticking all boxes would send. */
export const CHECKLISTS: Record<string, string[]> = {
  INVITED: ['invitation-sent', 'contact-named'],
  AGREEMENT_SIGNED: ['pks-signed', 'pks-filed'],
  DESK_ASSIGNED: ['staff-named', 'equipment-ready'],
  SERVICES_READY: ['services-selected', 'quotas-set'],
  LIVE: ['staff-trained', 'launch-announced'],
};
