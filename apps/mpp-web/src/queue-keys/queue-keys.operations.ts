import { gql } from '@simpul/web-kit';
import type {
  MppCreateQueueKeyMutation,
  MppCreateQueueKeyMutationVariables,
  MppQueueKeysQuery,
  MppQueueKeysQueryVariables,
  MppRevokeQueueKeyMutation,
  MppRevokeQueueKeyMutationVariables,
} from '../__generated__/operations';

export type QueueKey = MppQueueKeysQuery['skmQueueKeys'][number];

/** The mall's queue-system keys (kept by the SKM service, which mints the survey links they ask for). */
export const QUEUE_KEYS = gql<MppQueueKeysQuery, MppQueueKeysQueryVariables>`
  query MppQueueKeys($mallId: ID!) {
    skmQueueKeys(mallId: $mallId) {
      id
      name
      hint
      createdAt
      revokedAt
    }
  }
`;

export const CREATE_QUEUE_KEY = gql<MppCreateQueueKeyMutation, MppCreateQueueKeyMutationVariables>`
  mutation MppCreateQueueKey($mallId: ID!, $name: String!) {
    createSkmQueueKey(mallId: $mallId, name: $name) {
      secret
      key {
        id
        name
        hint
        createdAt
        revokedAt
      }
    }
  }
`;

export const REVOKE_QUEUE_KEY = gql<MppRevokeQueueKeyMutation, MppRevokeQueueKeyMutationVariables>`
  mutation MppRevokeQueueKey($id: ID!) {
    revokeSkmQueueKey(id: $id) {
      id
      revokedAt
    }
  }
`;
