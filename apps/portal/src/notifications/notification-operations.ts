import { connectionOf, gql } from '@simpul/web-kit';
import type {
  MarkNotificationsReadMutation,
  MarkNotificationsReadMutationVariables,
  MyNotificationSettingsQuery,
  MyNotificationSettingsQueryVariables,
  MyNotificationsQuery,
  MyNotificationsQueryVariables,
  SetNotificationEmailMutation,
  SetNotificationEmailMutationVariables,
  UnreadNotificationCountQuery,
  UnreadNotificationCountQueryVariables,
  UnreadNotificationIdsQuery,
  UnreadNotificationIdsQueryVariables,
} from '../__generated__/operations';

/** The bell's number: only the count, one notification at most on the wire. */
export const UNREAD_NOTIFICATION_COUNT = gql<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>`
  query UnreadNotificationCount {
    myNotifications(first: 1, unreadOnly: true) {
      unreadCount
    }
  }
`;

/** The caller's notifications, newest first (the registry's order), optionally only the unread ones. */
export const MY_NOTIFICATIONS = gql<MyNotificationsQuery, MyNotificationsQueryVariables>`
  query MyNotifications($first: Int, $after: String, $unreadOnly: Boolean) {
    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      unreadCount
      ${connectionOf('id kind module title { id en } body { id en } url createdAt readAt')}
    }
  }
`;

/** "Tandai semua dibaca" needs every unread id, not only the page on screen. */
export const UNREAD_NOTIFICATION_IDS = gql<UnreadNotificationIdsQuery, UnreadNotificationIdsQueryVariables>`
  query UnreadNotificationIds($after: String) {
    myNotifications(first: 100, after: $after, unreadOnly: true) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
        }
      }
    }
  }
`;

export const MARK_NOTIFICATIONS_READ = gql<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids) {
      id
      readAt
    }
  }
`;

export const MY_NOTIFICATION_SETTINGS = gql<MyNotificationSettingsQuery, MyNotificationSettingsQueryVariables>`
  query MyNotificationSettings {
    myNotificationSettings {
      kind
      label {
        id
        en
      }
      email
    }
  }
`;

export const SET_NOTIFICATION_EMAIL = gql<SetNotificationEmailMutation, SetNotificationEmailMutationVariables>`
  mutation SetNotificationEmail($kind: NotificationKind!, $email: Boolean!) {
    setNotificationEmail(kind: $kind, email: $email) {
      kind
      label {
        id
        en
      }
      email
    }
  }
`;
