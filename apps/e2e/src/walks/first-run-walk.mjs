// Issue #11's done-when, walked on a fresh installation: `npm start` with SEED_DEMO=false on an
// empty database, the first admin from `npm run admin -- create-admin`, then in Chromium: the admin
// signs in, creates an agency and a unit, invites a desk user (the link arrives over SMTP), the desk
// sets its password from the link, is signed in, changes its unit's address (saved, and in the unit's
// "Riwayat perubahan"), and cannot change the unit's kind (read-only in the form, FORBIDDEN from the
// API). Also: the same admin email again fails with one sentence; the session survives a second tab
// and a reload, and signing out in one tab signs out the others (and the cookie no longer renews);
// "lupa kata sandi" by e-mail signs the person in with the new password and ends the old token within
// 60 s; every page visited is read in both languages and shows no internal codes, ISO timestamps,
// ids or {placeholders}; the main actions are reached with the keyboard; no "Data contoh" banner on
// the empty installation, and the banner once demo data is loaded (the registry seed, SEED_DEMO=true).
// Headless Chromium (playwright-core); not part of `npm test`. Re-runnable: every run starts its own
// stack on a database of its own, which it drops at the end.
//
//   DATABASE_URL=postgres://user:pass@host:port/postgres node apps/e2e/src/walks/first-run-walk.mjs
//
// Options (environment): DATABASE_URL (a PostgreSQL 18 server; the walk creates and drops the
// database `simpul_first_run_<time>` on it — required), WALK_PORT_BASE (default 4300: portal,
// gateway, registry, evaluation, kipp, mpp, skm on the next seven ports), WALK_SMTP_PORT (the walk's
// own SMTP server, default WALK_PORT_BASE + 7), WALK_SHOTS (screenshots and axe.json, default
// /tmp/first-run-walk), WALK_KEEP=1 (leave the stack running and the database in place at the end,
// to look around). The stack is built by `npm start` itself (dist/ is reused when up to date).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import mailparser from 'mailparser';
import pg from 'pg';
import smtpServer from 'smtp-server';
import { log, openBrowser } from './walk-kit.mjs';

/** @typedef {import('./walk-kit.mjs').Page} Page */
/** @typedef {import('./walk-kit.mjs').Kit} Kit */
/** @typedef {{ to: string[], subject: string, text: string, read?: boolean }} Mail */
/** @typedef {{ message: string, extensions?: { code?: string, messages?: { id?: string, en?: string } } }} GqlError */
/** @typedef {{ data?: unknown, errors?: GqlError[] }} GqlResponse */

// CommonJS packages: Node's ES module loader gives their exports as one default object.
const { SMTPServer } = smtpServer;
const { simpleParser } = mailparser;
const { Client } = pg;

const workspaceRoot = path.resolve(import.meta.dirname, '../../../..');
const SHOTS = process.env.WALK_SHOTS ?? '/tmp/first-run-walk';
const BASE = Number(process.env.WALK_PORT_BASE ?? 4300);
const PORTS = {
  PORTAL_PORT: BASE,
  GATEWAY_PORT: BASE + 1,
  REGISTRY_PORT: BASE + 2,
  EVALUATION_PORT: BASE + 3,
  KIPP_PORT: BASE + 4,
  MPP_PORT: BASE + 5,
  SKM_PORT: BASE + 6,
};
const PORTAL = `http://127.0.0.1:${PORTS.PORTAL_PORT}`;
const GRAPHQL = `http://127.0.0.1:${PORTS.GATEWAY_PORT}/graphql`;
const SMTP_PORT = Number(process.env.WALK_SMTP_PORT ?? BASE + 7);

const ADMIN = { email: 'admin.pertama@kemenpan.go.id', name: 'Admin Pertama', password: 'lampu-merah-di-jalan-sudirman-7' };
const DESK = {
  email: 'petugas.samsat@kalselprov.go.id',
  name: 'Petugas Samsat Banjarbaru',
  password: 'kapal-klotok-sungai-martapura-3',
  newPassword: 'perahu-naga-danau-toba-pagi-8',
};
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

/** @param {string} sql */
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
  /** @type {Mail[]} */
  const received = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        // One address object, or a list of them when the mail has several To: headers.
        const to = [mail.to ?? []].flat().flatMap((address) => address.value);
        received.push({ to: to.map((entry) => entry.address?.toLowerCase() ?? ''), subject: mail.subject ?? '', text: mail.text ?? '' });
        callback();
      }, callback);
    },
  });
  await new Promise(
    /** @param {(value?: void) => void} resolve */ (resolve, reject) => {
      smtp.once('error', reject);
      smtp.listen(SMTP_PORT, '127.0.0.1', () => resolve());
    },
  );
  return {
    /**
     * @param {string} address
     * @returns {Promise<Mail>}
     */
    async nextTo(address, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const mail = received.find((one) => !one.read && one.to.includes(address.toLowerCase()));
        if (mail) {
          mail.read = true;
          return mail;
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      throw new Error(`No e-mail to ${address} arrived within ${timeoutMs / 1000} s.`);
    },
    close: () => new Promise(/** @param {(value?: void) => void} resolve */ (resolve) => smtp.close(() => resolve())),
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
  const child = spawn(process.execPath, ['tools/start/start.mjs'], {
    cwd: workspaceRoot,
    env,
    stdio: ['ignore', out, out],
    detached: true,
  });
  const deadline = Date.now() + 10 * 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}; see ${logFile}`);
    if (fs.readFileSync(logFile, 'utf8').includes('Simpul is running')) return { child, logFile, env };
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`npm start was not ready within 10 minutes; see ${logFile}`);
}

/**
 * Stops `npm start` and everything it started: it runs detached, as the leader of its own process group.
 * @param {import('node:child_process').ChildProcess} child
 */
function stopStack(child) {
  return new Promise(
    /** @param {(value?: void) => void} resolve */ (resolve) => {
      if (child.exitCode !== null || child.pid === undefined) return resolve();
      child.once('exit', () => resolve());
      process.kill(-child.pid, 'SIGTERM');
    },
  );
}

/** @param {NodeJS.ProcessEnv} env */
function createAdmin(env) {
  return spawnSync('npm', ['run', '--silent', 'admin', '--', 'create-admin', '--email', ADMIN.email, '--name', ADMIN.name], {
    cwd: workspaceRoot,
    env: { ...env, SIMPUL_ADMIN_PASSWORD: ADMIN.password },
    encoding: 'utf8',
  });
}

/**
 * @param {string} query
 * @param {Record<string, unknown>} variables
 * @param {string | undefined} token
 * @returns {Promise<GqlResponse>}
 */
async function gql(query, variables, token) {
  /** @type {Record<string, string>} */
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(GRAPHQL, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  /** @type {unknown} */
  const body = await response.json();
  return /** @type {GqlResponse} */ (body);
}

/**
 * The access token the portal keeps for the signed-in person in this tab.
 * @param {Page} page
 * @returns {Promise<string | undefined>}
 */
function accessTokenOf(page) {
  return page.evaluate(() => {
    /** @type {unknown} */
    const session = JSON.parse(window.sessionStorage.getItem('simpul.session') ?? '{}');
    return /** @type {{ accessToken?: string }} */ (session).accessToken;
  });
}

/**
 * The registry's demo seed on the walk's database: what `npm start` loads unless SEED_DEMO=false.
 * @param {NodeJS.ProcessEnv} env
 */
function loadDemoData(env) {
  return spawnSync(process.execPath, [path.join(workspaceRoot, 'dist', 'apps', 'registry-service', 'main.js'), 'seed'], {
    cwd: workspaceRoot,
    env: { ...env, SEED_DEMO: 'true' },
    encoding: 'utf8',
  });
}

// What a person must never read: internal codes, ids, ISO timestamps, unfilled {placeholders}.
const INTERNAL_TEXT = [
  { what: 'an ISO timestamp', pattern: /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/ },
  { what: 'a {placeholder}', pattern: /\{[A-Za-z][A-Za-z0-9]*\}/ },
  { what: 'an id', pattern: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i },
  { what: 'an enum code', pattern: /\b[A-Z][A-Z0-9]+_[A-Z0-9_]+\b/ },
  {
    what: 'an enum code',
    pattern: /\b(SAMSAT|ADMINISTRASI|PROVINSI|INVITED|ACTIVE|DEACTIVATED|OFFICIAL|DEMO|DERIVED|FORBIDDEN|UNAUTHENTICATED|CREATE|UPDATE)\b/,
  },
];
/** @type {string[]} */
const screenFindings = [];
// Until the walk loads demo data, no page may say "Data contoh".
let demoDataLoaded = false;

/**
 * Remembers anything internal on the page as it is now: the visible text as written (before CSS
 * capitals, so an upper-case badge is not taken for a code), not field values.
 * @param {Page} page
 * @param {string} label
 */
async function screenCheck(page, label) {
  const text = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    /** @type {(string | null)[]} */
    const parts = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName) || !parent.checkVisibility()) continue;
      parts.push(node.nodeValue);
    }
    return parts.join(' ');
  });
  for (const { what, pattern } of INTERNAL_TEXT) {
    const found = pattern.exec(text);
    if (found) screenFindings.push(`${label}: ${what} on screen: "${found[0]}" (${page.url()})`);
  }
  if (!demoDataLoaded && (await page.getByRole('region', { name: /data contoh/i }).count())) {
    screenFindings.push(`${label}: the "Data contoh" banner on an installation without demo data (${page.url()})`);
  }
}

/**
 * The page in English (a probe text proves it switched), checked and photographed, then back in Indonesian.
 * @param {Kit} kit
 * @param {Page} page
 * @param {string} label
 * @param {string} englishProbe
 * @param {string} indonesianProbe
 */
async function inEnglishToo(kit, page, label, englishProbe, indonesianProbe) {
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await kit.expectText(page, englishProbe);
  await screenCheck(page, `${label} (en)`);
  await kit.shot(page, `${label.replace(/\W+/g, '-')}-en`);
  await page.getByRole('button', { name: 'Bahasa Indonesia', exact: true }).click();
  await kit.expectText(page, indonesianProbe);
  await screenCheck(page, label);
}

/**
 * Reaches the element with Tab alone, from the top of the page, as a keyboard user would.
 * @param {Kit} kit
 * @param {Page} page
 * @param {import('./walk-kit.mjs').Locator} locator
 * @param {string} what
 */
async function tabTo(kit, page, locator, what, maxTabs = 80) {
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    window.scrollTo(0, 0);
  });
  const target = await locator.elementHandle({ timeout: 15_000 }).catch(() => null);
  if (!target) return kit.fail(page, `no ${what} to reach with the keyboard`);
  for (let i = 0; i < maxTabs; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  return kit.fail(page, `${what} cannot be reached with the Tab key (${maxTabs} presses)`);
}

fs.mkdirSync(SHOTS, { recursive: true });
await admin(`CREATE DATABASE ${databaseName}`);
log(`database ${databaseName} created on ${server.host}`);
const mailbox = await startMailbox();
/** @type {Awaited<ReturnType<typeof startStack>> | undefined} */
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
  if (created.status !== 0)
    throw new Error(`npm run admin -- create-admin failed (${created.status}): ${created.stderr || created.stdout}`);
  log(`create-admin: ${created.stdout.trim().split('\n').pop()}`);
  const again = createAdmin(stack.env);
  const sentence = (again.stderr || again.stdout).trim();
  if (again.status === 0) throw new Error('create-admin with the same email again exited 0');
  if (sentence.split('\n').length !== 1) throw new Error(`create-admin again should say one sentence, said:\n${sentence}`);
  log(`create-admin again: exit ${again.status}, "${sentence}"`);

  // 2. The admin signs in with the keyboard alone; a fresh installation shows no "Data contoh" banner.
  const adminSession = await as(null);
  const page = adminSession.page;
  await page.goto(`${PORTAL}/sign-in`);
  await page
    .getByLabel('Alamat email')
    .waitFor({ timeout: 20_000 })
    .catch(() => fail(page, 'no sign-in form'));
  await inEnglishToo(kit, page, 'sign-in', 'Sign in to Simpul', 'Masuk ke Simpul');
  await tabTo(kit, page, page.getByLabel('Alamat email'), 'the email field');
  await page.keyboard.type(ADMIN.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(ADMIN.password);
  await page.keyboard.press('Enter');
  await page
    .getByRole('button', { name: 'Keluar' })
    .waitFor({ timeout: 15_000 })
    .catch(() => fail(page, 'the first admin could not sign in'));
  await expectText(page, `Selamat datang, ${ADMIN.name}`);
  if (await page.getByText('Data contoh').count())
    await fail(page, 'a fresh installation without demo data shows the "Data contoh" banner');
  await shot(page, 'admin-home');
  await axe(page, 'admin home');
  await inEnglishToo(kit, page, 'admin home', `Welcome, ${ADMIN.name}`, `Selamat datang, ${ADMIN.name}`);

  // 3. An agency, reached as a person would: Administrasi → Instansi → Tambah instansi.
  await tabTo(kit, page, page.getByRole('link', { name: 'Administrasi' }), 'the Administrasi link');
  await page.keyboard.press('Enter');
  await page
    .getByRole('link', { name: 'Instansi' })
    .first()
    .waitFor({ timeout: 20_000 })
    .catch(() => fail(page, 'no admin area'));
  await screenCheck(page, 'admin area');
  await inEnglishToo(kit, page, 'admin area', 'Agencies', 'Instansi');
  await page.getByRole('link', { name: 'Instansi' }).first().click();
  await expectText(page, 'Tambah instansi');
  await screenCheck(page, 'agencies');
  await tabTo(kit, page, page.getByRole('link', { name: 'Tambah instansi' }), 'Tambah instansi');
  await page.keyboard.press('Enter');
  await page
    .locator('#agency-name')
    .waitFor({ timeout: 20_000 })
    .catch(() => fail(page, 'no agency form'));
  await inEnglishToo(kit, page, 'new agency form', 'Add agency', 'Tambah instansi');
  await page.locator('#agency-name').fill(AGENCY);
  await page.locator('#agency-type').selectOption('PROVINSI');
  await page.locator('#agency-regionCode').selectOption({ label: 'Kalimantan Selatan' });
  await axe(page, 'new agency form');
  await tabTo(kit, page, page.getByRole('button', { name: 'Simpan', exact: true }), 'the agency form’s Simpan');
  await page.keyboard.press('Enter');
  await page
    .waitForURL(/\/registry\/agencies\/[^/]+$/, { timeout: 15_000 })
    .catch(() => fail(page, 'saving the agency did not open its page'));
  await expectText(page, AGENCY);
  await page
    .getByRole('region', { name: 'Riwayat perubahan' })
    .getByText(ADMIN.name)
    .first()
    .waitFor({ timeout: 15_000 })
    .catch(() => fail(page, 'the new agency’s history does not name its creator'));
  await shot(page, 'agency');
  await inEnglishToo(kit, page, 'agency page', 'Change history', 'Riwayat perubahan');
  log(`agency created: ${page.url()}`);

  // 4. A unit of that agency, from the menu's "Tambah unit".
  await page.getByRole('link', { name: 'Tambah unit' }).click();
  await page
    .locator('#unit-name')
    .waitFor({ timeout: 20_000 })
    .catch(() => fail(page, 'no unit form'));
  await inEnglishToo(kit, page, 'new unit form', 'Unit name', 'Nama unit');
  await page.locator('#unit-name').fill(UNIT);
  await page.locator('#unit-kind').selectOption('SAMSAT');
  await page.locator('#unit-serviceGroup').selectOption('ADMINISTRASI');
  await page.locator('#unit-agencyId').selectOption({ label: AGENCY });
  await page.locator('#unit-regionCode').selectOption({ label: 'Kalimantan Selatan' });
  await page.locator('#unit-address').fill('Jl. Panglima Batur, Banjarbaru');
  await axe(page, 'new unit form');
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await page
    .waitForURL(/\/registry\/units\/(?!new$)[^/]+$/, { timeout: 15_000 })
    .catch(() => fail(page, 'saving the unit did not open its page'));
  const unitId = page.url().split('/').pop() ?? (await fail(page, 'the new unit has no page of its own'));
  await expectText(page, UNIT);
  await shot(page, 'unit');
  await inEnglishToo(kit, page, 'unit page (admin)', 'Change history', 'Riwayat perubahan');
  log(`unit created: ${unitId}`);

  // 5. Invite the unit's desk (Administrasi → Pengguna → Undang pengguna); the link arrives by SMTP.
  await page.getByRole('link', { name: 'Administrasi' }).click();
  await page.getByRole('link', { name: 'Pengguna' }).first().click();
  await expectText(page, 'Undang pengguna');
  await screenCheck(page, 'users');
  await inEnglishToo(kit, page, 'users', 'Invite user', 'Undang pengguna');
  await tabTo(kit, page, page.getByRole('link', { name: 'Undang pengguna' }), 'Undang pengguna');
  await page.keyboard.press('Enter');
  await page
    .locator('#invite-email')
    .waitFor({ timeout: 20_000 })
    .catch(() => fail(page, 'no invitation form'));
  await inEnglishToo(kit, page, 'invitation form', 'Send invitation', 'Kirim undangan');
  await page.locator('#invite-email').fill(DESK.email);
  await page.locator('#invite-name').fill(DESK.name);
  await page.locator('#invite-role').selectOption('UNIT_DESK');
  await page.locator('#invite-serviceUnitId-search').fill(UNIT);
  await page
    .locator(`#invite-serviceUnitId option[value="${unitId}"]`)
    .waitFor({ state: 'attached', timeout: 15_000 })
    .catch(() => fail(page, 'the new unit is not offered for the desk'));
  await page.locator('#invite-serviceUnitId').selectOption(unitId);
  await axe(page, 'invitation form');
  await tabTo(kit, page, page.getByRole('button', { name: 'Kirim undangan' }), 'Kirim undangan');
  await page.keyboard.press('Enter');
  await expectText(page, 'Undangan terkirim');
  const invitedAt = Date.now();
  await screenCheck(page, 'invitation sent');
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
  await inEnglishToo(kit, desk, 'set password', 'Create your password', 'Buat kata sandi Anda');
  await desk.getByLabel('Kata sandi baru', { exact: true }).fill(DESK.password);
  await desk.getByLabel('Ulangi kata sandi baru', { exact: true }).fill(DESK.password);
  await desk.getByRole('button', { name: 'Simpan kata sandi' }).click();
  await expectText(desk, `Selamat datang, ${DESK.name}`, 20_000);
  await shot(desk, 'desk-home');
  await inEnglishToo(kit, desk, 'desk home', `Welcome, ${DESK.name}`, `Selamat datang, ${DESK.name}`);
  // The link was single-use.
  const reused = await as(null);
  await reused.page.goto(link);
  await reused.page.getByLabel('Kata sandi baru', { exact: true }).fill('sepeda-ontel-di-pasar-terapung-9');
  await reused.page.getByLabel('Ulangi kata sandi baru', { exact: true }).fill('sepeda-ontel-di-pasar-terapung-9');
  await reused.page.getByRole('button', { name: 'Simpan kata sandi' }).click();
  await expectText(reused.page, 'Minta tautan baru');
  await screenCheck(reused.page, 'used link');
  await reused.close();

  // 7. The desk changes its unit's address (Unit saya → Ubah unit): saved, and in the unit's history.
  await desk.getByRole('link', { name: 'Unit saya' }).click();
  await desk
    .waitForURL(new RegExp(`/registry/units/${unitId}$`), { timeout: 15_000 })
    .catch(() => fail(desk, '"Unit saya" does not open the desk’s unit'));
  await tabTo(kit, desk, desk.getByRole('link', { name: 'Ubah unit' }), 'Ubah unit');
  await desk.keyboard.press('Enter');
  await desk
    .locator('#unit-address')
    .waitFor({ timeout: 20_000 })
    .catch(() => fail(desk, 'the desk has no edit form for its unit'));
  const kindField = desk.locator('#unit-kind');
  if (
    !(await kindField.evaluate((element) => {
      const field = /** @type {HTMLInputElement} */ (element);
      return field.readOnly || field.disabled;
    }))
  )
    await fail(desk, "the unit's kind is editable for a desk");
  const why = await kindField.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
  if (!why.includes('Hanya admin nasional')) await fail(desk, `the read-only kind does not say why (described by: "${why}")`);
  await axe(desk, 'desk unit form');
  await shot(desk, 'desk-unit-form', true);
  await inEnglishToo(kit, desk, 'desk unit form', 'Only the national admin', 'Hanya admin nasional');
  await desk.locator('#unit-address').fill(NEW_ADDRESS);
  await tabTo(kit, desk, desk.getByRole('button', { name: 'Simpan', exact: true }), 'the unit form’s Simpan');
  await desk.keyboard.press('Enter');
  await desk
    .waitForURL(new RegExp(`/registry/units/${unitId}$`), { timeout: 15_000 })
    .catch(() => fail(desk, 'saving the address did not return to the unit'));
  await expectText(desk, NEW_ADDRESS);
  const history = desk.getByRole('region', { name: 'Riwayat perubahan' });
  await history
    .getByText(NEW_ADDRESS)
    .first()
    .waitFor({ timeout: 15_000 })
    .catch(() => fail(desk, 'the address change is not in the unit history'));
  await history
    .getByText(DESK.name)
    .first()
    .waitFor({ timeout: 5_000 })
    .catch(() => fail(desk, 'the history does not say the desk made the change'));
  await shot(desk, 'desk-unit-history', true);
  await axe(desk, 'unit page with history');
  await inEnglishToo(kit, desk, 'unit page with history (desk)', 'Change history', 'Riwayat perubahan');

  // 8. …and is refused changing the kind, by the service itself.
  const token = await accessTokenOf(desk);
  const refused = await gql(
    'mutation($id: ID!) { updateServiceUnit(id: $id, input: { kind: DPMPTSP }) { id kind } }',
    { id: unitId },
    token,
  );
  const refusal = refused.errors?.[0];
  if (refusal?.extensions?.code !== 'FORBIDDEN')
    throw new Error(`a desk changing its unit's kind should get FORBIDDEN, got ${JSON.stringify(refused)}`);
  log(`kind change refused: ${refusal.extensions.messages?.id ?? refusal.message}`);

  // 9. A second tab is signed in, also after a reload; signing out in one tab signs out the other.
  const secondTab = await deskSession.context.newPage();
  await secondTab.goto(`${PORTAL}/registry/units/${unitId}`);
  await secondTab
    .getByRole('button', { name: 'Keluar' })
    .waitFor({ timeout: 15_000 })
    .catch(() => fail(secondTab, 'a second tab is not signed in'));
  await secondTab
    .getByRole('link', { name: 'Ubah unit' })
    .waitFor({ timeout: 15_000 })
    .catch(() => fail(secondTab, 'the second tab does not let the desk edit its unit'));
  await secondTab.reload();
  await secondTab
    .getByRole('button', { name: 'Keluar' })
    .waitFor({ timeout: 15_000 })
    .catch(() => fail(secondTab, 'a reload signs the desk out'));
  await shot(secondTab, 'second-tab-signed-in');
  await tabTo(kit, desk, desk.getByRole('button', { name: 'Keluar' }), 'Keluar');
  await desk.keyboard.press('Enter');
  await desk
    .getByRole('button', { name: 'Keluar' })
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => fail(desk, 'Keluar did not sign out'));
  await secondTab
    .getByRole('button', { name: 'Keluar' })
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => fail(secondTab, 'signing out in one tab left the other signed in'));
  await secondTab
    .getByRole('link', { name: 'Ubah unit' })
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => fail(secondTab, 'the signed-out tab still offers Ubah unit'));
  await shot(secondTab, 'second-tab-signed-out');
  const thirdTab = await deskSession.context.newPage();
  await thirdTab.goto(`${PORTAL}/`);
  await thirdTab
    .getByRole('button', { name: 'Masuk' })
    .or(thirdTab.getByRole('link', { name: 'Masuk' }))
    .first()
    .waitFor({ timeout: 15_000 })
    .catch(() => fail(thirdTab, 'a tab opened after signing out is signed in'));
  const renewal = await thirdTab.evaluate(
    async () =>
      (
        await fetch('/auth/refresh', {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        })
      ).status,
  );
  if (renewal !== 401) await fail(thirdTab, `after signing out the session cookie still renews (/auth/refresh answered ${renewal})`);
  await thirdTab.close();
  await secondTab.close();
  log('sessions: a second tab and a reload stay signed in; signing out ends every tab and the cookie');

  // 10. "Lupa kata sandi": the reset link by e-mail; the new password signs in at once; the old token ends.
  await desk
    .getByRole('button', { name: 'Masuk' })
    .or(desk.getByRole('link', { name: 'Masuk' }))
    .first()
    .click();
  await desk.getByLabel('Alamat email').fill(DESK.email);
  await desk.getByLabel('Kata sandi', { exact: true }).fill(DESK.password);
  await desk.getByRole('button', { name: 'Masuk', exact: true }).click();
  await desk
    .getByRole('button', { name: 'Keluar' })
    .waitFor({ timeout: 15_000 })
    .catch(() => fail(desk, 'the desk could not sign in again'));
  await desk.getByRole('link', { name: 'Unit saya' }).click();
  await expectText(desk, NEW_ADDRESS);
  const oldToken = await accessTokenOf(desk);
  // The registry sends one link e-mail per account per minute (a flooded mailbox otherwise); the
  // invitation was one, so a reset asked for sooner would be answered without an e-mail.
  const quiet = invitedAt + 61_000 - Date.now();
  if (quiet > 0) {
    log(`waiting ${Math.ceil(quiet / 1000)} s: one link e-mail per account per minute`);
    await new Promise((resolve) => setTimeout(resolve, quiet));
  }
  const forgetful = await as(null);
  await forgetful.page.goto(`${PORTAL}/sign-in`);
  await forgetful.page.getByRole('link', { name: 'Lupa kata sandi?' }).click();
  await forgetful.page.getByLabel('Alamat email').fill(DESK.email);
  await inEnglishToo(kit, forgetful.page, 'lupa kata sandi', 'Forgot your password', 'Lupa kata sandi');
  await forgetful.page.getByRole('button', { name: 'Kirim tautan' }).click();
  await expectText(forgetful.page, 'Periksa email Anda');
  await screenCheck(forgetful.page, 'reset requested');
  const resetMail = await mailbox.nextTo(DESK.email);
  const resetLink = /https?:\/\/\S+\/atur-kata-sandi\?token=[A-Za-z0-9_-]+&reset=1/.exec(resetMail.text)?.[0];
  if (!resetLink) throw new Error(`the reset e-mail has no reset link:\n${resetMail.text}`);
  await forgetful.page.goto(resetLink);
  await forgetful.page.getByLabel('Kata sandi baru', { exact: true }).fill(DESK.newPassword);
  await forgetful.page.getByLabel('Ulangi kata sandi baru', { exact: true }).fill(DESK.newPassword);
  await forgetful.page.getByRole('button', { name: 'Simpan kata sandi' }).click();
  await expectText(forgetful.page, `Selamat datang, ${DESK.name}`, 20_000);
  // Still signed in once the home page has asked the gateway for the desk's unit.
  await forgetful.page.getByRole('link', { name: 'Unit saya' }).click();
  await expectText(forgetful.page, NEW_ADDRESS);
  if (!(await forgetful.page.getByRole('button', { name: 'Keluar' }).count()))
    await fail(forgetful.page, 'signing in with the new password right after the reset does not last');
  await shot(forgetful.page, 'signed-in-after-reset');
  await forgetful.close();
  const deadline = Date.now() + 70_000;
  /** @type {string | null} */
  let oldTokenCode = null;
  while (Date.now() < deadline && oldTokenCode !== 'UNAUTHENTICATED') {
    oldTokenCode = (await gql('{ me { id } }', {}, oldToken)).errors?.[0]?.extensions?.code ?? null;
    if (oldTokenCode !== 'UNAUTHENTICATED') await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  if (oldTokenCode !== 'UNAUTHENTICATED') throw new Error('the access token from before the password reset still works after 70 s');
  log('lupa kata sandi: the new password signs in at once; the old token is refused (UNAUTHENTICATED)');

  // 11. With demo data loaded, every page says so: the "Data contoh" banner.
  const demo = loadDemoData(stack.env);
  if (demo.status !== 0) throw new Error(`the registry demo seed failed: ${demo.stderr || demo.stdout}`);
  demoDataLoaded = true;
  await page.goto(`${PORTAL}/`);
  await page
    .getByRole('region', { name: /data contoh/i })
    .waitFor({ timeout: 15_000 })
    .catch(() => fail(page, 'with demo data loaded there is no "Data contoh" banner'));
  await shot(page, 'demo-data-banner');
  log('demo data: the "Data contoh" banner shows once the demo seed has run');

  if (screenFindings.length) throw new Error(`internal text on screen:\n  ${screenFindings.join('\n  ')}`);

  await deskSession.close();
  await adminSession.close();
  const report = kit.writeAxeReport();
  log(`axe: ${report.count} finding(s) in ${report.file}`);
  log(`done: the first run works end to end (screenshots in ${SHOTS})`);
} catch (error) {
  failed = true;
  console.error(`[walk] FAILED: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await kit.browser.close();
  await mailbox.close();
  if (stack && !keep) await stopStack(stack.child);
  if (!keep) {
    await admin(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`).catch((/** @type {unknown} */ error) =>
      log(`could not drop ${databaseName}: ${error instanceof Error ? error.message : String(error)}`),
    );
  } else {
    log(`kept: ${PORTAL} (stack pid ${stack?.child.pid}), database ${databaseName}`);
  }
}
process.exit(failed ? 1 : 0);
