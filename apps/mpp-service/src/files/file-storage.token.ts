/** Nest injection token of the `FileStorage` (local disk by default; tests pass a temporary directory). */
export const FILE_STORAGE = Symbol('FILE_STORAGE');
/** Nest injection token of the largest accepted upload in bytes. */
export const FILES_MAX_BYTES = Symbol('FILES_MAX_BYTES');
