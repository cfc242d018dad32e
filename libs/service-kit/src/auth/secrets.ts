// Development defaults let `npm start` work with no configuration; production refuses them so a
// deployment can never run with a secret that is published in this repository.

const DEV_DEFAULTS = {
  JWT_SECRET: 'simpul-dev-access-secret-change-me',
  INTERNAL_SECRET: 'simpul-dev-internal-secret-change-me',
} as const;

export type SecretName = keyof typeof DEV_DEFAULTS;

export class MissingSecretError extends Error {}

/** Reads a secret from the environment; in production a missing, short or default secret is fatal. */
export function readSecret(name: SecretName, env: NodeJS.ProcessEnv = process.env): string {
  const value = env[name];
  if (env.NODE_ENV === 'production') {
    if (!value || value === DEV_DEFAULTS[name] || value.length < 32) {
      throw new MissingSecretError(`${name} must be set to a secret of at least 32 characters in production (NODE_ENV=production).`);
    }
    return value;
  }
  return value || DEV_DEFAULTS[name];
}
