import { KippInit1764100000000 } from './1764100000000-kipp-init';
import { KippAppointments1765300000000 } from './1765300000000-kipp-appointments';
import { KippDataOrigin1765300000100 } from './1765300000100-kipp-data-origin';
import { KippInnovationAgencyIndex1765600000100 } from './1765600000100-kipp-innovation-agency-index';
import { KippFileBlobs1766900000100 } from './1766900000100-kipp-file-blobs';
import { KippAwardTiers1767400000000 } from './1767400000000-kipp-award-tiers';

/** Every KIPP migration, oldest first (classes, not globs: the app is bundled). */
export const KIPP_MIGRATIONS = [
  KippInit1764100000000,
  KippAppointments1765300000000,
  KippDataOrigin1765300000100,
  KippInnovationAgencyIndex1765600000100,
  KippFileBlobs1766900000100,
  KippAwardTiers1767400000000,
];
