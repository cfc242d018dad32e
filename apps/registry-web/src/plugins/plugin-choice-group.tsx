import { Checkbox, Fieldset, Stack, Text } from '@mantine/core';

export interface Choice<T extends string> {
  value: T;
  label: string;
  hint: string;
}

export interface ChoiceGroupProps<T extends string> {
  /** The first box's id: the error summary links to it. */
  id: string;
  legend: string;
  hint: string;
  choices: readonly Choice<T>[];
  value: readonly T[];
  onChange: (value: T[]) => void;
  error?: string | null;
  /** A closing sentence under the boxes (what is not offered). */
  footnote?: string;
}

/**
 * Checkboxes with a plain-language label and explanation each, in a fieldset whose legend, hint and
 * error are read out with the group (a native fieldset, so no ARIA wiring to forget).
 */
export function ChoiceGroup<T extends string>({ id, legend, hint, choices, value, onChange, error, footnote }: ChoiceGroupProps<T>) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const toggle = (choice: T, checked: boolean) =>
    onChange(choices.map((c) => c.value).filter((v) => (v === choice ? checked : value.includes(v))));
  return (
    <Fieldset legend={legend} aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(' ')}>
      <Text id={hintId} size="sm" c="dimmed" mb="sm">
        {hint}
      </Text>
      {error && (
        <Text id={errorId} size="sm" c="red.8" fw={600} mb="sm">
          {error}
        </Text>
      )}
      <Stack gap="sm">
        {choices.map((choice, index) => (
          <Checkbox
            key={choice.value}
            id={index === 0 ? id : `${id}-${choice.value}`}
            value={choice.value}
            label={choice.label}
            description={choice.hint}
            checked={value.includes(choice.value)}
            aria-invalid={error ? true : undefined}
            onChange={(e) => toggle(choice.value, e.currentTarget.checked)}
          />
        ))}
      </Stack>
      {footnote && (
        <Text size="sm" mt="sm">
          {footnote}
        </Text>
      )}
    </Fieldset>
  );
}
