import { randomUUID } from 'node:crypto';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { hashPassword, judgePassword, runAsActor, runMigrations, SimpulError } from '@simpul/service-kit';
import { accountEmail, accountName } from './account-email';
import { UserStatus } from './user-status.enum';

const USAGE = 'Usage: create-admin --email <email> --name "<name>" (password in SIMPUL_ADMIN_PASSWORD).';

function option(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  if (index >= 0) return args[index + 1];
  return args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}

/** One sentence for the command line, from a typed refusal or a plain error. */
function sentence(error: unknown): Error {
  return error instanceof SimpulError ? new Error(error.messages.en) : (error as Error);
}

/**
 * `main.js create-admin --email <e> --name "<n>"`: creates an ACTIVE NATIONAL_ADMIN with the password
 * in SIMPUL_ADMIN_PASSWORD (the `npm run admin` script asks for it on the terminal), migrating the
 * registry first when needed. The same e-mail
 * again, a weak password or missing arguments end in one sentence and exit code 1.
 */
export async function createAdminCommand(
  options: DataSourceOptions,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const rawEmail = option(args, 'email');
  const rawName = option(args, 'name');
  if (!rawEmail || !rawName) throw new Error(USAGE);
  let email: string;
  let name: string;
  try {
    email = accountEmail(rawEmail, 'email');
    name = accountName(rawName, 'name');
  } catch (error) {
    throw sentence(error);
  }
  const password = env.SIMPUL_ADMIN_PASSWORD ?? '';
  if (!password) throw new Error('SIMPUL_ADMIN_PASSWORD is not set; put the new administrator’s password in it.');
  const verdict = judgePassword(password, [email, name]);
  if (!verdict.ok) throw new Error(`The password was refused: ${verdict.messages.en}`);
  const passwordHash = await hashPassword(password);

  // The first admin may come before the first `npm start`: the registry tables are made here if needed.
  await runMigrations(options);
  const dataSource = new DataSource(options);
  await dataSource.initialize();
  try {
    await runAsActor(dataSource, null, async (manager) => {
      const taken: unknown[] = await manager.query('SELECT 1 FROM registry.users WHERE lower(email) = lower($1)', [email]);
      if (taken.length) throw new Error(`An account with the e-mail ${email} already exists; nothing was changed.`);
      await manager.query(
        `INSERT INTO registry.users (id, email, display_name, role, status, password_hash, password_changed_at) VALUES ($1, $2, $3, 'NATIONAL_ADMIN', $4, $5, now())`,
        [randomUUID(), email, name, UserStatus.ACTIVE, passwordHash],
      );
    });
  } finally {
    await dataSource.destroy();
  }
  console.log(`Created the national administrator ${name} <${email}>; sign in at the portal with this e-mail and the password.`);
}

/** How many active national administrators exist (npm start says how to create the first one). */
export async function countAdminsCommand(options: DataSourceOptions): Promise<void> {
  const dataSource = new DataSource(options);
  await dataSource.initialize();
  try {
    const [row]: { n: number }[] = await dataSource.query(
      `SELECT count(*)::int AS n FROM registry.users WHERE role = 'NATIONAL_ADMIN' AND status = 'ACTIVE'`,
    );
    console.log(String(row.n));
  } finally {
    await dataSource.destroy();
  }
}
