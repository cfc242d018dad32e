import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { connection, lokus } from '../testing/fixtures';
import { EVALUATOR, renderEvaluation } from '../testing/render-evaluation';
import { reply } from '../testing/reply';
import type { ScoreComment } from './work.operations';

const comment = (n: number): ScoreComment => ({
  id: `comment-${n}`,
  indicatorCode: n % 3 === 0 ? '2.a.P' : null,
  authorId: 'eval-1',
  authorRole: n % 2 ? 'EVALUATOR' : 'UNIT_DESK',
  body: `Komentar nomor ${n}`,
  createdAt: '2026-11-01T02:00:00Z',
});
const thread = Array.from({ length: 45 }, (_, i) => comment(i + 1));

function render(comments: ScoreComment[]) {
  return renderEvaluation(
    '/evaluasi/lokus/lokus-1',
    (operation, variables) => {
      if (operation === 'LokusById') return reply('LokusById', { lokusById: lokus(['EVALUATOR_SCORING']) });
      if (operation === 'LokusComments') {
        const offset = typeof variables['after'] === 'string' && variables['after'] ? Number(variables['after'].slice(1)) : 0;
        const first = Number(variables['first']);
        const page = comments.slice(offset, offset + first);
        return reply('LokusComments', {
          lokusById: {
            id: 'lokus-1',
            comments: connection(page, { totalCount: comments.length, hasNextPage: offset + first < comments.length, offset }),
          },
        });
      }
      if (operation === 'AddScoreComment') {
        const added = { ...comment(comments.length + 1), body: String((variables['input'] as { body: string }).body) };
        comments.push(added);
        return reply('AddScoreComment', { addScoreComment: added });
      }
      throw new Error(`unexpected ${operation}`);
    },
    { user: EVALUATOR },
  );
}

// The evaluator's page renders every indicator's score card before the thread; on a busy machine that
// takes longer than findBy's default second.
const LOADED = { timeout: 10_000 };

describe('the comment thread of a lokus', () => {
  it('reads a long thread a page at a time with the cursor the server gave', async () => {
    const { calls } = render([...thread]);
    expect(await screen.findByText('Komentar nomor 1', {}, LOADED)).toBeTruthy();
    expect(screen.getByText('Komentar 1–20 dari 45')).toBeTruthy();
    expect(screen.queryByText('Komentar nomor 21')).toBeNull();
    const pages = screen.getByRole('navigation', { name: 'Halaman komentar' });
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Komentar sebelumnya' }).disabled).toBe(true);
    expect(pages).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Komentar berikutnya' }));
    expect(await screen.findByText('Komentar nomor 21', {}, LOADED)).toBeTruthy();
    expect(screen.getByText('Komentar 21–40 dari 45')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Komentar berikutnya' }));
    expect(await screen.findByText('Komentar nomor 45', {}, LOADED)).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Komentar berikutnya' }).disabled).toBe(true);
    expect(calls.filter((c) => c.operation === 'LokusComments').map((c) => c.variables['after'])).toEqual([null, 'c20', 'c40']);

    await userEvent.click(screen.getByRole('button', { name: 'Komentar sebelumnya' }));
    expect(await screen.findByText('Komentar nomor 21', {}, LOADED)).toBeTruthy();
  });

  it('shows a new comment after sending it, and no page controls for a short thread', async () => {
    const { calls } = render(thread.slice(0, 2));
    expect(await screen.findByText('Komentar nomor 2', {}, LOADED)).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Halaman komentar' })).toBeNull();
    await userEvent.type(screen.getByLabelText('Komentar'), 'Mohon unggah SK tim SKM.', { delay: null });
    await userEvent.click(screen.getByRole('button', { name: 'Kirim komentar' }));
    expect(await screen.findByText('Mohon unggah SK tim SKM.', {}, LOADED)).toBeTruthy();
    await waitFor(() => expect(screen.getByText('Komentar 1–3 dari 3')).toBeTruthy(), LOADED);
    expect(calls.find((c) => c.operation === 'AddScoreComment')?.variables).toEqual({
      input: { lokusId: 'lokus-1', indicatorCode: null, body: 'Mohon unggah SK tim SKM.' },
    });
  });

  it('says so when there is nothing yet', async () => {
    render([]);
    expect(await screen.findByText('Belum ada komentar.', {}, LOADED)).toBeTruthy();
  });
});
