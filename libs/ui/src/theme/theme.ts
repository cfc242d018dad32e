import { Anchor, createTheme, Fieldset, InputWrapper, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

// A deep government blue; shade 7 on white is 6.9:1, well past AA for text and controls.
const simpul: MantineColorsTuple = [
  '#e8f1fb',
  '#d0e1f4',
  '#a2c2e8',
  '#70a1dc',
  '#4785d2',
  '#2c73cc',
  '#1a69cb',
  '#0b57a8',
  '#004d97',
  '#004286',
];

export const theme = createTheme({
  colors: { simpul },
  primaryColor: 'simpul',
  primaryShade: { light: 7, dark: 4 },
  // Keyboard focus always gets a ring; mouse clicks do not, as browsers do with :focus-visible.
  focusRing: 'auto',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  headings: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif' },
  defaultRadius: 'sm',
  components: {
    // A link inside text must not be told apart by colour alone (WCAG 1.4.1): always underlined.
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
    Fieldset: Fieldset.extend({ styles: { legend: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } } }),
    // GOV.UK order: label, hint, error, then the input, so the error is read before the field;
    // hint and error at 14px rather than Mantine's 12px.
    InputWrapper: InputWrapper.extend({
      defaultProps: { inputWrapperOrder: ['label', 'description', 'error', 'input'] },
      styles: {
        label: { fontWeight: 700 },
        description: { fontSize: 'var(--mantine-font-size-sm)' },
        error: { fontSize: 'var(--mantine-font-size-sm)', fontWeight: 600, marginBottom: 4 },
      },
    }),
  },
});

/** Mantine's dimmed grey is 3.3:1 on white; this one is 7:1 so secondary text stays readable. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#495057', '--mantine-color-error': '#c92a2a' },
  dark: {},
});
