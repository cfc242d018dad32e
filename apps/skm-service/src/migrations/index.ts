import { SkmInit1764100000000 } from './1764100000000-skm-init';

/** Every SKM migration, oldest first (classes, not globs: the app is bundled). */
export const SKM_MIGRATIONS = [SkmInit1764100000000];
