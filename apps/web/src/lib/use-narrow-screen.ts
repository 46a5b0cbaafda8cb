import { useMediaQuery } from '@mantine/hooks';

/**
 * True below Mantine's `sm` breakpoint, where the navigation collapses behind the menu button.
 * Read during the first render, so that a phone never draws the wide layout first.
 */
export function useNarrowScreen(): boolean {
  return useMediaQuery('(max-width: 48em)', undefined, { getInitialValueInEffect: false });
}
