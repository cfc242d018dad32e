/**
 * Text colours for short status lines on white. Mantine's green.9 (#2b8a3e, 4.37:1) and orange.9
 * (#d9480f, 4.3:1) fall just under WCAG AA's 4.5:1 for normal-size text (axe flagged the kiosk's
 * "Online" line); these darker shades keep the meaning at 6.6:1 and 6.4:1.
 */
export const OK_TEXT = '#1e6b2f';
export const WARNING_TEXT = '#a63c06';
