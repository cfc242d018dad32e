import { RegistryInit1763900000000 } from './1763900000000-registry-init';

/** Every registry migration, oldest first (classes, not globs: the app is bundled). */
export const REGISTRY_MIGRATIONS = [RegistryInit1763900000000];
