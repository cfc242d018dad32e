import {
  Checkbox,
  NativeSelect,
  Textarea,
  TextInput,
  type CheckboxProps,
  type NativeSelectProps,
  type TextareaProps,
  type TextInputProps,
} from '@mantine/core';

// Thin wrappers that make the accessible wiring non-optional: every field has an id (the error
// summary links to it), a visible label, and its error and hint joined to it by aria-describedby
// (Mantine does the joining when given an id; the tests hold it to that).

type Wired<P> = Omit<P, 'id' | 'label' | 'error'> & { id: string; label: string; error?: string | null };

export function TextField({ id, error, description, ...rest }: Wired<TextInputProps>) {
  return <TextInput id={id} error={error || undefined} description={description} {...rest} />;
}

export function TextAreaField({ id, error, description, ...rest }: Wired<TextareaProps>) {
  return <Textarea id={id} error={error || undefined} description={description} autosize minRows={2} {...rest} />;
}

export function SelectField({ id, error, description, ...rest }: Wired<NativeSelectProps>) {
  return <NativeSelect id={id} error={error || undefined} description={description} {...rest} />;
}

export function CheckboxField({ id, error, ...rest }: Wired<CheckboxProps>) {
  return <Checkbox id={id} error={error || undefined} {...rest} />;
}
