import { KippInit1764100000000 } from './1764100000000-kipp-init';

/** Every KIPP migration, oldest first (classes, not globs: the app is bundled). */
export const KIPP_MIGRATIONS = [KippInit1764100000000];
