/**
 * Whether `seed` loads demo data (accounts with a published password, made-up units) besides
 * reference data. On by default for development; off by default in production, where SEED_DEMO=true
 * has to ask for it.
 */
export function seedDemoWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.SEED_DEMO !== undefined && env.SEED_DEMO !== '') return env.SEED_DEMO !== 'false';
  return env.NODE_ENV !== 'production';
}
