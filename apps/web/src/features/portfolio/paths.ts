/** The tabs of a service page, in their order; `?tab=` keeps the open one linkable. */
export const SERVICE_TABS = ['description', 'channels', 'costs', 'legal', 'needs', 'people', 'history'] as const;
export type ServiceTab = (typeof SERVICE_TABS)[number];

const servicePath = (id: string) => `/portfolio/services/${encodeURIComponent(id)}`;

/**
 * The portfolio (`?view` is remembered, the filters `?q=&holder=&stage=&kind=&priority=&reviewOverdue=&offset=` are
 * in the address), a service with its tabs, the editor of its draft, the review queue and the portfolio rules.
 */
export const portfolioPaths = {
  portfolio: '/portfolio',
  service: servicePath,
  serviceTab: (id: string, tab: ServiceTab) =>
    tab === 'description' ? servicePath(id) : `${servicePath(id)}?tab=${tab}`,
  /** The history tab comparing two versions of the description at once. */
  comparison: (id: string, from: number, to: number) => `${servicePath(id)}?tab=history&from=${from}&to=${to}`,
  editor: (id: string) => `${servicePath(id)}/edit`,
  reviews: '/portfolio/reviews',
  settings: '/portfolio/settings',
};

/** The router's patterns of the pages with a service in their address. */
export const portfolioRoutes = {
  service: '/portfolio/services/:id',
  editor: '/portfolio/services/:id/edit',
};
