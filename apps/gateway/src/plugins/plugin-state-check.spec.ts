import type { LogLine } from '../config/gateway-config';
import { pluginStateCheck, type PluginState } from './plugin-state-check';

describe('the plugin approval check', () => {
  let now = 0;
  let answer: PluginState | null | Error = { status: 'APPROVED' };
  let lookups = 0;
  const logs: LogLine[] = [];
  const check = pluginStateCheck(
    async () => {
      lookups += 1;
      if (answer instanceof Error) throw answer;
      return answer;
    },
    (line) => logs.push(line),
    { now: () => now },
  );

  it('stops a suspended plugin within 30 s, asking the registry once meanwhile', async () => {
    expect(await check('p-1', 'r1')).toBe('approved');
    answer = { status: 'SUSPENDED' };
    now = 29_000;
    expect(await check('p-1', 'r2')).toBe('approved');
    expect(lookups).toBe(1);
    now = 30_000;
    expect(await check('p-1', 'r3')).toBe('withdrawn');
    expect(lookups).toBe(2);
  });

  it('refuses a plugin the registry does not know', async () => {
    answer = null;
    expect(await check('p-gone', 'r4')).toBe('withdrawn');
  });

  it('bridges a short registry outage with a recent answer, then says unavailable', async () => {
    answer = { status: 'APPROVED' };
    now = 100_000;
    expect(await check('p-2', 'r5')).toBe('approved');
    answer = new Error('connection refused');
    now = 140_000;
    expect(await check('p-2', 'r6')).toBe('approved');
    now = 161_000;
    expect(await check('p-2', 'r7')).toBe('unavailable');
    expect(logs.at(-1)).toMatchObject({ level: 'warn', msg: 'plugin state unavailable', requestId: 'r7' });
  });
});
