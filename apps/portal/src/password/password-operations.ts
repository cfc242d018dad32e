import { gql } from '@simpul/web-kit';

export const REQUEST_PASSWORD_RESET = gql<{ requestPasswordReset: boolean }, { email: string; language: string }>`mutation RequestPasswordReset($email: String!, $language: String) {
  requestPasswordReset(email: $email, language: $language)
}`;

export const SET_PASSWORD = gql<{ setPassword: { user: { email: string } } }, { token: string; password: string }>`mutation SetPassword($token: String!, $password: String!) {
  setPassword(token: $token, password: $password) { user { email } }
}`;
