import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { gqlError, PUBLIC_SURVEY, renderSkm } from '../testing/render-skm';
import { reply } from '../testing/reply';

async function answerAll(user: ReturnType<typeof userEvent.setup>, skip: string[] = []) {
  for (const fieldset of screen.getAllByRole('group')) {
    const legend = fieldset.textContent ?? '';
    if (skip.some((name) => legend.includes(name))) continue;
    await user.click(within(fieldset).getByRole('radio', { name: /Puas$/ }));
  }
}

// Nine radio groups clicked one by one: generous on a shared, busy machine.
describe('public SKM form', () => {
  it('asks the nine elements as labelled radio groups 1–4 and no name or NIK', async () => {
    renderSkm('/skm/s/ABC123', () => reply('SkmPublicSurvey', { skmPublicSurvey: PUBLIC_SURVEY }));
    await screen.findByRole('heading', { name: 'Bagaimana pelayanan kami hari ini?' });
    const groups = screen.getAllByRole('group');
    expect(groups).toHaveLength(9);
    expect(within(groups[0]).getAllByRole('radio')).toHaveLength(4);
    expect(within(groups[0]).getByRole('radio', { name: '1 Tidak puas' })).toBeTruthy();
    expect(screen.queryByLabelText(/nama|NIK/i)).toBeNull();
    expect(screen.getByLabelText('Usia')).toBeTruthy();
  });

  it('shows missing answers in the summary, linked to their question', async () => {
    const user = userEvent.setup({ delay: null });
    const { calls } = renderSkm('/skm/s/ABC123', () => reply('SkmPublicSurvey', { skmPublicSurvey: PUBLIC_SURVEY }));
    await screen.findAllByRole('group');
    await answerAll(user, ['Kompetensi', 'Perilaku']);
    await user.click(screen.getByRole('button', { name: 'Kirim jawaban' }));
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Pilih jawaban untuk Kompetensi pelaksana' }).getAttribute('href')).toBe(
      '#skm-answer-U6',
    );
    expect(within(summary).getAllByRole('link')).toHaveLength(2);
    expect(calls.some((call) => call.operation === 'SubmitSkmResponses')).toBe(false);
  });

  it('sends a QR submission and thanks the respondent', async () => {
    const user = userEvent.setup({ delay: null });
    const { calls } = renderSkm('/skm/s/ABC123', (operation) =>
      operation === 'SubmitSkmResponses'
        ? reply('SubmitSkmResponses', { submitSkmResponses: [{ submissionId: null, responseId: 'r1', status: 'STORED', flags: [] }] })
        : reply('SkmPublicSurvey', { skmPublicSurvey: PUBLIC_SURVEY }),
    );
    await screen.findAllByRole('group');
    await answerAll(user);
    await user.selectOptions(screen.getByLabelText('Usia'), 'AGE_30_39');
    await user.click(screen.getByRole('button', { name: 'Kirim jawaban' }));
    expect(await screen.findByRole('heading', { name: 'Terima kasih' })).toBeTruthy();
    const submitted = calls.find((call) => call.operation === 'SubmitSkmResponses')?.variables as {
      submissions: Record<string, unknown>[];
    };
    expect(submitted.submissions[0]).toMatchObject({ channel: 'QR', surveyCode: 'ABC123', ageBand: 'AGE_30_39', sex: null });
    expect(submitted.submissions[0]['answers']).toHaveLength(9);
  });

  it('puts a server refusal on the element it names', async () => {
    const user = userEvent.setup({ delay: null });
    renderSkm('/skm/s/ABC123', (operation) =>
      operation === 'SubmitSkmResponses'
        ? gqlError('BAD_USER_INPUT', 'submissions[0].answers.U4', 'Unsur U4 diisi bilangan bulat 1 sampai 4.', 'Element U4 takes 1 to 4.')
        : reply('SkmPublicSurvey', { skmPublicSurvey: PUBLIC_SURVEY }),
    );
    await screen.findAllByRole('group');
    await answerAll(user);
    await user.click(screen.getByRole('button', { name: 'Kirim jawaban' }));
    const link = await screen.findByRole('link', { name: 'Unsur U4 diisi bilangan bulat 1 sampai 4.' });
    expect(link.getAttribute('href')).toBe('#skm-answer-U4');
  });

  it('explains an unknown one-time link', async () => {
    renderSkm('/skm/t/nope', () => gqlError('NOT_FOUND', 'token', 'Tautan survei ini tidak berlaku.', 'This survey link is not valid.'));
    expect(await screen.findByRole('heading', { name: 'Tautan survei ini tidak berlaku' })).toBeTruthy();
  });

  it('explains a spent one-time link, on opening and when spent meanwhile', async () => {
    const user = userEvent.setup({ delay: null });
    const first = renderSkm('/skm/t/used', () => reply('SkmPublicSurvey', { skmPublicSurvey: { ...PUBLIC_SURVEY, tokenUsed: true } }));
    expect(await screen.findByRole('heading', { name: 'Tautan ini sudah dipakai' })).toBeTruthy();
    first.unmount();
    renderSkm('/skm/t/tok', (operation) =>
      operation === 'SubmitSkmResponses'
        ? gqlError('CONFLICT', 'submissions[0].token', 'Tautan sekali pakai ini sudah dipakai.', 'This one-time link was already used.')
        : reply('SkmPublicSurvey', { skmPublicSurvey: { ...PUBLIC_SURVEY, tokenUsed: false } }),
    );
    await screen.findAllByRole('group');
    await answerAll(user);
    await user.click(screen.getByRole('button', { name: 'Kirim jawaban' }));
    expect(await screen.findByRole('heading', { name: 'Tautan ini sudah dipakai' })).toBeTruthy();
    // Rule: a link spent in another tab refuses these answers; the page must not claim they were stored.
    expect(screen.getByText(/Jawaban di halaman ini tidak dikirim/)).toBeTruthy();
    expect(screen.queryByText(/sudah tersimpan/)).toBeNull();
  });

  it('switches to English', async () => {
    const user = userEvent.setup({ delay: null });
    renderSkm('/skm/s/ABC123', () => reply('SkmPublicSurvey', { skmPublicSurvey: PUBLIC_SURVEY }));
    await screen.findAllByRole('group');
    await user.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(screen.getByRole('heading', { name: 'How was our service today?' })).toBeTruthy();
    expect(screen.getAllByRole('radio', { name: '4 Very satisfied' })).toHaveLength(9);
    // Rule: element names and the period come from the catalogue, not the server's Indonesian text.
    expect(screen.getByText(/U9 · Handling of complaints, suggestions and feedback/)).toBeTruthy();
    expect(screen.queryByText(/Penanganan pengaduan/)).toBeNull();
  });
});
