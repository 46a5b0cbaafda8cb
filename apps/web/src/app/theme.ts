import { type CSSVariablesResolver, createTheme, DEFAULT_THEME, type MantineColorsTuple } from '@mantine/core';

/** A palette with its darkest shade replaced: Mantine writes light alerts, badges, buttons and links in shade 9. */
const withDarkest = (colors: MantineColorsTuple, darkest: string): MantineColorsTuple =>
  [...colors.slice(0, 9), darkest] as unknown as MantineColorsTuple;

export const theme = createTheme({
  primaryColor: 'blue',
  // Mantine's default shade 6 gives white button text a contrast of 3.5:1; shade 8 passes WCAG AA (4.5:1).
  primaryShade: 8,
  focusRing: 'auto',
  colors: {
    // Shade 9 is the text of light variants: of blue (the active navigation link, light buttons) it reaches only
    // 4.0:1 on the hover shade 2; this one reaches 5.1:1 there, 6.3:1 on the light shade 1 and 7.7:1 on white.
    blue: withDarkest(DEFAULT_THEME.colors.blue, '#135494'),
    // Shade 9 of orange reaches 4.3:1 on white and 3.6:1 on its light background, teal 4.3:1 there; these reach 5:1.
    orange: withDarkest(DEFAULT_THEME.colors.orange, '#a33b00'),
    teal: withDarkest(DEFAULT_THEME.colors.teal, '#066b4f'),
    // Red text in shade 9 (errors, delete actions) also stands on a light red while hovered: the default
    // reaches only 4.5:1 there, this one 6:1.
    red: withDarkest(DEFAULT_THEME.colors.red, '#a51d1d'),
  },
});

/**
 * Mantine's dimmed grey (gray.6) reaches only 3.3:1 on white; gray.7 reaches 8:1. Its error red (red.6) reaches
 * 3.3:1 as well, red.9 5.5:1.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
