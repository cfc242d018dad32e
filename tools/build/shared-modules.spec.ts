import fs from 'node:fs';
import path from 'node:path';

// The page shares react-router, Mantine and (for plugins) @simpul/ui as files listing what Simpul uses
// (./shared/): a name a
// browser app imports but the file does not list is undefined in the page. These checks read every
// web source (apps, libs, example plugins) and the listed names, and fail before a page would.
const workspaceRoot = path.resolve(__dirname, '../..');
const WEB_SOURCES = ['apps/portal/src', 'libs/ui/src', 'libs/web-kit/src', 'libs/plugin-sdk/src', 'examples'];
const webSourceRoots = [
  ...WEB_SOURCES,
  ...fs
    .readdirSync(path.join(workspaceRoot, 'apps'))
    .filter((app) => app.endsWith('-web'))
    .map((app) => `apps/${app}/src`),
];

function sourceFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(file);
    // Tests and jsdom helpers run on the packages themselves, not in the page.
    return /\.tsx?$/.test(entry.name) && !/\.spec\.tsx?$/.test(entry.name) && !file.includes(`${path.sep}testing${path.sep}`) ? [file] : [];
  });
}

/** The value names imported from `pkg` (type-only imports are erased, so they need no listing). */
function importedNames(pkg: string, roots = webSourceRoots): Map<string, string> {
  const names = new Map<string, string>();
  const importFrom = new RegExp(`import\\s+(type\\s+)?\\{([^}]*)\\}\\s+from\\s+'${pkg.replace('/', '\\/')}'`, 'g');
  for (const file of roots.flatMap((root) => sourceFiles(path.join(workspaceRoot, root)))) {
    const source = fs.readFileSync(file, 'utf8');
    for (const [, typeOnly, list = ''] of source.matchAll(importFrom)) {
      if (typeOnly) continue;
      for (const specifier of list.split(',').map((part) => part.trim())) {
        if (specifier && !specifier.startsWith('type '))
          names.set(specifier.split(/\s+as\s+/)[0] ?? specifier, path.relative(workspaceRoot, file));
      }
    }
  }
  return names;
}

function listedNames(facade: string): Set<string> {
  const source = fs.readFileSync(path.join(__dirname, 'shared', facade), 'utf8');
  const list = /export\s*\{([^}]*)\}/.exec(source)?.[1] ?? '';
  return new Set(
    list
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
  );
}

function unlisted(pkg: string, facade: string, roots = webSourceRoots): string[] {
  const listed = listedNames(facade);
  return [...importedNames(pkg, roots)].filter(([name]) => !listed.has(name)).map(([name, file]) => `${name} (${file})`);
}

describe('the shared modules list what the page uses', () => {
  it('every Mantine component a web app, library or example plugin imports is in shared/mantine-core.mjs', () => {
    expect(listedNames('mantine-core.mjs').has('MantineProvider')).toBe(true);
    expect(unlisted('@mantine/core', 'mantine-core.mjs')).toEqual([]);
  });

  it.each(['mantine-more', 'mantine-inputs'])(
    'every component imported from @simpul/ui/%s is in its shared facade, and its typed twin lists the same',
    (facade) => {
      const twin = fs.readFileSync(path.join(workspaceRoot, `libs/ui/src/${facade}.ts`), 'utf8');
      const twinNames = new Set(
        (/export\s*\{([^}]*)\}/.exec(twin)?.[1] ?? '')
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean),
      );
      expect([...twinNames].sort()).toEqual([...listedNames(`${facade}.mjs`)].sort());
      expect(unlisted(`@simpul/ui/${facade}`, `${facade}.mjs`)).toEqual([]);
    },
  );

  it('every react-router export a web app or library imports is in shared/react-router.mjs', () => {
    expect(listedNames('react-router.mjs').has('unstable_HistoryRouter')).toBe(true);
    expect(unlisted('react-router', 'react-router.mjs')).toEqual([]);
  });

  it('every @simpul/ui export the portal or an example plugin imports is in shared/simpul-ui.mjs (remotes bundle their own)', () => {
    expect(listedNames('simpul-ui.mjs').has('GradeBadge')).toBe(true);
    expect(unlisted('@simpul/ui', 'simpul-ui.mjs', ['apps/portal/src', 'examples'])).toEqual([]);
  });

  it('nothing imports Mantine, react-router or @simpul/ui whole (a namespace or default import would need every export)', () => {
    const whole = /import\s+(\*\s+as\s+\w+|\w+)\s+from\s+'(@mantine\/core|react-router|@simpul\/ui)'/;
    const offenders = webSourceRoots
      .flatMap((root) => sourceFiles(path.join(workspaceRoot, root)))
      .filter((file) => whole.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(workspaceRoot, file));
    expect(offenders).toEqual([]);
  });
});
