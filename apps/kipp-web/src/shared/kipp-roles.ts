import { gql, useQuery, useSession } from '@simpul/web-kit';
import type { KippMyRolesQuery, KippMyRolesQueryVariables, KippPanel } from '../__generated__/operations';

export type { KippPanel };
export type KippRoles = KippMyRolesQuery['myKippRoles'];

export const MY_KIPP_ROLES = gql<KippMyRolesQuery, KippMyRolesQueryVariables>`
  query KippMyRoles {
    myKippRoles {
      nationalAdmin
      unitDesk
      localAdminOf {
        agency {
          id
          name
        }
      }
      evaluatorPanel
    }
  }
`;

/**
 * The signed-in person's KIPP appointments (local admin of an agency, Tim Evaluasi or panel), which
 * are not portal roles: the KIPP service knows them. Null for the public and while loading.
 */
export function useKippRoles(): KippRoles | null {
  const { user } = useSession();
  const query = useQuery(MY_KIPP_ROLES, {}, { skip: !user });
  return user ? (query.data?.myKippRoles ?? null) : null;
}

/** The KIPP work areas a person with these roles may open, in the order the remote lists them. */
export type WorkArea = 'desk' | 'localAdmin' | 'nationalAdmin' | 'te' | 'tpi';

export const WORK_PATHS: Record<WorkArea, string> = {
  desk: '/usulan',
  localAdmin: '/admin-lokal',
  nationalAdmin: '/kompetisi',
  te: '/penilaian',
  tpi: '/panel',
};

export function workAreas(roles: KippRoles | null): WorkArea[] {
  if (!roles) return [];
  const areas: WorkArea[] = [];
  if (roles.unitDesk) areas.push('desk');
  if (roles.localAdminOf.length > 0) areas.push('localAdmin');
  if (roles.nationalAdmin) areas.push('nationalAdmin');
  if (roles.evaluatorPanel === 'TE') areas.push('te');
  if (roles.evaluatorPanel === 'TPI') areas.push('tpi');
  return areas;
}
