import { describe, expect, it } from 'vitest';
import { rolesAwaitingScopes, rolesForOrganisationKind } from './assignable-roles.ts';

describe('assignable roles', () => {
  it('offers at each kind of organisation the roles of its scale', () => {
    expect(rolesForOrganisationKind('state')).toEqual(['R01']);
    expect(rolesForOrganisationKind('sector')).toEqual(['R02']);
    expect(rolesForOrganisationKind('municipality')).toEqual(['R03']);
    expect(rolesForOrganisationKind('institution')).toEqual(['R04', 'R08']);
  });

  it('keeps the service and resource roles for when those scopes exist', () => {
    expect(rolesAwaitingScopes()).toEqual(['R05', 'R06', 'R07', 'R09', 'R10']);
  });
});
