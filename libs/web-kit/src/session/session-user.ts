import type { Role } from '@simpul/contracts';

/** The signed-in person as the portal knows them (the `User` type of the contract). */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  serviceUnit: { id: string; name: string } | null;
  mallId: string | null;
}

export interface StoredSession {
  accessToken: string;
  /** ISO date-time after which the token is refused. */
  expiresAt: string;
  user: SessionUser;
}
