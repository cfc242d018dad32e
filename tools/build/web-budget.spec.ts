import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

type WebBudget = typeof import('./web-budget.mjs');
const load = (): Promise<WebBudget> => import('./web-budget.mjs');

const BUDGETS = { firstScreen: 120, other: 170 };
const script = (name: string, kB: number) => ({ url: `http://127.0.0.1:4200/${name}`, raw: kB * 4096, gzipped: kB * 1024 });

describe('the first-load JavaScript budget (issue #17)', () => {
  let budget: WebBudget;
  beforeAll(async () => (budget = await load()));

  const page = (key: string) => {
    const found = budget.PAGES.find((candidate) => candidate.key === key);
    if (!found) throw new Error(`no page ${key}`);
    return found;
  };

  it('gives the signed-out home and the public SKM form 120 kB, and any other page 170 kB', () => {
    const rows = budget.verdicts(
      ['home', 'skm-form', 'registry', 'rapor'].map((key) => ({ page: page(key), path: `/${key}`, scripts: [script('a.js', 150)] })),
      BUDGETS,
    );
    expect(rows.map((row) => [row.key, row.budgetKb, row.over])).toEqual([
      ['home', 120, true],
      ['skm-form', 120, true],
      ['registry', 170, false],
      ['rapor', 170, false],
    ]);
  });

  it('is over only past the budget: exactly 120 kB fits', () => {
    const [exact, oneByteMore] = budget.verdicts(
      [
        { page: page('home'), path: '/', scripts: [script('a.js', 100), script('b.js', 20)] },
        { page: page('home'), path: '/', scripts: [script('a.js', 120), { url: 'http://127.0.0.1:4200/c.js', raw: 1, gzipped: 1 }] },
      ],
      BUDGETS,
    );
    expect(exact.over).toBe(false);
    expect(oneByteMore.over).toBe(true);
  });

  it('names the page, its kB, the budget and the biggest scripts first when a page is over', () => {
    const [row] = budget.verdicts(
      [{ page: page('home'), path: '/', scripts: [script('small.js', 2), script('mantine.js', 169), script('react-dom.js', 64)] }],
      BUDGETS,
    );
    expect(budget.overBudgetMessage(row, 2)).toBe(
      'Beranda (signed out) (/) loads 235.0 kB of JavaScript gzipped before its first screen, over its budget of 120 kB; ' +
        'biggest scripts: 169.0 kB /mantine.js, 64.0 kB /react-dom.js',
    );
  });

  it('says what a big script is made of when its source map tells', () => {
    const [row] = budget.verdicts([{ page: page('home'), path: '/', scripts: [script('834.js', 169)] }], BUDGETS);
    const described = { ...row, scripts: [{ ...row.scripts[0], contents: '@mantine/core 88%, @floating-ui/dom 4%' }] };
    expect(budget.overBudgetMessage(described)).toMatch(
      /biggest scripts: 169\.0 kB \/834\.js \(@mantine\/core 88%, @floating-ui\/dom 4%\)$/,
    );
  });

  it('names the owner of a source: an npm package, a workspace library or an app', () => {
    expect(budget.ownerOf('webpack://portal/../../../../work/main/node_modules/@mantine/core/esm/core/box/box.mjs')).toBe('@mantine/core');
    expect(budget.ownerOf('webpack://portal/../../node_modules/react-dom/cjs/react-dom.production.js')).toBe('react-dom');
    expect(budget.ownerOf('webpack://registry/../../libs/ui/src/media/qr-code.tsx')).toBe('@simpul/ui');
    expect(budget.ownerOf('webpack://registry/./src/admin/admin-page.tsx')).toBe("registry's own code");
    expect(budget.ownerOf('webpack://portal/webpack/runtime/jsonp')).toBe('other');
  });

  it('prints every page in the table, over budget or not', () => {
    const rows = budget.verdicts(
      [
        { page: page('home'), path: '/', scripts: [script('a.js', 100)] },
        { page: page('kipp'), path: '/kipp', scripts: [script('a.js', 200)] },
      ],
      BUDGETS,
    );
    expect(budget.budgetTable(rows).split('\n').slice(2)).toEqual([
      '| Beranda (signed out) | `/` | 1 | 100.0 kB | 120 kB | ok |',
      '| KIPP | `/kipp` | 1 | 200.0 kB | 170 kB | OVER |',
    ]);
  });

  describe('whether it fails the run', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-web-budget-'));
    const file = (enforce: boolean) => {
      const at = path.join(dir, `budget-${enforce}.json`);
      fs.writeFileSync(at, JSON.stringify({ enforce, budgetKb: BUDGETS }));
      return at;
    };
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('does when the file says enforce, or the run has WEB_BUDGET=enforce, and not otherwise', () => {
      expect(budget.readWebBudget(file(true), {}).enforce).toBe(true);
      expect(budget.readWebBudget(file(false), { WEB_BUDGET: 'enforce' }).enforce).toBe(true);
      expect(budget.readWebBudget(file(false), {}).enforce).toBe(false);
      expect(budget.readWebBudget(file(false), { WEB_BUDGET: 'yes' }).enforce).toBe(false);
    });

    it('reads the budgets of the issue from the committed file', () => {
      expect(budget.readWebBudget(path.join(__dirname, 'web-budget.json'), {}).budgetKb).toEqual(BUDGETS);
    });
  });
});
