import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

// No Docker engine runs on our machines, so the Docker files are checked here instead: known
// instructions only, every file they copy from the repository exists, every project they build exists.
const root = path.resolve(__dirname, '../..');
const dockerDir = path.join(root, 'docker');
const dockerfiles = fs.readdirSync(dockerDir).filter((name) => name.endsWith('.Dockerfile'));
const INSTRUCTIONS = new Set([
  'FROM',
  'WORKDIR',
  'ENV',
  'COPY',
  'RUN',
  'USER',
  'EXPOSE',
  'HEALTHCHECK',
  'CMD',
  'ARG',
  'LABEL',
  'ENTRYPOINT',
]);

function projectNames(): Set<string> {
  const names = new Set<string>();
  for (const folder of ['apps', 'libs']) {
    const dir = path.join(root, folder);
    if (!fs.existsSync(dir)) continue;
    for (const entry of fs.readdirSync(dir)) {
      const file = path.join(dir, entry, 'project.json');
      if (fs.existsSync(file)) names.add((JSON.parse(fs.readFileSync(file, 'utf8')) as { name: string }).name);
    }
  }
  return names;
}

/** Joins continuation lines and drops comments, like the Dockerfile parser does. */
function instructions(text: string): string[] {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

describe.each(dockerfiles)('docker/%s', (file) => {
  const lines = instructions(fs.readFileSync(path.join(dockerDir, file), 'utf8'));

  it('uses only known instructions and starts FROM a Node 24 image', () => {
    for (const line of lines) expect(INSTRUCTIONS).toContain(line.split(/\s+/)[0]);
    expect(lines[0]).toMatch(/^FROM node:24-/);
  });

  it('copies only files that exist in the repository', () => {
    for (const line of lines.filter((l) => l.startsWith('COPY ') && !l.includes('--from='))) {
      const sources = line.split(/\s+/).slice(1, -1);
      for (const source of sources.filter((s) => s !== '.'))
        expect([source, fs.existsSync(path.join(root, source))]).toEqual([source, true]);
    }
  });

  it('builds projects that exist', () => {
    const known = projectNames();
    for (const line of lines.filter((l) => l.includes('nx run'))) {
      const built = [...line.matchAll(/nx run ([\w-]+):build/g)].map((m) => m[1]);
      const many =
        line
          .match(/-p ([\w\s-]+)$/)?.[1]
          .trim()
          .split(/\s+/) ?? [];
      for (const project of [...built, ...many]) expect(known).toContain(project);
    }
  });
});

/** Every repository file a plain-Node entry point loads, following its relative imports. */
function importGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const text = fs.readFileSync(path.join(root, entry), 'utf8');
  for (const match of text.matchAll(/^\s*(?:import|export)\b[^'"]*from\s+'(\.{1,2}\/[^']+)'/gm))
    importGraph(path.posix.join(path.posix.dirname(entry), match[1] ?? ''), seen);
  return seen;
}

describe('docker/portal.Dockerfile', () => {
  // The portal image has no node_modules and no TypeScript: its server must find every script it imports.
  it('copies every script the portal server imports', () => {
    const text = fs.readFileSync(path.join(dockerDir, 'portal.Dockerfile'), 'utf8');
    const copied = instructions(text)
      .filter((line) => line.startsWith('COPY --from=build'))
      .flatMap((line) => line.split(/\s+/).slice(2, -1))
      .map((source) => source.replace(/^\/repo\//, ''));
    const covered = (file: string) =>
      copied.some((source) => source === file || (source.endsWith('/*.mjs') && path.posix.dirname(source) === path.posix.dirname(file)));
    const missing = [...importGraph('tools/start/serve-portal.mjs')].filter((file) => !covered(file));
    expect(missing).toEqual([]);
  });

  it('runs a server that imports nothing from node_modules', () => {
    for (const file of importGraph('tools/start/serve-portal.mjs')) {
      const bare = [...fs.readFileSync(path.join(root, file), 'utf8').matchAll(/^\s*import\b[^'"]*'([^'.][^']*)'/gm)]
        .map((m) => m[1] ?? '')
        .filter((name) => !name.startsWith('node:'));
      expect([file, bare]).toEqual([file, []]);
    }
  });
});

describe('docker/compose.yaml', () => {
  const compose = fs.readFileSync(path.join(dockerDir, 'compose.yaml'), 'utf8');

  it('builds from Dockerfiles that exist', () => {
    const referenced = [...compose.matchAll(/dockerfile: (\S+?)\s*}/g)].map((m) => m[1]);
    expect(referenced.length).toBeGreaterThan(0);
    for (const file of referenced) expect([file, fs.existsSync(path.join(root, file))]).toEqual([file, true]);
  });

  it('never falls back to a default secret', () => {
    expect(compose).toMatch(/JWT_SECRET: \$\{JWT_SECRET:\?/);
    expect(compose).toMatch(/INTERNAL_SECRET: \$\{INTERNAL_SECRET:\?/);
  });

  it('has no tab indentation (YAML forbids it)', () => {
    expect(compose).not.toMatch(/^\t/m);
  });

  interface ComposeService {
    image?: string;
    build?: { context: string; dockerfile: string };
    restart?: string;
    healthcheck?: { test: string[] };
    command?: string[];
    depends_on?: Record<string, { condition: string }>;
    volumes?: string[];
    environment?: Record<string, string>;
  }
  // Parsing fails on duplicate keys and bad indentation, which a text check cannot see.
  const parsed = parse(compose, { merge: true }) as { services: Record<string, ComposeService>; volumes?: Record<string, unknown> };
  const services = parsed.services;

  it('runs every app of the portal, each migrated before it starts', () => {
    for (const app of ['registry', 'evaluation', 'kipp', 'mpp', 'skm']) {
      expect([app, services[app]?.depends_on?.[`${app}-migrate`]?.condition]).toEqual([app, 'service_completed_successfully']);
    }
    expect(Object.keys(services)).toEqual(expect.arrayContaining(['postgres', 'gateway', 'portal']));
  });

  it('depends only on services it defines', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const dependency of Object.keys(service.depends_on ?? {})) expect([name, dependency in services]).toEqual([name, true]);
    }
  });

  // A service a compose file starts once and then forgets is down until someone notices.
  const oneShot = (name: string) => name.endsWith('-migrate');
  const dockerfileOf = (service: ComposeService) =>
    service.build?.dockerfile ?? Object.values(services).find((other) => other.image === service.image && other.build)?.build?.dockerfile;
  const hasHealthcheck = (service: ComposeService) => {
    const dockerfile = dockerfileOf(service);
    const inImage = dockerfile !== undefined && /^HEALTHCHECK /m.test(fs.readFileSync(path.join(root, dockerfile), 'utf8'));
    return inImage || (service.healthcheck?.test.length ?? 0) > 0;
  };

  it('restarts every long-running container when it exits, and never a migration job', () => {
    for (const [name, service] of Object.entries(services)) {
      expect([name, service.restart]).toEqual([name, oneShot(name) ? 'no' : 'unless-stopped']);
    }
  });

  it('gives every long-running container a health check, in its Dockerfile or here', () => {
    for (const [name, service] of Object.entries(services).filter(([name]) => !oneShot(name))) {
      expect([name, hasHealthcheck(service)]).toEqual([name, true]);
    }
  });

  it('waits only on health checks that exist', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const [dependency, { condition }] of Object.entries(service.depends_on ?? {})) {
        if (condition !== 'service_healthy') continue;
        expect([name, dependency, hasHealthcheck(services[dependency] ?? {})]).toEqual([name, dependency, true]);
      }
    }
  });

  it('serves the committed supergraph with Hive Gateway on demand only (profile "hive"), with the secrets and every subgraph URL', () => {
    const hive = services['hive-gateway'] as ComposeService & { profiles?: string[] };
    expect(hive.profiles).toEqual(['hive']);
    expect(hive.volumes).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\.\.\/apps\/gateway\/supergraph\.graphql:\/gateway\/supergraph\.graphql/)]),
    );
    expect(Object.keys(hive.environment ?? {}).sort()).toEqual(
      ['EVALUATION_URL', 'INTERNAL_SECRET', 'JWT_SECRET', 'KIPP_URL', 'MPP_URL', 'REGISTRY_URL', 'SKM_URL'].sort(),
    );
  });

  it('keeps stored files on named volumes it declares, and mounts only repository files that exist', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const mount of service.volumes ?? []) {
        const volume = mount.split(':')[0] ?? '';
        // A bind mount is relative to docker/, where compose.yaml lives.
        const exists = volume.startsWith('.') ? fs.existsSync(path.join(dockerDir, volume)) : volume in (parsed.volumes ?? {});
        expect([name, volume, exists]).toEqual([name, volume, true]);
      }
    }
    expect(services.mpp?.environment?.SIMPUL_FILES_DIR).toBe('/files');
  });
});
