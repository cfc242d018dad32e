import { emptyPluginValues, entryUrlProblem, toPluginInput, validatePlugin, type PluginFormValues } from './plugin-form-values';

const t = (key: string) => key;
const HASH = 'a'.repeat(38) + '0123456789ABCDEF0123456789';

const valid: PluginFormValues = {
  ...emptyPluginValues(),
  nameId: 'Estimasi Pajak Kendaraan',
  nameEn: 'Vehicle tax estimate',
  entryUrl: 'https://plugin.samsat.go.id/remoteEntry.js',
  version: '1.0.0',
  sha256: HASH,
  pages: ['DESK_HOME'],
};

describe('desk plugin form checks (the registry checks the same)', () => {
  it('accepts https anywhere and http only on this computer', () => {
    expect(entryUrlProblem('https://plugin.samsat.go.id/remoteEntry.js')).toBeNull();
    expect(entryUrlProblem('http://127.0.0.1:4300/remoteEntry.js')).toBeNull();
    expect(entryUrlProblem('http://localhost:4300/mf-manifest.json')).toBeNull();
    expect(entryUrlProblem('http://[::1]:4300/remoteEntry.js')).toBeNull();
    expect(entryUrlProblem('http://127.0.0.2:4300/remoteEntry.js')).toBeNull();
    expect(entryUrlProblem('https://user:secret@plugin.samsat.go.id/remoteEntry.js')).toBe('plugins.check.entryUrlCredentials');
    expect(entryUrlProblem('http://plugin.samsat.go.id/remoteEntry.js')).toBe('plugins.check.entryUrlHttps');
    expect(entryUrlProblem('http://127.0.0.1.evil.example/remoteEntry.js')).toBe('plugins.check.entryUrlHttps');
    expect(entryUrlProblem('ftp://plugin.samsat.go.id/remoteEntry.js')).toBe('plugins.check.entryUrlInvalid');
    expect(entryUrlProblem('plugin.samsat.go.id/remoteEntry.js')).toBe('plugins.check.entryUrlInvalid');
    expect(entryUrlProblem('  ')).toBe('plugins.check.entryUrl');
  });

  it('wants both names, a module like ./Plugin, a semantic version, 64 hex characters and a page', () => {
    expect(validatePlugin(valid, t)).toEqual({});
    expect(validatePlugin(emptyPluginValues(), t)).toEqual({
      'name.id': 'plugins.check.nameId',
      'name.en': 'plugins.check.nameEn',
      entryUrl: 'plugins.check.entryUrl',
      version: 'plugins.check.version',
      sha256: 'plugins.check.sha256',
      pages: 'plugins.check.pages',
    });
    expect(validatePlugin({ ...valid, exposedModule: 'Plugin' }, t)).toEqual({ exposedModule: 'plugins.check.exposedModule' });
    expect(validatePlugin({ ...valid, exposedModule: './tools/Estimate' }, t)).toEqual({});
    expect(validatePlugin({ ...valid, exposedModule: './a b' }, t)).toEqual({ exposedModule: 'plugins.check.exposedModule' });
    expect(validatePlugin({ ...valid, version: '2.1.0-beta.1' }, t)).toEqual({});
    expect(validatePlugin({ ...valid, version: 'v1' }, t)).toEqual({ version: 'plugins.check.version' });
    expect(validatePlugin({ ...valid, nameEn: 'x'.repeat(121) }, t)).toEqual({ 'name.en': 'plugins.check.nameTooLong' });
    expect(validatePlugin({ ...valid, sha256: HASH.slice(1) }, t)).toEqual({ sha256: 'plugins.check.sha256' });
    expect(validatePlugin({ ...valid, sha256: `${HASH.slice(1)}g` }, t)).toEqual({ sha256: 'plugins.check.sha256' });
  });

  it('sends the hash in lower case, as sha256sum prints it, and the texts trimmed', () => {
    expect(toPluginInput('agency-1', { ...valid, nameId: ' Estimasi ', sha256: ` ${HASH} ` })).toEqual({
      agencyId: 'agency-1',
      name: { id: 'Estimasi', en: 'Vehicle tax estimate' },
      entryUrl: 'https://plugin.samsat.go.id/remoteEntry.js',
      exposedModule: './Plugin',
      version: '1.0.0',
      sha256: HASH.toLowerCase(),
      pages: ['DESK_HOME'],
      scopes: [],
    });
  });
});
