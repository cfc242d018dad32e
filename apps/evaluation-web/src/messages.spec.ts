import { expectMatchingCatalogues } from '@simpul/ui/testing';
import { EVALUATION_MESSAGES_EN } from './messages.en';
import { EVALUATION_MESSAGES_ID } from './messages';
import { PAGE_MESSAGES_EN } from './page-messages.en';
import { PAGE_MESSAGES_ID } from './page-messages';

const EVALUATION_MESSAGES = {
  id: { ...EVALUATION_MESSAGES_ID, ...PAGE_MESSAGES_ID },
  en: { ...EVALUATION_MESSAGES_EN, ...PAGE_MESSAGES_EN },
};

describe('every text in both catalogues', () => {
  it('has the same keys and placeholders in Bahasa Indonesia and English, none empty', () => {
    expectMatchingCatalogues(EVALUATION_MESSAGES);
  });

  it('keeps the first screens’ texts and the other pages’ texts apart, so neither part hides a key of the other', () => {
    expect(Object.keys(PAGE_MESSAGES_ID).filter((key) => key in EVALUATION_MESSAGES_ID)).toEqual([]);
  });

  it('has a text for every value of the enums shown through templated keys', () => {
    const prefixes: Record<string, string[]> = {
      phase: [
        'PREPARATION',
        'F01_FILLING',
        'F03_SURVEY',
        'EVALUATOR_SCORING',
        'VERIFICATION',
        'APPEAL',
        'FINALISATION',
        'PUBLISHED',
        'none',
      ],
      group: ['BARANG', 'JASA', 'ADMINISTRASI'],
      scheme: ['PEMANTAUAN', 'MANDIRI', 'KHUSUS'],
      role: ['NATIONAL_ADMIN', 'EVALUATOR', 'UNIT_DESK', 'MPP_OPERATOR'],
      'home.intro': ['NATIONAL_ADMIN', 'EVALUATOR', 'UNIT_DESK', 'MPP_OPERATOR', 'public'],
      'appeals.status': ['OPEN', 'RESCORED', 'REJECTED'],
      'survey.scale': ['0', '1', '2', '3', '4', '5'],
      evidence: ['ADDED', 'REMOVED', 'tooLarge', 'badType', 'empty'],
    };
    const missing = Object.entries(prefixes)
      .flatMap(([prefix, values]) => values.map((v) => `${prefix}.${v}`))
      .filter((key) => !(key in EVALUATION_MESSAGES.id));
    expect(missing).toEqual([]);
  });
});
