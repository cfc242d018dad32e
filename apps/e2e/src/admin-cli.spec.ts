import { execFile } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { verifyPassword } from '@simpul/service-kit';
import { createEmptyDatabase, type TestDatabase } from '@simpul/service-kit/testing';

// Each run starts the built registry once (a few seconds, longer on a busy machine).
jest.setTimeout(180_000);

const workspaceRoot = path.resolve(__dirname, '../../..');
const PASSWORD = 'menara-pandang-sungai-barito';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run admin -- …` as a person runs it, against a fresh database; dist/ is built by this project's test target. */
function admin(args: string[], env: Record<string, string | undefined>): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(workspaceRoot, 'tools', 'admin', 'admin.mjs'), ...args],
      {
        cwd: workspaceRoot,
        env: { ...process.env, SIMPUL_SKIP_BUILD: '1', SIMPUL_ADMIN_PASSWORD: undefined, ...env },
        timeout: 180_000,
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as NodeJS.ErrnoException & { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run admin -- create-admin (the built registry, a real PostgreSQL)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createEmptyDatabase('admin_cli');
  });
  afterAll(() => database?.drop());

  const users = async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      return (
        await client.query<{ email: string; display_name: string; role: string; status: string; password_hash: string }>(
          'SELECT email, display_name, role, status, password_hash FROM registry.users',
        )
      ).rows;
    } finally {
      await client.end();
    }
  };

  it('creates the first national administrator on an empty database and exits 0', async () => {
    const run = await admin(['create-admin', '--email', 'admin.pertama@menpan.go.id', '--name', 'Admin Pertama'], {
      DATABASE_URL: database.url,
      SIMPUL_ADMIN_PASSWORD: PASSWORD,
    });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('Created the national administrator Admin Pertama <admin.pertama@menpan.go.id>');
    const [user] = await users();
    expect(user).toMatchObject({
      email: 'admin.pertama@menpan.go.id',
      display_name: 'Admin Pertama',
      role: 'NATIONAL_ADMIN',
      status: 'ACTIVE',
    });
    await expect(verifyPassword(PASSWORD, user.password_hash)).resolves.toBe(true);
  });

  it('refuses the same e-mail again (in any case) with one sentence and exit code 1', async () => {
    const run = await admin(['create-admin', '--email', 'Admin.Pertama@menpan.go.id', '--name', 'Lagi'], {
      DATABASE_URL: database.url,
      SIMPUL_ADMIN_PASSWORD: PASSWORD,
    });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('An account with the e-mail Admin.Pertama@menpan.go.id already exists; nothing was changed.');
    expect(await users()).toHaveLength(1);
  });

  it('refuses a weak password with the reason', async () => {
    const run = await admin(['create-admin', '--email', 'lemah@menpan.go.id', '--name', 'Sandi Lemah'], {
      DATABASE_URL: database.url,
      SIMPUL_ADMIN_PASSWORD: 'password123',
    });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(/^The password was refused: This password is too easy to guess/);
  });

  it('refuses to run without a terminal and without SIMPUL_ADMIN_PASSWORD', async () => {
    const run = await admin(['create-admin', '--email', 'tanpa.sandi@menpan.go.id', '--name', 'Tanpa Sandi'], {
      DATABASE_URL: database.url,
    });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('No terminal to ask the password on: set SIMPUL_ADMIN_PASSWORD.');
  });

  it('explains its usage when the e-mail or name is missing', async () => {
    const run = await admin(['create-admin', '--email', 'x@menpan.go.id'], { DATABASE_URL: database.url, SIMPUL_ADMIN_PASSWORD: PASSWORD });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(/^Usage: npm run admin -- create-admin --email <email> --name "<name>"/);
  });
});
