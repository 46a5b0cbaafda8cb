/** The people list (`?organisation=`, `?q=`, `?status=`, `?page=` keep its filters linkable) and one person. */
export const peoplePaths = {
  list: '/administration/people',
  ofOrganisation: (organisationId: string) =>
    `/administration/people?organisation=${encodeURIComponent(organisationId)}`,
  person: (id: string) => `/administration/people/${encodeURIComponent(id)}`,
};
