import { getInstrument } from '@simpul/scoring';
import { screen, within } from '@testing-library/react';
import { indicatorsOf } from '../shared/instrument';
import { connection, cycle, lokus } from '../testing/fixtures';
import { DESK, EVALUATOR, renderEvaluation } from '../testing/render-evaluation';
import { reply } from '../testing/reply';
import type { Language } from '@simpul/web-kit';

// Item 14 for the evaluation remote: every label from the catalogues in both languages, no internal
// codes or ISO timestamps on screen, and Indonesian-only text (the instrument's wording) marked lang="id".

const codes = indicatorsOf(getInstrument('pekppp-2024-a')).map((i) => i.code);
const ENUM_WORDS =
  /\b(PRIMARY|SECOND_RATER|PEMANTAUAN|MANDIRI|KHUSUS|KEMENPANRB|PREPARATION|F01_FILLING|F03_SURVEY|EVALUATOR_SCORING|VERIFICATION|APPEAL|FINALISATION|PUBLISHED|OPEN|RESCORED|REJECTED|ADMINISTRASI|UNIT_DESK|NATIONAL_ADMIN|[A-Z]+_[A-Z_]+)\b/;
const ISO = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const MISSING_KEY = /evaluation(-workflow)?\.[a-z]/;

function expectCleanScreen() {
  const text = document.body.textContent ?? '';
  expect(text).not.toMatch(MISSING_KEY);
  expect(text).not.toMatch(ISO);
  expect(text).not.toMatch(ENUM_WORDS);
  expect(text).not.toMatch(/\{[a-zA-Z]+\}/);
}

const appealLokus = () => {
  const base = lokus(['APPEAL'], {
    scores: codes.map((code) => ({
      lokusId: 'lokus-1',
      indicatorCode: code,
      level: 3,
      note: 'Catatan evaluator',
      version: 1,
      updatedAt: '2026-05-01T02:31:10.000Z',
    })),
    appeals: [
      {
        id: 'a1',
        lokusId: 'lokus-1',
        indicatorCode: codes[1],
        disputedLevel: 3,
        requestedLevel: 4,
        reason: 'Bukti baru',
        filedAt: '2026-06-02T02:31:10.000Z',
        status: 'OPEN',
        decisionReason: null,
        newLevel: null,
        decidedAt: null,
      },
    ],
    fieldVerifications: [{ id: 'v', visitedOn: '2026-05-20', team: ['Tim'], findings: 'Baik', recordedAt: '2026-05-20T02:31:10.000Z' }],
    scoringStatus: { role: null, blind: false, evaluationVisible: true, primaryScored: 30, secondScored: 0, indicatorCount: 30 },
    assignments: [
      { lokusId: 'lokus-1', evaluatorId: 'eval-1', evaluatorName: 'Evaluator PEKPPP', role: 'PRIMARY' },
      { lokusId: 'lokus-1', evaluatorId: 'eval-2', evaluatorName: 'Evaluator Kedua', role: 'SECOND_RATER' },
    ],
  });
  return { ...base, cycle: { ...base.cycle, phases: cycle(['APPEAL']).phases } };
};

function renderLokus(language: Language, user = DESK) {
  return renderEvaluation(
    '/evaluasi/lokus/lokus-1',
    (operation) => {
      if (operation === 'LokusById') return reply('LokusById', { lokusById: appealLokus() });
      if (operation === 'UnitEvidenceDocuments') return reply('UnitEvidenceDocuments', { unitEvidenceDocuments: connection([]) });
      if (operation === 'UnitLokus') return reply('UnitLokus', { unitLokus: [] });
      if (operation === 'UnitLatestIkm')
        return reply('UnitLatestIkm', { serviceUnit: { id: 'unit-1', latestIkm: null, latestIkmGap: null } });
      if (operation === 'LokusComments') return reply('LokusComments', { lokusById: { id: 'lokus-1', comments: connection([]) } });
      throw new Error(`unexpected ${operation}`);
    },
    { user, language },
  );
}

describe('the evaluation remote in both languages', () => {
  for (const language of ['id', 'en'] as const) {
    it(`the desk's lokus page in the appeal phase (${language}): catalogue labels, formatted dates, no codes`, async () => {
      renderLokus(language);
      await screen.findByRole('heading', { level: 1, name: 'SAMSAT Kalimantan Selatan' });
      await screen.findByRole('table', { name: language === 'en' ? "Evaluator's level per indicator" : 'Nilai evaluator per indikator' });
      expectCleanScreen();
    });

    it(`the evaluator's lokus page (${language}) labels the two raters separately`, async () => {
      renderLokus(language, EVALUATOR);
      await screen.findByRole('heading', { level: 1, name: 'SAMSAT Kalimantan Selatan' });
      expectCleanScreen();
    });
  }

  it('on the English page the instrument\'s Indonesian wording (aspects, indicators, descriptors) is marked lang="id", the labels around it are English', async () => {
    renderLokus('en', EVALUATOR);
    const card = await screen.findByRole('article', { name: new RegExp(`^${codes[0].replace(/\./g, '\\.')} ·`) });
    const title = within(card).getByRole('heading');
    expect(title.querySelector('[lang="id"]')?.textContent).toBe(indicatorsOf(getInstrument('pekppp-2024-a'))[0].text);
    expect(card.querySelectorAll('label [lang="id"]').length).toBeGreaterThan(0);
    const aspect = screen.getByRole('heading', { level: 2, name: /^Aspect A\./ });
    expect(aspect.querySelector('[lang="id"]')).toBeTruthy();
    expect(aspect.textContent).toMatch(/\(weight \d+%\)$/);
    expect(screen.getByText(/^Filed 2 June 2026/)).toBeTruthy();
  });

  it('the cycle page names the instrument, not its id, in both languages', async () => {
    for (const language of ['id', 'en'] as const) {
      const { unmount } = renderEvaluation(
        '/evaluasi/cycles/cycle-2026',
        (operation) => {
          if (operation === 'EvaluationCycle') return reply('EvaluationCycle', { evaluationCycle: cycle(['F01_FILLING']) });
          if (operation === 'CycleLokus') return reply('CycleLokus', { cycleLokus: connection([]) });
          if (operation === 'EvaluatorWorkload') return reply('EvaluatorWorkload', { evaluatorWorkload: connection([]) });
          if (operation === 'EvaluatorProfiles') return reply('EvaluatorProfiles', { evaluatorProfiles: connection([]) });
          if (operation === 'InterRaterAgreement') return reply('InterRaterAgreement', { interRaterAgreement: [] });
          throw new Error(operation);
        },
        { language },
      );
      await screen.findByRole('heading', { level: 1, name: 'PEKPPP 2026' });
      expect(document.body.textContent).not.toContain('pekppp-2024-a');
      // Named from the catalogue of the language shown (year, form and mode), not by the file's Indonesian title.
      expect(
        screen.getByText(language === 'en' ? 'PEKPPP 2024, Form A (in-person services)' : 'PEKPPP 2024, Formulir A (pelayanan luring)'),
      ).toBeTruthy();
      expectCleanScreen();
      unmount();
    }
  });
});
