import fs from 'node:fs';
import path from 'node:path';

// No Docker engine runs on our machines, so the Docker files are checked here instead: known
// instructions only, every file they copy from the repository exists, every project they build exists.
const root = path.resolve(__dirname, '../..');
const dockerDir = path.join(root, 'docker');
const dockerfiles = fs.readdirSync(dockerDir).filter((name) => name.endsWith('.Dockerfile'));
const INSTRUCTIONS = new Set(['FROM', 'WORKDIR', 'ENV', 'COPY', 'RUN', 'USER', 'EXPOSE', 'HEALTHCHECK', 'CMD', 'ARG', 'LABEL', 'ENTRYPOINT']);

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
  return text.replace(/\\\n/g, ' ').split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
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
      for (const source of sources.filter((s) => s !== '.')) expect([source, fs.existsSync(path.join(root, source))]).toEqual([source, true]);
    }
  });

  it('builds projects that exist', () => {
    const known = projectNames();
    for (const line of lines.filter((l) => l.includes('nx run'))) {
      const built = [...line.matchAll(/nx run ([\w-]+):build/g)].map((m) => m[1]);
      const many = line.match(/-p ([\w\s-]+)$/)?.[1].trim().split(/\s+/) ?? [];
      for (const project of [...built, ...many]) expect(known).toContain(project);
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
});
