import { gql } from '@simpul/web-kit';
import type {
  KippAgencyOptionsQuery,
  KippAgencyOptionsQueryVariables,
  KippAppointLocalAdminMutation,
  KippAppointLocalAdminMutationVariables,
  KippAppointmentCompetitionsQuery,
  KippAppointmentCompetitionsQueryVariables,
  KippAppointmentEventsQuery,
  KippAppointmentEventsQueryVariables,
  KippAppointPanelMemberMutation,
  KippAppointPanelMemberMutationVariables,
  KippLocalAdminsQuery,
  KippLocalAdminsQueryVariables,
  KippPanelMembersQuery,
  KippPanelMembersQueryVariables,
  KippPeopleQuery,
  KippPeopleQueryVariables,
  KippRevokeLocalAdminMutation,
  KippRevokeLocalAdminMutationVariables,
  KippRevokePanelMemberMutation,
  KippRevokePanelMemberMutationVariables,
} from '../__generated__/operations';

export const APPOINTMENT_COMPETITIONS = gql<KippAppointmentCompetitionsQuery, KippAppointmentCompetitionsQueryVariables>`
  query KippAppointmentCompetitions {
    competitions(first: 20) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          year
          title
        }
      }
    }
  }
`;

export const LOCAL_ADMINS = gql<KippLocalAdminsQuery, KippLocalAdminsQueryVariables>`
  query KippLocalAdmins($first: Int, $after: String) {
    kippLocalAdmins(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          userId
          displayName
          appointedAt
          agency {
            id
            name
          }
        }
      }
    }
  }
`;

export const PANEL_MEMBERS = gql<KippPanelMembersQuery, KippPanelMembersQueryVariables>`
  query KippPanelMembers($competitionId: ID!, $first: Int, $after: String) {
    kippPanelMembers(competitionId: $competitionId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          userId
          displayName
          panel
          assignments
          appointedAt
          agency {
            id
            name
          }
        }
      }
    }
  }
`;

export const APPOINTMENT_EVENTS = gql<KippAppointmentEventsQuery, KippAppointmentEventsQueryVariables>`
  query KippAppointmentEvents($competitionId: ID, $first: Int, $after: String) {
    kippAppointmentEvents(competitionId: $competitionId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          role
          action
          displayName
          actorName
          at
          agency {
            id
            name
          }
        }
      }
    }
  }
`;

/** People from the registry's user search (`users(filter: { text, role })`). */
export const PEOPLE = gql<KippPeopleQuery, KippPeopleQueryVariables>`
  query KippPeople($first: Int, $filter: UserFilter) {
    users(first: $first, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          displayName
          email
        }
      }
    }
  }
`;

export const AGENCIES = gql<KippAgencyOptionsQuery, KippAgencyOptionsQueryVariables>`
  query KippAgencyOptions($first: Int, $filter: AgencyFilter) {
    agencies(first: $first, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
        }
      }
    }
  }
`;

export const APPOINT_LOCAL_ADMIN = gql<KippAppointLocalAdminMutation, KippAppointLocalAdminMutationVariables>`
  mutation KippAppointLocalAdmin($input: KippLocalAdminInput!) {
    appointKippLocalAdmin(input: $input) {
      userId
      displayName
    }
  }
`;

export const REVOKE_LOCAL_ADMIN = gql<KippRevokeLocalAdminMutation, KippRevokeLocalAdminMutationVariables>`
  mutation KippRevokeLocalAdmin($input: KippLocalAdminInput!) {
    revokeKippLocalAdmin(input: $input) {
      action
    }
  }
`;

export const APPOINT_MEMBER = gql<KippAppointPanelMemberMutation, KippAppointPanelMemberMutationVariables>`
  mutation KippAppointPanelMember($input: KippPanelMemberInput!) {
    appointKippPanelMember(input: $input) {
      userId
      displayName
    }
  }
`;

export const REVOKE_MEMBER = gql<KippRevokePanelMemberMutation, KippRevokePanelMemberMutationVariables>`
  mutation KippRevokePanelMember($competitionId: ID!, $userId: ID!) {
    revokeKippPanelMember(competitionId: $competitionId, userId: $userId) {
      action
    }
  }
`;
