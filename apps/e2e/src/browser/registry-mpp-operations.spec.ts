import type { Page } from 'playwright-core';
import { stableId } from '@simpul/service-kit';
import { BANJARMASIN_MALL, SAMSAT_KALSEL } from '../demo-ids';
import { graphql, graphqlData, signInToken, useSharedStack, type SharedStack } from '../stack';
import { findChromium, launchChromium } from './chromium';
import { axeViolations, signIn } from './page-checks';

// The registry and MPP operations that once existed only in the API (issue #20 §1, §5), reached from
// the portal's navigation by each role in real Chromium on the built stack: the public sorts the MPP
// list; the unit's desk imports services from a file (a refused file first) and archives one, by
// keyboard; the admin finds a unit by its SIPPN code, imports into it and archives it; the mall's
// operator corrects its address and the admin another mall's. The suite makes its own unit, names
// its imported services apart, archives them, and puts the malls' addresses back: other suites read
// SAMSAT Kalimantan Selatan and the malls.

const chromium = findChromium();
if ('missing' in chromium) {
  console.warn(`SKIPPED: registry and MPP operations browser test — ${chromium.missing}. It did not run; nothing was checked.`);
}
const describeWithChromium = 'path' in chromium ? describe : describe.skip;

const SURABAYA_MALL = stableId('mall', 'mpp-kota-surabaya');
/** A code no seeded unit carries, for the unit this suite makes. */
const SIPPN_CODE = `UJI-SIPPN-${process.pid}`;

const REFUSED_FILE = 'name,requirements,published\nAkta Uji Impor,KTP asli,requirements\n,KTP,\n';
const GOOD_FILE =
  'name,requirements,fee,published\nAkta Uji Impor,KTP asli,Gratis,requirements; fee\nAkta Uji Impor Kedua,KTP asli,,requirements\n';

const mainNav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name, exact: true }).click();

/** On a unit page: the import page, a file chosen by name and content, sent. */
async function importFile(page: Page, name: string, content: string): Promise<void> {
  await page.locator('#service-import-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content) });
  await page.getByRole('button', { name: 'Periksa dan impor' }).click();
}

describeWithChromium('registry and MPP operations from the portal, per role, in a real browser', () => {
  let stack: SharedStack;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let admin = '';
  let unitId = '';
  let unitName = '';
  const addresses: Record<string, string | null> = {};

  const call = <T>(query: string, variables: Record<string, unknown> = {}, token = admin) =>
    graphqlData<T>(stack.gatewayUrl, query, variables, token);
  const addressOf = async (id: string) =>
    (await call<{ mall: { address: string | null } }>('query($id: ID!) { mall(id: $id) { address } }', { id })).mall.address;

  beforeAll(async () => {
    stack = useSharedStack();
    browser = await launchChromium('path' in chromium ? chromium.path : '');
    admin = await signInToken(stack.gatewayUrl, 'admin@simpul.test');
    const { agencies } = await call<{ agencies: { edges: { node: { id: string } }[] } }>(
      '{ agencies(first: 1, filter: { search: "banjarmasin" }) { edges { node { id } } } }',
    );
    unitName = `Unit Uji Operasi Registri ${process.pid}`;
    unitId = (
      await call<{ createServiceUnit: { id: string } }>(
        'mutation($input: CreateServiceUnitInput!) { createServiceUnit(input: $input) { id } }',
        {
          input: {
            name: unitName,
            kind: 'OTHER',
            serviceGroup: 'ADMINISTRASI',
            agencyId: agencies.edges[0].node.id,
            regionCode: '63.71',
            externalIds: { sippn: SIPPN_CODE },
          },
        },
      )
    ).createServiceUnit.id;
    for (const id of [BANJARMASIN_MALL, SURABAYA_MALL]) addresses[id] = await addressOf(id);
  }, 240_000);

  afterAll(async () => {
    // What other suites read is put back: the malls' addresses, and SAMSAT Kalimantan Selatan without the imported services.
    for (const [id, address] of Object.entries(addresses)) {
      await call('mutation($id: ID!, $address: String) { updateMall(id: $id, input: { address: $address }) { id } }', {
        id,
        address,
      }).catch(() => undefined);
    }
    const { serviceUnit } = await call<{ serviceUnit: { services: { edges: { node: { id: string; name: string } }[] } } }>(
      'query($id: ID!) { serviceUnit(id: $id) { services(first: 20) { edges { node { id name } } } } }',
      { id: SAMSAT_KALSEL },
    ).catch(() => ({ serviceUnit: { services: { edges: [] } } }));
    for (const { node } of serviceUnit.services.edges.filter(({ node }) => node.name.startsWith('Akta Uji Impor'))) {
      await call('mutation($id: ID!) { archiveService(id: $id) { id } }', { id: node.id }).catch(() => undefined);
    }
    await browser?.close();
  }, 120_000);

  it('the public sorts the MPP list by name and by opening date, from the select and from a column header', async () => {
    // First in the suite: the browser profile has no session yet, so this is a signed-out visitor.
    const page = await browser.context.newPage();
    try {
      // Signed out, `/` is the front door's own page: its list of what anyone can open leads to the malls.
      await page.goto(stack.portalUrl);
      await page.getByRole('link', { name: 'Mal Pelayanan Publik yang beroperasi, instansi tergabung dan layanannya' }).click();
      const table = page.getByRole('table', { name: 'Semua MPP' });
      await table.getByRole('row').nth(1).waitFor({ timeout: 30_000 });
      const expected = async (field: string, direction: string) =>
        (
          await call<{ malls: { edges: { node: { name: string } }[] } }>(
            'query($sort: MallSort) { malls(first: 25, sort: $sort) { edges { node { name } } } }',
            { sort: { field, direction } },
            '',
          )
        ).malls.edges.map(({ node }) => node.name);
      const shown = async () => (await table.getByRole('row').locator('td:first-child').allTextContents()).map((text) => text.trim());
      // A sort answers when its page arrives, and its first row may already be the old first row (Surabaya
      // leads both "Z–A" and "opened first"): wait for the whole order, then compare.
      const shownOnce = async (order: string[]) => {
        for (let look = 0; look < 100; look += 1) {
          const now = await shown();
          if (JSON.stringify(now) === JSON.stringify(order)) return now;
          await page.waitForTimeout(300);
        }
        return shown();
      };

      await page.getByLabel('Urutkan').selectOption({ label: 'Nama (Z–A)' });
      const byName = await expected('NAME', 'DESC');
      expect(await shownOnce(byName)).toEqual(byName);

      await table.getByRole('button', { name: /Diresmikan|Tanggal peresmian/ }).click();
      const byOpening = await expected('OPENED_ON', 'ASC');
      expect(await shownOnce(byOpening)).toEqual(byOpening);
      expect(await page.getByLabel('Urutkan').inputValue()).toBe('OPENED_ON.ASC');
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  }, 180_000);

  it('the unit’s desk imports services from a file, a refused file first, then archives one by keyboard', async () => {
    const page = await browser.context.newPage();
    try {
      await signIn(page, stack.portalUrl, 'desk.samsat-kalsel@simpul.test');
      await mainNav(page, 'Unit saya');
      await page.getByRole('heading', { level: 1, name: 'SAMSAT Kalimantan Selatan' }).waitFor({ timeout: 30_000 });
      // Archiving a unit is the admin's: its desk is not offered it.
      expect(await page.getByRole('button', { name: 'Arsipkan unit' }).count()).toBe(0);
      await page.getByRole('link', { name: 'Impor layanan dari berkas' }).click();
      await page.getByRole('heading', { level: 1, name: 'Impor layanan' }).waitFor({ timeout: 30_000 });

      await importFile(page, 'layanan-salah.csv', REFUSED_FILE);
      await page.getByText('Berkas ditolak: 1 dari 2 baris bermasalah.', { exact: false }).waitFor({ timeout: 30_000 });
      const report = page.getByRole('table', { name: 'Hasil pemeriksaan per baris' });
      await report.getByRole('row', { name: /3 \(tanpa nama\) Nama: Nama layanan wajib diisi\./ }).waitFor();
      expect(await page.getByLabel(/^Format berkas/).inputValue()).toBe('CSV');
      // The refused file with its report: WCAG 2.1 AA as axe can check it.
      expect(await axeViolations(page)).toEqual([]);

      await importFile(page, 'layanan.csv', GOOD_FILE);
      await page.getByText('Berkas diterima: 2 layanan ditambahkan, 0 diperbarui.').waitFor({ timeout: 30_000 });
      await page.getByRole('link', { name: 'Lihat layanan SAMSAT Kalimantan Selatan' }).click();
      await page.getByRole('link', { name: 'Akta Uji Impor', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Akta Uji Impor' }).waitFor({ timeout: 30_000 });

      const section = page.getByRole('region', { name: 'Arsipkan layanan' });
      await section.getByText('Pengarsipan tidak dapat dibatalkan lewat portal.', { exact: false }).waitFor();
      await section.getByRole('button', { name: 'Arsipkan layanan' }).focus();
      await page.keyboard.press('Enter');
      // The question takes focus; Tab reaches its confirm button.
      await section.getByRole('group', { name: 'Arsipkan layanan' }).waitFor();
      await page.keyboard.press('Tab');
      expect(await page.locator(':focus').textContent()).toBe('Ya, arsipkan');
      await page.keyboard.press('Enter');
      await page.getByText('Akta Uji Impor sudah diarsipkan.').waitFor({ timeout: 30_000 });
      await page.getByText(/^Layanan ini diarsipkan pada .* dan tidak tampil bagi publik\.$/).waitFor();
    } finally {
      await page.close();
    }
    // The public no longer finds it.
    const publicUnit = await call<{ serviceUnit: { services: { edges: { node: { name: string } }[] } } }>(
      'query($id: ID!) { serviceUnit(id: $id) { services(first: 50) { edges { node { name } } } } }',
      { id: SAMSAT_KALSEL },
      '',
    );
    expect(publicUnit.serviceUnit.services.edges.map(({ node }) => node.name)).not.toContain('Akta Uji Impor');
  }, 240_000);

  it('the admin finds a unit by its SIPPN code on the unit search, imports into it, then archives the unit', async () => {
    expect(unitId).not.toBe('');
    const page = await browser.context.newPage();
    try {
      await signIn(page, stack.portalUrl, 'admin@simpul.test');
      await mainNav(page, 'Registri');
      const lookup = page.getByRole('region', { name: 'Cari dengan kode sistem nasional' });
      await lookup.getByLabel('Sistem', { exact: true }).selectOption({ label: 'SIPPN' });
      await lookup.getByLabel(/^Kode unit di sistem itu/).fill(SIPPN_CODE);
      await lookup.getByRole('button', { name: 'Cari unit' }).click();
      await lookup.getByRole('link', { name: unitName }).click();
      await page.getByRole('heading', { level: 1, name: unitName }).waitFor({ timeout: 30_000 });

      await page.getByRole('link', { name: 'Impor layanan dari berkas' }).click();
      await page.getByRole('heading', { level: 1, name: 'Impor layanan' }).waitFor({ timeout: 30_000 });
      await importFile(page, 'layanan.csv', GOOD_FILE);
      await page.getByText('Berkas diterima: 2 layanan ditambahkan, 0 diperbarui.').waitFor({ timeout: 30_000 });
      await page.getByRole('link', { name: `Lihat layanan ${unitName}` }).click();
      await page.getByRole('link', { name: 'Akta Uji Impor Kedua' }).waitFor({ timeout: 30_000 });

      const section = page.getByRole('region', { name: 'Arsipkan unit' });
      await section.getByText('beserta semua layanannya', { exact: false }).waitFor();
      await section.getByRole('button', { name: 'Arsipkan unit' }).click();
      await section.getByRole('button', { name: 'Ya, arsipkan' }).click();
      await page.getByText(`${unitName} sudah diarsipkan.`).waitFor({ timeout: 30_000 });
      await page.getByText(/^Unit ini diarsipkan pada .*; unit dan layanannya tidak tampil bagi publik\.$/).waitFor();
    } finally {
      await page.close();
    }
    const hidden = await graphql<{ serviceUnitByExternalId: { id: string } | null }>(
      stack.gatewayUrl,
      'query($value: String!) { serviceUnitByExternalId(system: SIPPN, value: $value) { id } }',
      { value: SIPPN_CODE },
    );
    expect(hidden.data?.serviceUnitByExternalId).toBeNull();
  }, 240_000);

  it('the mall’s operator corrects its address from the mall’s pages', async () => {
    const page = await browser.context.newPage();
    try {
      await signIn(page, stack.portalUrl, 'operator.banjarmasin@simpul.test');
      await mainNav(page, 'Mal Pelayanan Publik');
      await page.getByRole('navigation', { name: 'Halaman MPP' }).getByRole('link', { name: 'Profil MPP' }).click();
      const form = page.getByRole('form', { name: 'Nama dan alamat' });
      await form.getByLabel(/^Alamat/).fill('Jl. Lambung Mangkurat No. 2, Banjarmasin');
      await form.getByRole('button', { name: 'Simpan nama dan alamat' }).click();
      await form.getByText('Nama dan alamat MPP tersimpan.').waitFor({ timeout: 30_000 });
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
    expect(await addressOf(BANJARMASIN_MALL)).toBe('Jl. Lambung Mangkurat No. 2, Banjarmasin');
  }, 180_000);

  it('the admin corrects another mall’s address from the national view, and an empty name is refused on its field', async () => {
    const page = await browser.context.newPage();
    try {
      await signIn(page, stack.portalUrl, 'admin@simpul.test');
      await mainNav(page, 'Mal Pelayanan Publik');
      await page.getByRole('link', { name: 'Daftar semua MPP' }).click();
      await page.getByLabel('Cari MPP').fill('surabaya');
      await page
        .getByRole('link', { name: /Surabaya/ })
        .first()
        .click();
      await page.getByRole('navigation', { name: 'Halaman MPP' }).getByRole('link', { name: 'Profil MPP' }).click();
      const form = page.getByRole('form', { name: 'Nama dan alamat' });
      const name = await form.getByLabel(/^Nama MPP/).inputValue();
      await form.getByLabel(/^Nama MPP/).fill('');
      await form.getByRole('button', { name: 'Simpan nama dan alamat' }).click();
      await page.getByRole('link', { name: 'Masukkan nama MPP' }).waitFor();
      await form.getByLabel(/^Nama MPP/).fill(name);
      await form.getByLabel(/^Alamat/).fill('Jl. Yos Sudarso No. 11, Surabaya');
      await form.getByRole('button', { name: 'Simpan nama dan alamat' }).click();
      await form.getByText('Nama dan alamat MPP tersimpan.').waitFor({ timeout: 30_000 });
    } finally {
      await page.close();
    }
    expect(await addressOf(SURABAYA_MALL)).toBe('Jl. Yos Sudarso No. 11, Surabaya');
  }, 180_000);
});
