import { Text } from '@mantine/core';
import { Progress } from '@simpul/ui/mantine-inputs';
import { useFormat, useT } from '@simpul/web-kit';
import { SKM } from '../messages';
import type { Sample } from '../surveys/survey.operations';

/** Respondents against the Krejcie–Morgan sample, in words and as a bar (the words carry it all). */
export function SampleProgress({ sample }: { sample: Sample }) {
  const t = useT(SKM);
  const format = useFormat();
  if (sample.required === null) return <Text>{t('sample.noPopulation', { respondents: format.number(sample.respondents) })}</Text>;
  const percent = Math.min(100, sample.percent ?? 0);
  const text = t('sample.progress', {
    respondents: format.number(sample.respondents),
    required: format.number(sample.required),
    percent: format.number(percent, 0),
  });
  return (
    <div>
      <Text fw={600}>{text}</Text>
      <Progress value={percent} size="lg" mt={4} color={sample.adequate ? 'green.8' : 'blue.8'} aria-label={text} />
      <Text size="sm" mt={4}>
        {sample.adequate ? t('sample.adequate') : t('sample.short', { count: format.number(sample.shortBy ?? 0) })}
      </Text>
    </div>
  );
}
