import { Text } from '@mantine/core';
import { useLanguage } from '@simpul/web-kit';
import type { CycleCohortsQuery, LokusByIdQuery } from '../__generated__/operations';

/** What every row naming a cohort carries: the code and the service's name for it in both languages. */
export type CohortNamed = Pick<LokusByIdQuery['lokusById'], 'cohort' | 'cohortLabel' | 'cohortLabelEn'>;

/** A cohort of the filter list (`cycleCohorts`). */
export type CohortOption = CycleCohortsQuery['cycleCohorts'][number];

/** The cohort's name in the reader's language; never its code, not even as a tooltip (issue #20 §5). */
export function CohortName({ of }: { of: CohortNamed }) {
  const [language] = useLanguage();
  return (
    <Text span inherit>
      {language === 'en' ? of.cohortLabelEn : of.cohortLabel}
    </Text>
  );
}

export function cohortOptionLabel(option: CohortOption, language: string): string {
  return language === 'en' ? option.labelEn : option.label;
}
