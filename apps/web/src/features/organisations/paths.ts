/** The organisation tree; `?id=` is the organisation shown beside it. */
export const organisationPaths = {
  tree: '/administration/organisations',
  organisation: (id: string) => `/administration/organisations?id=${encodeURIComponent(id)}`,
};
