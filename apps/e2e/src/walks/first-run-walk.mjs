// Issue #11's done-when, walked on a fresh installation: `npm start` with SEED_DEMO=false on an
// empty database, the first admin from `npm run admin -- create-admin`, then in Chromium: the admin
// signs in, creates an agency and a unit, invites a desk user (the link arrives over SMTP), the desk
// sets its password from the link, is signed in, changes its unit's address (saved, and in the unit's
// "Riwayat perubahan"), and cannot change the unit's kind (read-only in the form, FORBIDDEN from the
// API). Also: the same admin email again fails with one sentence, and no "Data contoh" banner shows.
// Headless Chromium (playwright-core); not part of `npm test`. Re-runnable: every run starts its own
// stack on a database of its own, which it drops at the end.
//
//   DATABASE_URL=postgres://user:pass@host:port/postgres node apps/e2e/src/walks/first-run-walk.mjs
//
// Options (environment): DATABASE_URL (a PostgreSQL 18 server; the walk creates and drops the
// database `simpul_first_run_<time>` on it — required), WALK_PORT_BASE (default 4300: portal,
// gateway, registry, evaluation, kipp, mpp, skm on the next seven ports), WALK_SHOTS (screenshots and
// axe.json, default /tmp/first-run-walk), WALK_KEEP=1 (leave the stack running and the database in
// place at the end, to look around).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { log, openBrowser } from './walk-kit.mjs';

const require = createRequire(import.meta.url);
const { SMTPServer } = require('smtp-server');
const { simpleParser } = require('mailparser');
const { Client } = require('pg');

const workspaceRoot = path.resolve(import.meta.dirname, '../../../..');
const SHOTS = process.env.WALK_SHOTS ?? '/tmp/first-run-walk';
const BASE = Number(process.env.WALK_PORT_BASE ?? 4300);
const PORTS = { PORTAL_PORT: BASE, GATEWAY_PORT: BASE + 1, REGISTRY_PORT: BASE + 2, EVALUATION_PORT: BASE + 3, KIPP_PORT: BASE + 4, MPP_PORT: BASE + 5, SKM_PORT: BASE + 6 };
const PORTAL = `http://127.0.0.1:${PORTS.PORTAL_PORT}`;
const GRAPHQL = `http://127.0.0.1:${PORTS.GATEWAY_PORT}/graphql`;
const SMTP_PORT = BASE + 7;

const ADMIN = { email: 'admin.pertama@kemenpan.go.id', name: 'Admin Pertama', password: 'lampu-merah-di-jalan-sudirman-7' };
const DESK = { email: 'petugas.samsat@kalselprov.go.id', name: 'Petugas Samsat Banjarbaru', password: 'kapal-klotok-sungai-martapura-3' };
const AGENCY = 'Badan Pendapatan Daerah Provinsi Kalimantan Selatan';
const UNIT = 'Samsat Banjarbaru';
const NEW_ADDRESS = 'Jl. Jenderal Ahmad Yani Km 34,5, Banjarbaru';

if (!process.env.DATABASE_URL) {
  console.error('Set DATABASE_URL to a PostgreSQL 18 server (any database on it); the walk creates and drops its own database there.');
  process.exit(1);
}
const server = new URL(process.env.DATABASE_URL);
const databaseName = `simpul_first_run_${Date.now()}`;
const databaseUrl = Object.assign(new URL(server), { pathname: `/${databaseName}` }).toString();
const keep = process.env.WALK_KEEP === '1';

async function admin(sql) {
  const client = new Client({ connectionString: server.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A real SMTP server: the invitation arrives as any mail relay would deliver it. */
async function startMailbox() {
  const received = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        received.push({ to: (mail.to?.value ?? []).map((entry) => entry.address?.toLowerCase()), subject: mail.subject ?? '', text: mail.text ?? '' });
        callback();
      }, callback);
    },
  });
  await new Promise((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(SMTP_PORT, '127.0.0.1', resolve);
  });
  return {
    async nextTo(address, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const mail = received.find((one) => one.to.includes(address.toLowerCase()));
        if (mail) return mail;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      throw new Error(`No e-mail to ${address} arrived within ${timeoutMs / 1000} s.`);
    },
    close: () => new Promise((resolve) => smtp.close(resolve)),
  };
}

/** `npm start` exactly as a new installation runs it, logging to a file; resolves when it is ready. */
async function startStack() {
  const logFile = path.join(SHOTS, 'npm-start.log');
  const out = fs.openSync(logFile, 'w');
  const env = {
    ...process.env,
    ...Object.fromEntries(Object.entries(PORTS).map(([name, port]) => [name, String(port)])),
    DATABASE_URL: databaseUrl,
    SEED_DEMO: 'false',
    SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
    MAIL_FROM: 'Simpul <noreply@simpul.test>',
    PUBLIC_PORTAL_URL: PORTAL,
    PUBLIC_BASE_URL: PORTAL,
  };
  const child = spawn(process.execPath, ['tools/start/start.mjs'], { cwd: workspaceRoot, env, stdio: ['ignore', out, out], detached: true });
  const deadline = Date.now() + 10 * 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}; see ${logFile}`);
    if (fs.readFileSync(logFile, 'utf8').includes('Simpul is running')) return { child, logFile, env };
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`npm start was not ready within 10 minutes; see ${logFile}`);
}

function stopStack(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', resolve);
    process.kill(-child.pid, 'SIGTERM');
  });
}

function createAdmin(env) {
  return spawnSync('npm', ['run', '--silent', 'admin', '--', 'create-admin', '--email', ADMIN.email, '--name', ADMIN.name], {
    cwd: workspaceRoot,
    env: { ...env, SIMPUL_ADMIN_PASSWORD: ADMIN.password },
    encoding: 'utf8',
  });
}

async function gql(query, variables, token) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(GRAPHQL, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return response.json();
}

fs.mkdirSync(SHOTS, { recursive: true });
await admin(`CREATE DATABASE ${databaseName}`);
log(`database ${databaseName} created on ${server.host}`);
const mailbox = await startMailbox();
let stack;
const kit = await openBrowser(SHOTS);
const { shot, fail, expectText, axe, as } = kit;
let failed = false;
try {
  log('npm start with SEED_DEMO=false (builds first; this takes a while)…');
  stack = await startStack();
  log(`stack ready: ${PORTAL}`);

  // 1. The first admin, from the command line.
  const created = createAdmin(stack.env);
  if (created.status !== 0) throw new Error(`npm run admin -- create-admin failed (${created.status}): ${created.stderr || created.stdout}`);
  log(`create-admin: ${created.stdout.trim().split('\n').pop()}`);
  const again = createAdmin(stack.env);
  const sentence = (again.stderr || again.stdout).trim();
  if (again.status === 0) throw new Error('create-admin with the same email again exited 0');
  if (sentence.split('\n').length !== 1) throw new Error(`create-admin again should say one sentence, said:\n${sentence}`);
  log(`create-admin again: exit ${again.status}, "${sentence}"`);

  // 2. The admin signs in; a fresh installation shows no "Data contoh" banner.
  const adminSession = await as(null);
  const page = adminSession.page;
  await page.goto(`${PORTAL}/sign-in`);
  await page.getByLabel('Alamat email').fill(ADMIN.email);
  await page.getByLabel('Kata sandi', { exact: true }).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.getByRole('button', { name: 'Keluar' }).waitFor({ timeout: 15_000 }).catch(() => fail(page, 'the first admin could not sign in'));
  await expectText(page, `Selamat datang, ${ADMIN.name}`);
  if (await page.getByText('Data contoh').count()) await fail(page, 'a fresh installation without demo data shows the "Data contoh" banner');
  await shot(page, 'admin-home');
  await axe(page, 'admin home');

  // 3. An agency.
  await page.goto(`${PORTAL}/registry/admin/agencies/new`);
  await page.locator('#agency-name').waitFor({ timeout: 20_000 }).catch(() => fail(page, 'no agency form'));
  await page.locator('#agency-name').fill(AGENCY);
  await page.locator('#agency-type').selectOption('PROVINSI');
  await page.locator('#agency-regionCode').selectOption({ label: 'Kalimantan Selatan' });
  await axe(page, 'new agency form');
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await page.waitForURL(/\/registry\/agencies\/[^/]+$/, { timeout: 15_000 }).catch(() => fail(page, 'saving the agency did not open its page'));
  await expectText(page, AGENCY);
  await shot(page, 'agency');
  log(`agency created: ${page.url()}`);

  // 4. A unit of that agency.
  await page.goto(`${PORTAL}/registry/units/new`);
  await page.locator('#unit-name').waitFor({ timeout: 20_000 }).catch(() => fail(page, 'no unit form'));
  await page.locator('#unit-name').fill(UNIT);
  await page.locator('#unit-kind').selectOption('SAMSAT');
  await page.locator('#unit-serviceGroup').selectOption('ADMINISTRASI');
  await page.locator('#unit-agencyId').selectOption({ label: AGENCY });
  await page.locator('#unit-regionCode').selectOption({ label: 'Kalimantan Selatan' });
  await page.locator('#unit-address').fill('Jl. Panglima Batur, Banjarbaru');
  await axe(page, 'new unit form');
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await page.waitForURL(/\/registry\/units\/(?!new$)[^/]+$/, { timeout: 15_000 }).catch(() => fail(page, 'saving the unit did not open its page'));
  const unitId = page.url().split('/').pop();
  await expectText(page, UNIT);
  await shot(page, 'unit');
  log(`unit created: ${unitId}`);

  // 5. Invite the unit's desk; the link arrives by SMTP.
  await page.goto(`${PORTAL}/registry/admin/users/new`);
  await page.locator('#invite-email').waitFor({ timeout: 20_000 }).catch(() => fail(page, 'no invitation form'));
  await page.locator('#invite-email').fill(DESK.email);
  await page.locator('#invite-name').fill(DESK.name);
  await page.locator('#invite-role').selectOption('UNIT_DESK');
  await page.locator('#invite-serviceUnitId-search').fill(UNIT);
  await page.locator(`#invite-serviceUnitId option[value="${unitId}"]`).waitFor({ state: 'attached', timeout: 15_000 }).catch(() => fail(page, 'the new unit is not offered for the desk'));
  await page.locator('#invite-serviceUnitId').selectOption(unitId);
  await axe(page, 'invitation form');
  await page.getByRole('button', { name: 'Kirim undangan' }).click();
  await expectText(page, 'Undangan terkirim');
  await shot(page, 'invited');
  const mail = await mailbox.nextTo(DESK.email);
  const link = /https?:\/\/\S+\/atur-kata-sandi\?token=[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
  if (!link) throw new Error(`the invitation has no set-password link:\n${mail.text}`);
  log(`invitation "${mail.subject}" → ${link.replace(/token=.*/, 'token=…')}`);

  // 6. The desk opens the link in its own browser, sets its password and is signed in.
  const deskSession = await as(null);
  const desk = deskSession.page;
  await desk.goto(link);
  await expectText(desk, 'Buat kata sandi Anda');
  await axe(desk, 'set password');
  await desk.getByLabel('Kata sandi baru', { exact: true }).fill(DESK.password);
  await desk.getByLabel('Ulangi kata sandi baru', { exact: true }).fill(DESK.password);
  await desk.getByRole('button', { name: 'Simpan kata sandi' }).click();
  await expectText(desk, `Selamat datang, ${DESK.name}`, 20_000);
  await shot(desk, 'desk-home');
  // The link was single-use.
  const reused = await as(null);
  await reused.page.goto(link);
  await reused.page.getByLabel('Kata sandi baru', { exact: true }).fill('sepeda-ontel-di-pasar-terapung-9');
  await reused.page.getByLabel('Ulangi kata sandi baru', { exact: true }).fill('sepeda-ontel-di-pasar-terapung-9');
  await reused.page.getByRole('button', { name: 'Simpan kata sandi' }).click();
  await expectText(reused.page, 'Minta tautan baru');
  await reused.close();

  // 7. The desk changes its unit's address: saved, and in the unit's history.
  await desk.goto(`${PORTAL}/registry/units/${unitId}/edit`);
  await desk.locator('#unit-address').waitFor({ timeout: 20_000 }).catch(() => fail(desk, 'the desk has no edit form for its unit'));
  const kindField = desk.locator('#unit-kind');
  if (!(await kindField.evaluate((element) => element.readOnly || element.disabled))) await fail(desk, "the unit's kind is editable for a desk");
  await axe(desk, 'desk unit form');
  await desk.locator('#unit-address').fill(NEW_ADDRESS);
  await desk.getByRole('button', { name: 'Simpan', exact: true }).click();
  await desk.waitForURL(new RegExp(`/registry/units/${unitId}$`), { timeout: 15_000 }).catch(() => fail(desk, 'saving the address did not return to the unit'));
  await expectText(desk, NEW_ADDRESS);
  const history = desk.getByRole('region', { name: 'Riwayat perubahan' });
  await history.getByText(NEW_ADDRESS).first().waitFor({ timeout: 15_000 }).catch(() => fail(desk, 'the address change is not in the unit history'));
  await history.getByText(DESK.name).first().waitFor({ timeout: 5_000 }).catch(() => fail(desk, 'the history does not say the desk made the change'));
  await shot(desk, 'desk-unit-history', true);
  await axe(desk, 'unit page with history');

  // 8. …and is refused changing the kind, by the service itself.
  const token = await desk.evaluate(() => JSON.parse(window.sessionStorage.getItem('simpul.session') ?? '{}').accessToken);
  const refused = await gql('mutation($id: ID!) { updateServiceUnit(id: $id, input: { kind: DPMPTSP }) { id kind } }', { id: unitId }, token);
  const code = refused.errors?.[0]?.extensions?.code;
  if (code !== 'FORBIDDEN') throw new Error(`a desk changing its unit's kind should get FORBIDDEN, got ${JSON.stringify(refused)}`);
  log(`kind change refused: ${refused.errors[0].extensions.messages?.id ?? refused.errors[0].message}`);

  await deskSession.close();
  await adminSession.close();
  const report = kit.writeAxeReport();
  log(`axe: ${report.count} finding(s) in ${report.file}`);
  log(`done: the first run works end to end (screenshots in ${SHOTS})`);
} catch (error) {
  failed = true;
  console.error(`[walk] FAILED: ${error instanceof Error ? error.message : error}`);
} finally {
  await kit.browser.close();
  await mailbox.close();
  if (stack && !keep) await stopStack(stack.child);
  if (!keep) {
    await admin(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`).catch((error) => log(`could not drop ${databaseName}: ${error.message}`));
  } else {
    log(`kept: ${PORTAL} (stack pid ${stack?.child.pid}), database ${databaseName}`);
  }
}
process.exit(failed ? 1 : 0);
