import { Text } from '@mantine/core';
import { useT } from '@simpul/web-kit';
import { SKM } from '../messages';
import { ElementName } from '../shared/labels';
import { elementFieldId, SCALE, type FormElement } from './form-values';

/** The nine default elements have a plain question; custom elements ask about their name. */
export const DEFAULT_ELEMENT_CODES = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'];

/**
 * One element as a native radio group in a fieldset: the legend is the question, each answer a large
 * labelled target (at least 44 px), the number and the words both shown, so it reads without colour.
 */
export function ElementQuestion({
  element,
  index,
  value,
  error,
  onChange,
  large,
}: {
  element: FormElement;
  index: number;
  value: number | null;
  error?: string;
  onChange: (value: number) => void;
  large?: boolean;
}) {
  const t = useT(SKM);
  const question = DEFAULT_ELEMENT_CODES.includes(element.code)
    ? t(`question.${element.code}`)
    : t('question.custom', { name: element.name });
  const errorId = `${elementFieldId(element.code)}-error`;
  return (
    <fieldset
      className="skm-question"
      aria-describedby={error ? errorId : undefined}
      style={{ border: error ? '3px solid #c92a2a' : '1px solid #ced4da', borderRadius: 8, padding: '12px 12px 14px', margin: 0 }}
    >
      <legend style={{ padding: '0 6px', fontWeight: 700, fontSize: large ? 22 : 17, lineHeight: 1.35 }}>
        <span>{index + 1}. </span>
        {question}
      </legend>
      <Text size="sm" c="dimmed" mb={6}>
        <ElementName code={element.code} name={element.name} />
        {!element.required && ` · ${t('form.optional')}`}
      </Text>
      {error && (
        <Text id={errorId} c="red.9" fw={700} mb={6}>
          {error}
        </Text>
      )}
      <div className="skm-scale" style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(130px, 1fr))', gap: 8 }}>
        {SCALE.map((option, i) => {
          const id = i === 0 ? elementFieldId(element.code) : `${elementFieldId(element.code)}-${option}`;
          const checked = value === option;
          return (
            <label
              key={option}
              htmlFor={id}
              style={{
                display: 'flex',
                alignItems: 'center',
                gap: 10,
                minHeight: large ? 64 : 48,
                padding: '8px 10px',
                borderRadius: 6,
                cursor: 'pointer',
                border: checked ? '3px solid #0b57a8' : '1px solid #868e96',
                background: checked ? '#e8f1fb' : '#fff',
                fontSize: large ? 20 : 16,
              }}
            >
              <input
                id={id}
                type="radio"
                name={`answer-${element.code}`}
                value={option}
                checked={checked}
                aria-invalid={error ? true : undefined}
                onChange={() => onChange(option)}
                style={{ width: 22, height: 22, margin: 0, flex: 'none' }}
              />
              <span>
                <strong>{option}</strong> {t(`scale.${option}`)}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
