import { Title } from '@mantine/core';
import type { Aspect } from '@simpul/scoring';
import { useT } from '@simpul/web-kit';
import { WORKFLOW } from '../workflow/workflow-messages';
import { Indonesian } from './indonesian';

/** "Aspek A. <name> (bobot 20%)": the aspect's name is the instrument's own Indonesian wording. */
export function AspectHeading({ aspect }: { aspect: Aspect }) {
  const t = useT(WORKFLOW);
  return (
    <Title order={2} size="h3" id={`aspect-${aspect.code}`} mb="sm">
      {t('aspect.prefix', { code: aspect.code.toUpperCase() })} <Indonesian>{aspect.name}</Indonesian>{' '}
      {t('aspect.weight', { weight: aspect.weight })}
    </Title>
  );
}
