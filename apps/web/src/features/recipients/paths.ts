const groups = '/portfolio/recipient-groups';

/**
 * The recipient groups of the portfolio; the filters `?organisation=&audience=&lifeEvent=&q=&archived=&offset=` are
 * in the address (`archived` is `false` unless given: `true` or `all`).
 */
export const recipientPaths = {
  groups,
  ofOrganisation: (organisationId: string) =>
    `${groups}?${new URLSearchParams({ organisation: organisationId, archived: 'all' })}`,
};
