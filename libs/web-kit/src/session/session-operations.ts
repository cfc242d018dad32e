import { gql } from '../graphql/gql';
import type { SessionUser } from './session-user';

const USER_FIELDS = 'id email displayName role mallId serviceUnit { id name }';

export const SIGN_IN = gql<
  { signIn: { accessToken: string; expiresAt: string; user: SessionUser } },
  { email: string; password: string }
>`mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { accessToken expiresAt user { ${USER_FIELDS} } }
}`;

export const ME = gql<{ me: SessionUser | null }>`query Me { me { ${USER_FIELDS} } }`;
