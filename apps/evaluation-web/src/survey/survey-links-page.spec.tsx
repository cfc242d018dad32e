import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { connection, lokus } from '../testing/fixtures';
import { DESK, renderEvaluation } from '../testing/render-evaluation';
import { reply } from '../testing/reply';

describe('F-03 links page', () => {
  it('has the cycle in its breadcrumb, and after issuing links says how many were issued without a reload', async () => {
    let issued = 0;
    const { calls } = renderEvaluation(
      '/evaluasi/lokus/lokus-1/survei',
      (operation) => {
        if (operation === 'LokusById')
          return reply('LokusById', {
            lokusById: lokus(['F03_SURVEY'], {
              survey: { respondents: 0, minRespondents: 10, maxRespondents: 20, linksIssued: issued, linksUsed: 0, enough: false },
            }),
          });
        if (operation === 'SurveyLinks')
          return reply('SurveyLinks', {
            surveyLinks: connection(
              Array.from({ length: issued }, (_, i) => ({
                token: `t${i}`,
                url: `https://portal.simpul.test/evaluasi/survei/t${i}`,
                createdAt: '2026-03-01T00:00:00Z',
                usedAt: null,
              })),
            ),
          });
        if (operation === 'IssueSurveyLinks') {
          issued = 12;
          return reply('IssueSurveyLinks', { issueSurveyLinks: [] });
        }
        throw new Error(operation);
      },
      { user: DESK },
    );
    expect(await screen.findByText(/0 tautan diterbitkan/)).toBeTruthy();
    const crumbs = screen.getByRole('navigation', { name: /breadcrumb|remah|jejak/i });
    expect(crumbs.textContent).toContain('PEKPPP 2026');
    expect(screen.getByRole('link', { name: 'PEKPPP 2026' }).getAttribute('href')).toBe('/evaluasi/cycles/cycle-2026');
    await userEvent.clear(screen.getByLabelText('Jumlah tautan'));
    await userEvent.type(screen.getByLabelText('Jumlah tautan'), '12', { delay: null });
    await userEvent.click(screen.getByRole('button', { name: 'Terbitkan tautan' }));
    expect(await screen.findByText(/12 tautan diterbitkan/)).toBeTruthy();
    await waitFor(() => expect(screen.getByText('12 tautan belum dipakai.')).toBeTruthy());
    expect(calls.filter((c) => c.operation === 'IssueSurveyLinks')).toHaveLength(1);
  });
});
