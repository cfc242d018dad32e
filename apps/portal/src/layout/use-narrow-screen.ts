import { useMediaQuery } from '@mantine/hooks';

/** Below this width (a phone) the header folds its menu and the banner shortens its text. */
export const NARROW_SCREEN_QUERY = '(max-width: 40em)';

/**
 * Whether the screen is a phone's, known in the first render: Mantine reads the query in an effect by
 * default, so a phone would first paint the wide header and then fold it, moving the whole page up
 * (Lighthouse's mobile run measured that shift as CLS 0.34).
 */
export function useNarrowScreen(): boolean {
  return useMediaQuery(NARROW_SCREEN_QUERY, undefined, { getInitialValueInEffect: false });
}
