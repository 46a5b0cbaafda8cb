import { describe, expect, it } from 'vitest';
import { rolesAwaitingScopes, rolesForOrganisationKind, rolesForServices } from './assignable-roles.ts';

describe('assignable roles', () => {
  it('offers at each kind of organisation the roles of its scale', () => {
    expect(rolesForOrganisationKind('state')).toEqual(['R01']);
    expect(rolesForOrganisationKind('sector')).toEqual(['R02']);
    expect(rolesForOrganisationKind('municipality')).toEqual(['R03']);
    expect(rolesForOrganisationKind('institution')).toEqual(['R04', 'R08']);
  });

  it('offers the owner, provider and recipient roles at a service', () => {
    expect(rolesForServices()).toEqual(['R05', 'R06', 'R07']);
  });

  it('keeps the resource roles for when resources exist', () => {
    expect(rolesAwaitingScopes()).toEqual(['R09', 'R10']);
  });
});
