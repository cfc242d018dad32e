import { Stack } from '@mantine/core';
import { Radio } from '@simpul/ui/mantine-inputs';
import { useT } from '@simpul/web-kit';
import { EVALUATION } from '../messages';
import { Indonesian } from './indonesian';

/** The 0–5 ladder with each level's written descriptor, as radio buttons (arrow keys move between levels). */
export function LevelPicker({
  id,
  label,
  levels,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  levels: string[];
  value: number | null;
  onChange: (level: number) => void;
  error?: string | null;
}) {
  const t = useT(EVALUATION);
  const ladder = levels.length > 0 ? levels : [0, 1, 2, 3, 4, 5].map(() => '');
  return (
    <Radio.Group
      id={id}
      label={label}
      value={value === null ? '' : String(value)}
      onChange={(next) => onChange(Number(next))}
      error={error ?? undefined}
    >
      <Stack gap={6} mt="xs">
        {ladder.map((descriptor, level) => (
          <Radio
            key={level}
            value={String(level)}
            label={
              descriptor ? (
                <>
                  {t('level', { level })} — <Indonesian>{descriptor}</Indonesian>
                </>
              ) : (
                t('level', { level })
              )
            }
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
