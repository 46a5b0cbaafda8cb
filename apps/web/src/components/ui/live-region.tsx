import type { ReactNode } from 'react';
import classes from './live-region.module.css';

/**
 * A polite live region that is always in the page, so that screen readers say what appears in it. While empty it
 * takes no room in the layout.
 */
export function LiveRegion({ children }: { children?: ReactNode }) {
  return (
    <div aria-live="polite" className={classes.live}>
      {children}
    </div>
  );
}
