import { Table, Text, Title } from '@mantine/core';
import { useFormat, useLanguage, useT } from '@simpul/web-kit';
import type { ReportCardQuery } from '../__generated__/operations';
import { EVALUATION } from '../messages';
import { useInstrumentName } from '../shared/instrument-name';
import { EXPLANATION } from './explanation-messages';
import { overallFormula, stepFormula, stepInputs } from './explanation-text';

type Explanation = NonNullable<ReportCardQuery['reportCard']['result']['explanation']>;

/** "Cara IPP dihitung": the account in words, the formula and each step, all in the language shown. */
export function ExplanationSection({ explanation, instrumentId }: { explanation: Explanation; instrumentId: string | null }) {
  const t = useT(EVALUATION);
  const x = useT(EXPLANATION);
  const format = useFormat();
  const [language] = useLanguage();
  // The instrument by its name in the language shown, never its id (issue #20 §5).
  const nameOf = useInstrumentName();
  const instrumentName = instrumentId ? nameOf(instrumentId) : t('rapor.instrumentUnknown');
  return (
    <section aria-labelledby="provenance-title">
      <Title order={2} size="h3" id="provenance-title">
        {t('rapor.provenance')}
      </Title>
      <Text mt="xs">{explanation.text[language]}</Text>
      <Text ff="monospace" size="sm" mt="xs">
        {overallFormula(explanation.steps, x, format.number)}
      </Text>
      <Table withTableBorder mt="xs">
        <Table.Caption>{t('rapor.stepsCaption', { instrument: instrumentName })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('col.step')}</Table.Th>
            <Table.Th>{t('col.formula')}</Table.Th>
            <Table.Th>{t('col.inputs')}</Table.Th>
            <Table.Th ta="right">{t('col.value')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {explanation.steps.map((step) => (
            <Table.Tr key={step.id}>
              <Table.Td>{step.label[language]}</Table.Td>
              <Table.Td ff="monospace" fz="xs">
                {stepFormula(step, x, format.number)}
              </Table.Td>
              <Table.Td fz="xs">{stepInputs(step, x, format.number)}</Table.Td>
              <Table.Td ta="right">{format.number(step.value, 2)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}
