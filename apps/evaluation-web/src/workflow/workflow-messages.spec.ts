import { expectMatchingCatalogues } from '@simpul/ui/testing';
import { WORKFLOW_MESSAGES } from './workflow-messages';

describe('the cycle-workflow catalogue', () => {
  it('has the same keys and placeholders in Bahasa Indonesia and English, none empty', () => {
    expectMatchingCatalogues(WORKFLOW_MESSAGES);
  });

  it('has a text for every evaluator level shown through templated keys', () => {
    const missing = ['KEMENPANRB', 'PROVINCE', 'REGENCY'].map((level) => `level.${level}`).filter((key) => !(key in WORKFLOW_MESSAGES.en));
    expect(missing).toEqual([]);
  });
});
