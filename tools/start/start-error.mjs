/** A failure the launcher explains in one sentence, without a stack trace. */
export class StartError extends Error {}
