/** A configuration problem the gateway reports as one sentence before exiting, never as a stack trace. */
export class ConfigError extends Error {}
