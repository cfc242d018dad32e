import { gql } from '@simpul/web-kit';
import type {
  RequestPasswordResetMutation,
  RequestPasswordResetMutationVariables,
  SetPasswordMutation,
  SetPasswordMutationVariables,
} from '../__generated__/operations';

export const REQUEST_PASSWORD_RESET = gql<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>`
  mutation RequestPasswordReset($email: String!, $language: String) {
    requestPasswordReset(email: $email, language: $language)
  }
`;

export const SET_PASSWORD = gql<SetPasswordMutation, SetPasswordMutationVariables>`
  mutation SetPassword($token: String!, $password: String!) {
    setPassword(token: $token, password: $password) {
      user {
        email
      }
    }
  }
`;
