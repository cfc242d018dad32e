import { Button, Group } from '@mantine/core';
import type { Aspect } from '@simpul/scoring';
import { useT } from '@simpul/web-kit';
import { EVALUATION } from '../messages';
import { Indonesian } from './indonesian';

/** One aspect at a time keeps a 30-indicator form short; each button says how many indicators are done. */
export function AspectNav({
  aspects,
  current,
  done,
  onChange,
}: {
  aspects: Aspect[];
  current: string;
  done: (aspect: Aspect) => number;
  onChange: (code: string) => void;
}) {
  const t = useT(EVALUATION);
  return (
    <nav aria-label={t('aspect.nav')}>
      <Group gap="xs">
        {aspects.map((aspect) => (
          <Button
            key={aspect.code}
            size="sm"
            variant={aspect.code === current ? 'filled' : 'default'}
            aria-pressed={aspect.code === current}
            onClick={() => onChange(aspect.code)}
          >
            {/* One child: the button lays its label out as flex, which would drop the spaces between parts. */}
            <span>
              {aspect.code.toUpperCase()}. <Indonesian>{aspect.name}</Indonesian> ({done(aspect)}/{aspect.indicators.length})
            </span>
          </Button>
        ))}
      </Group>
    </nav>
  );
}
