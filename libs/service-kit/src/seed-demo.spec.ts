import { seedDemoWanted } from './seed-demo';

describe('seedDemoWanted', () => {
  it.each([
    [{}, true],
    [{ NODE_ENV: 'production' }, false],
    [{ NODE_ENV: 'production', SEED_DEMO: 'true' }, true],
    [{ SEED_DEMO: 'false' }, false],
    [{ NODE_ENV: 'development', SEED_DEMO: '' }, true],
  ])('%j loads demo data: %s', (env, expected) => {
    expect(seedDemoWanted(env as NodeJS.ProcessEnv)).toBe(expected);
  });
});
