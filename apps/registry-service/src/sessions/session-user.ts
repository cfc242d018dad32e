import type { DataSource } from 'typeorm';
import type { Role } from '@simpul/contracts';
import type { User } from '../identity/user.entity';

/** The portal's SessionUser: who is signed in, with the unit's name for the header. */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  mallId: string | null;
  serviceUnit: { id: string; name: string } | null;
}

export async function sessionUserOf(dataSource: DataSource, user: User): Promise<SessionUser> {
  let serviceUnit: SessionUser['serviceUnit'] = null;
  if (user.serviceUnitId) {
    const rows: { id: string; name: string }[] = await dataSource.query('SELECT id, name FROM registry.service_units WHERE id = $1', [
      user.serviceUnitId,
    ]);
    serviceUnit = rows[0] ?? null;
  }
  return { id: user.id, email: user.email, displayName: user.displayName, role: user.role, mallId: user.mallId, serviceUnit };
}
