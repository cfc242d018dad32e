import { fireEvent, screen, within } from '@testing-library/dom';
import { SKM_ELEMENTS } from '@simpul/scoring';
import { LANGUAGE_STORAGE_KEY, SESSION_HINT_KEY } from '@simpul/web-kit';
import type { PublicSurvey } from '../public-form/public.operations';
import { mountFormPage, portalFormUrl, surveyFromPath } from './form-page';

// The QR page without the portal: the network is `answer` (per URL and operation), the page is
// index.html's markup, answers are chosen with fireEvent (no typing, no timing).

const SURVEY: PublicSurvey = {
  id: 's1',
  title: 'SKM Samsat Banjarmasin',
  serviceUnitId: 'unit-1',
  deskId: null,
  periodLabel: 'Triwulan IV 2026',
  periodKind: 'QUARTER',
  year: 2026,
  number: 4,
  startsOn: '2026-10-01',
  endsOn: '2026-12-31',
  open: true,
  tokenUsed: null,
  tokenServiceId: null,
  elements: SKM_ELEMENTS.map((element) => ({ code: element.code, name: element.name ?? element.code, weight: '1/9', required: true })),
};

type Call = { url: string; body: { operationName?: string; variables?: Record<string, unknown>; submissions?: Record<string, unknown>[] } };
type Answer = (call: Call) => { status: number; body: unknown } | 'offline';

const json = (body: unknown, status = 200) => ({ status, body });
const surveyAnswer = (survey: Partial<PublicSurvey> = {}) => json({ data: { skmPublicSurvey: { ...SURVEY, ...survey } } });
const services = json({
  data: {
    serviceUnit: {
      id: 'unit-1',
      name: 'Samsat',
      services: {
        totalCount: 1,
        edges: [{ cursor: 'c', node: { id: 'svc-1', name: 'Balik nama' } }],
        pageInfo: { hasNextPage: false, endCursor: null },
      },
    },
  },
});
const refusal = (status: number, code: string, field: string | null, id: string, en: string) =>
  json({ errors: [{ message: en, extensions: { code, field, messages: { id, en } } }] }, status);

function mount(pathname: string, answer: Answer, storage: Storage = window.localStorage) {
  document.body.innerHTML = `<header><p id="skm-brand">Survei Kepuasan Masyarakat</p><button id="skm-language" type="button">English</button></header><main id="main"></main>`;
  const calls: Call[] = [];
  const fetchImpl = ((url: string, init: RequestInit) => {
    const call: Call = { url, body: JSON.parse(init.body as string) as Call['body'] };
    calls.push(call);
    const reply = answer(call);
    if (reply === 'offline') return Promise.reject(new TypeError('Failed to fetch'));
    // What the page reads of a Response (jsdom has no fetch of its own).
    return Promise.resolve({
      ok: reply.status >= 200 && reply.status < 300,
      status: reply.status,
      json: () => Promise.resolve(reply.body),
    } as Response);
  }) as typeof fetch;
  const page = mountFormPage({
    main: document.getElementById('main') as HTMLElement,
    languageButton: document.getElementById('skm-language') as HTMLButtonElement,
    brand: document.getElementById('skm-brand') as HTMLElement,
    pathname,
    fetch: fetchImpl,
    storage,
  });
  return { calls, ready: page.ready };
}

const byOperation =
  (submit: (call: Call) => ReturnType<Answer>, survey: Partial<PublicSurvey> = {}): Answer =>
  (call) =>
    call.url === '/skm-api/public/responses'
      ? submit(call)
      : call.body.operationName === 'SkmUnitServices'
        ? services
        : surveyAnswer(survey);

function answerAll(skip: string[] = []) {
  for (const group of screen.getAllByRole('group')) {
    if (skip.some((name) => (group.textContent ?? '').includes(name))) continue;
    fireEvent.click(within(group).getAllByRole('radio')[2]);
  }
}

const send = () => fireEvent.click(screen.getByRole('button', { name: /Kirim jawaban|Send answers/ }));

beforeEach(() => window.localStorage.clear());

describe('the QR questionnaire page', () => {
  it('reads the code or token from the URLs QR codes and links carry', () => {
    expect(surveyFromPath('/skm/s/ABC123')).toEqual({ code: 'ABC123', token: null });
    expect(surveyFromPath('/skm/t/tok%2Dx')).toEqual({ code: null, token: 'tok-x' });
    expect(surveyFromPath('/skm/kiosk/ABC123')).toBeNull();
  });

  it('sends someone signed in on this device to the portal’s form (their answers are flagged as staff’s), no one else', () => {
    expect(portalFormUrl('/skm/s/ABC123', window.localStorage)).toBeNull();
    expect(portalFormUrl('/skm/s/ABC123', null)).toBeNull();
    window.localStorage.setItem(SESSION_HINT_KEY, '1');
    expect(portalFormUrl('/skm/s/ABC123', window.localStorage)).toBe('/skm/s/ABC123?portal');
  });

  it('asks the nine elements as labelled radio groups 1–4, the optional profile, and no name or NIK', async () => {
    const { ready } = mount(
      '/skm/s/ABC123',
      byOperation(() => json({ receipts: [] })),
    );
    await ready;
    expect(screen.getByRole('heading', { level: 1, name: 'Bagaimana pelayanan kami hari ini?' })).toBeTruthy();
    expect(screen.getByText('Periode survei: Triwulan IV 2026')).toBeTruthy();
    const groups = screen.getAllByRole('group');
    expect(groups).toHaveLength(9);
    expect(within(groups[0]).getAllByRole('radio')).toHaveLength(4);
    expect(within(groups[0]).getByRole('radio', { name: '1 Tidak puas' })).toBeTruthy();
    expect(screen.getByLabelText('Usia')).toBeTruthy();
    expect(screen.queryByLabelText(/nama|NIK/i)).toBeNull();
    // The unit's services arrive after the form is usable.
    expect(await screen.findByLabelText('Layanan yang Anda gunakan')).toBeTruthy();
  });

  it('lists missing answers in a focused summary linked to their questions, and sends nothing', async () => {
    const { calls, ready } = mount(
      '/skm/s/ABC123',
      byOperation(() => json({ receipts: [] })),
    );
    await ready;
    answerAll(['Kompetensi', 'Perilaku']);
    send();
    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Pilih jawaban untuk Kompetensi pelaksana', '#skm-answer-U6'],
      ['Pilih jawaban untuk Perilaku pelaksana', '#skm-answer-U7'],
    ]);
    fireEvent.click(links[0]);
    expect(document.activeElement?.id).toBe('skm-answer-U6');
    expect(screen.getByRole('group', { description: 'Pilih jawaban untuk Kompetensi pelaksana' })).toBeTruthy();
    expect(calls.some((call) => call.url === '/skm-api/public/responses')).toBe(false);
  });

  it('sends one QR questionnaire through the public REST path and thanks the respondent', async () => {
    const { calls, ready } = mount(
      '/skm/s/ABC123',
      byOperation(() => json({ receipts: [{ responseId: 'r1', status: 'STORED' }] })),
    );
    await ready;
    await screen.findByLabelText('Layanan yang Anda gunakan');
    answerAll();
    fireEvent.change(screen.getByLabelText('Usia'), { target: { value: 'AGE_30_39' } });
    fireEvent.change(screen.getByLabelText('Layanan yang Anda gunakan'), { target: { value: 'svc-1' } });
    send();
    const thanks = await screen.findByRole('heading', { name: 'Terima kasih' });
    expect(document.activeElement).toBe(thanks);
    expect(screen.getByRole('link', { name: 'Lihat hasil survei ini' }).getAttribute('href')).toBe('/skm/units/unit-1/public');
    const sent = calls.filter((call) => call.url === '/skm-api/public/responses');
    expect(sent).toHaveLength(1);
    expect(sent[0].body.submissions).toHaveLength(1);
    expect(sent[0].body.submissions?.[0]).toMatchObject({
      channel: 'QR',
      surveyCode: 'ABC123',
      ageBand: 'AGE_30_39',
      sex: null,
      education: null,
      occupation: null,
      serviceId: 'svc-1',
    });
    expect(sent[0].body.submissions?.[0]['answers']).toEqual(SURVEY.elements.map((element) => ({ element: element.code, value: 3 })));
  });

  it('puts a refusal naming an element beside it, linked from the summary', async () => {
    const { ready } = mount(
      '/skm/s/ABC123',
      byOperation(() =>
        refusal(
          400,
          'BAD_USER_INPUT',
          'submissions[0].answers.U4',
          'Unsur U4 diisi bilangan bulat 1 sampai 4.',
          'Element U4 takes 1 to 4.',
        ),
      ),
    );
    await ready;
    answerAll();
    send();
    const link = await screen.findByRole('link', { name: 'Unsur U4 diisi bilangan bulat 1 sampai 4.' });
    expect(link.getAttribute('href')).toBe('#skm-answer-U4');
    expect(screen.getByRole('group', { description: 'Unsur U4 diisi bilangan bulat 1 sampai 4.' }).textContent).toContain(
      'U4 · Biaya/tarif',
    );
    expect(within(screen.getAllByRole('group')[3]).getByText('Unsur U4 diisi bilangan bulat 1 sampai 4.')).toBeTruthy();
  });

  it('shows the rate limit in the words of the language shown, and again after a switch', async () => {
    const { ready } = mount(
      '/skm/s/ABC123',
      byOperation(() =>
        refusal(
          429,
          'FORBIDDEN',
          'rateLimit',
          'Terlalu banyak kiriman. Coba lagi dalam 60 detik.',
          'Too many submissions. Try again in 60 seconds.',
        ),
      ),
    );
    await ready;
    answerAll();
    send();
    expect(within(await screen.findByRole('alert')).getByText('Terlalu banyak kiriman. Coba lagi dalam 60 detik.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(within(screen.getByRole('alert')).getByText('Too many submissions. Try again in 60 seconds.')).toBeTruthy();
    expect(within(screen.getByRole('alert')).getByRole('heading', { name: 'There is a problem' })).toBeTruthy();
    // The answers chosen survive the switch.
    expect(screen.getAllByRole('radio', { checked: true })).toHaveLength(9);
  });

  it('says so when the server cannot be reached, without losing the answers', async () => {
    const { ready } = mount(
      '/skm/s/ABC123',
      byOperation(() => 'offline'),
    );
    await ready;
    answerAll();
    send();
    expect(await screen.findByText('Server tidak dapat dihubungi. Periksa sambungan Anda lalu coba lagi.')).toBeTruthy();
    expect(screen.getAllByRole('radio', { checked: true })).toHaveLength(9);
    expect(screen.getByRole('button', { name: 'Kirim jawaban' }).hasAttribute('disabled')).toBe(false);
  });

  it('sends the same submission id again when the answers are resent, so a lost receipt stores them once', async () => {
    let replies = 0;
    const { calls, ready } = mount(
      '/skm/s/ABC123',
      // The first send gets no answer (a replica died after storing it); the second is answered.
      byOperation(() => (replies++ === 0 ? 'offline' : json({ receipts: [{ status: 'DUPLICATE' }] }))),
    );
    await ready;
    answerAll();
    send();
    await screen.findByText('Server tidak dapat dihubungi. Periksa sambungan Anda lalu coba lagi.');
    send();
    await screen.findByRole('heading', { name: 'Terima kasih' });
    const ids = calls.filter((call) => call.url === '/skm-api/public/responses').map((call) => call.body.submissions?.[0]['submissionId']);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(ids[1]).toBe(ids[0]);
  });

  it('sends a one-time link as LINK with its token, and explains a link spent meanwhile', async () => {
    const { calls, ready } = mount(
      '/skm/t/tok_0123456789abcdef',
      byOperation(
        () =>
          refusal(
            409,
            'CONFLICT',
            'submissions[0].token',
            'Tautan sekali pakai ini sudah dipakai.',
            'This one-time link was already used.',
          ),
        {
          tokenUsed: false,
        },
      ),
    );
    await ready;
    expect(calls[0].body.variables).toEqual({ code: null, token: 'tok_0123456789abcdef' });
    answerAll();
    send();
    expect(await screen.findByRole('heading', { name: 'Tautan ini sudah dipakai' })).toBeTruthy();
    // Rule: a link spent in another tab refuses these answers; the page must not claim they were stored.
    expect(screen.getByText(/Jawaban di halaman ini tidak dikirim/)).toBeTruthy();
    expect(calls.find((call) => call.url === '/skm-api/public/responses')?.body.submissions?.[0]).toMatchObject({
      channel: 'LINK',
      token: 'tok_0123456789abcdef',
    });
  });

  it("does not ask which service a queue ticket's link was for: the ticket names it", async () => {
    const { calls, ready } = mount(
      '/skm/t/tok_queue_0123456789',
      byOperation(() => json({ receipts: [] }), { tokenServiceId: 'svc-1' }),
    );
    await ready;
    expect(screen.getAllByRole('group').length).toBeGreaterThan(0);
    expect(calls.some((call) => call.body.operationName === 'SkmUnitServices')).toBe(false);
    expect(screen.queryByLabelText('Layanan yang Anda gunakan')).toBeNull();
  });

  it('explains an unknown code, a spent link and a closed survey instead of showing the form', async () => {
    await mount('/skm/s/NOPE', () => refusal(200, 'NOT_FOUND', 'code', 'Survei tidak ditemukan.', 'Survey not found.')).ready;
    expect(screen.getByRole('heading', { name: 'Survei tidak ditemukan' })).toBeTruthy();
    await mount('/skm/t/used_0123456789abcdef', () => surveyAnswer({ tokenUsed: true })).ready;
    expect(screen.getByRole('heading', { name: 'Tautan ini sudah dipakai' })).toBeTruthy();
    await mount('/skm/s/ABC123', () => surveyAnswer({ open: false })).ready;
    expect(screen.getByRole('heading', { name: 'Survei ini sedang tidak dibuka' })).toBeTruthy();
    expect(screen.getByText('Survei ini hanya menerima jawaban pada periode Triwulan IV 2026.')).toBeTruthy();
    expect(screen.queryAllByRole('group')).toHaveLength(0);
  });

  it('offers to try again when the survey cannot be loaded', async () => {
    let offline = true;
    const { ready } = mount('/skm/s/ABC123', (call) => (offline ? 'offline' : byOperation(() => json({ receipts: [] }))(call)));
    await ready;
    expect(screen.getByRole('heading', { name: 'Data SKM tidak dapat dimuat' })).toBeTruthy();
    offline = false;
    fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findAllByRole('group')).toHaveLength(9);
  });

  it('switches to English with the portal’s language setting, and opens in the language chosen before', async () => {
    const { ready } = mount(
      '/skm/s/ABC123',
      byOperation(() => json({ receipts: [] })),
    );
    await ready;
    fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(screen.getByRole('heading', { level: 1, name: 'How was our service today?' })).toBeTruthy();
    expect(screen.getAllByRole('radio', { name: '4 Very satisfied' })).toHaveLength(9);
    // Element names and the period come from the catalogue, not the server's Indonesian text.
    expect(screen.getByText(/U9 · Handling of complaints, suggestions and feedback/)).toBeTruthy();
    expect(screen.getByText('Survey period: Q4 2026')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(screen.getByRole('button', { name: 'Ganti ke Bahasa Indonesia' }).getAttribute('lang')).toBe('id');

    await mount(
      '/skm/s/ABC123',
      byOperation(() => json({ receipts: [] })),
    ).ready;
    expect(screen.getByRole('heading', { level: 1, name: 'How was our service today?' })).toBeTruthy();
  });
});
