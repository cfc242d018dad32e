import { MppInit1764000000000 } from './1764000000000-mpp-init';

/** Every MPP migration, oldest first (classes, not globs: the app is bundled). */
export const MPP_MIGRATIONS = [MppInit1764000000000];
