import { Checkbox, Fieldset, Stack, Text } from '@mantine/core';
import { useLanguage } from '@simpul/web-kit';
import type { ChecklistItem } from './tenancy.operations';

export const checklistFieldId = (code: string) => `checklist-${code}`;

/**
 * A step's checklist: every item must be ticked to complete the step. The error sits on the fieldset
 * and the summary links to the first unticked box.
 */
export function ChecklistFieldset({
  legend,
  items,
  ticked,
  onChange,
  error,
}: {
  legend: string;
  items: ChecklistItem[];
  ticked: Set<string>;
  onChange: (next: Set<string>) => void;
  error?: string | null;
}) {
  const [language] = useLanguage();
  return (
    <Fieldset
      legend={legend}
      aria-describedby={error ? 'checklist-error' : undefined}
      style={error ? { borderColor: '#c92a2a', borderWidth: 2 } : undefined}
    >
      {error && (
        <Text id="checklist-error" c="red.9" fw={600} size="sm" mb="xs">
          {error}
        </Text>
      )}
      <Stack gap="sm">
        {items.map((item) => (
          <Checkbox
            key={item.code}
            id={checklistFieldId(item.code)}
            label={language === 'en' ? item.labelEn : item.label}
            checked={ticked.has(item.code)}
            onChange={(event) => {
              const next = new Set(ticked);
              if (event.currentTarget.checked) next.add(item.code);
              else next.delete(item.code);
              onChange(next);
            }}
          />
        ))}
      </Stack>
    </Fieldset>
  );
}
