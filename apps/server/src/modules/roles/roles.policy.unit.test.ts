import type { HeldRole } from '@saimnieks/contracts/auth';
import { describe, expect, it } from 'vitest';
import type { Principal } from '../../platform/auth/principal.ts';
import {
  canAssign,
  canManageCompatibilityRules,
  canSeeAssignment,
  mayChangeAssignmentsOf,
  type ScopePlacement,
  seesScope,
} from './roles.policy.ts';

const STATE = 'state';
const SECTOR = 'sector';
const INSTITUTION = 'institution';
const OTHER_INSTITUTION = 'other-institution';

const principal = (roles: [HeldRole['roleCode'], string][] = [], isAdministrator = false): Principal => ({
  person: { id: 'me', name: 'Es', email: 'es@example.lv', organisationId: INSTITUTION, isAdministrator },
  // The service roles are held at services, the others at organisations.
  roles: roles.map(([roleCode, scopeId]) => ({
    roleCode,
    scopeKind: ['R05', 'R06', 'R07'].includes(roleCode) ? 'service' : 'organisation',
    scopeId,
  })),
  via: { kind: 'token', tokenId: 'token' },
});

const organisation = (...path: string[]): ScopePlacement => ({
  kind: 'organisation',
  id: path.at(-1) ?? '',
  organisationPath: path,
});
// A service or resource sits at the institution it belongs to.
const service = (...institutionPath: string[]): ScopePlacement => ({
  kind: 'service',
  id: 'service',
  organisationPath: institutionPath,
});
const resource = (...institutionPath: string[]): ScopePlacement => ({
  ...service(...institutionPath),
  kind: 'resource',
});

describe('roles policy', () => {
  describe('canAssign', () => {
    it('lets the administrator and R01 assign any role anywhere', () => {
      for (const who of [principal([], true), principal([['R01', STATE]])]) {
        expect(canAssign(who, 'R01', organisation(STATE))).toBe(true);
        expect(canAssign(who, 'R05', service(STATE, SECTOR, INSTITUTION))).toBe(true);
      }
    });

    it('lets a sector lead (R02) assign R04 and R08 inside its subtree only', () => {
      const lead = principal([['R02', SECTOR]]);
      expect(canAssign(lead, 'R04', organisation(STATE, SECTOR, INSTITUTION))).toBe(true);
      expect(canAssign(lead, 'R08', organisation(STATE, SECTOR, INSTITUTION))).toBe(true);
      expect(canAssign(lead, 'R04', organisation(STATE, 'another-sector', OTHER_INSTITUTION))).toBe(false);
      expect(canAssign(lead, 'R02', organisation(STATE, SECTOR))).toBe(false);
      expect(canAssign(lead, 'R05', service(STATE, SECTOR, INSTITUTION))).toBe(false);
    });

    it('lets a portfolio owner (R04) assign the service roles at its institution’s services', () => {
      const owner = principal([['R04', INSTITUTION]]);
      for (const role of ['R05', 'R06', 'R07'] as const) {
        expect(canAssign(owner, role, service(STATE, SECTOR, INSTITUTION))).toBe(true);
        expect(canAssign(owner, role, service(STATE, SECTOR, OTHER_INSTITUTION))).toBe(false);
      }
      expect(canAssign(owner, 'R09', resource(STATE, SECTOR, INSTITUTION))).toBe(false);
      expect(canAssign(owner, 'R08', organisation(STATE, SECTOR, INSTITUTION))).toBe(false);
    });

    it('will let a resource portfolio owner (R08) assign the resource roles at its institution’s resources', () => {
      const owner = principal([['R08', INSTITUTION]]);
      expect(canAssign(owner, 'R09', resource(STATE, SECTOR, INSTITUTION))).toBe(true);
      expect(canAssign(owner, 'R10', resource(STATE, SECTOR, INSTITUTION))).toBe(true);
      expect(canAssign(owner, 'R10', resource(STATE, SECTOR, OTHER_INSTITUTION))).toBe(false);
      expect(canAssign(owner, 'R05', service(STATE, SECTOR, INSTITUTION))).toBe(false);
    });

    it('lets nobody without a role assign anything', () => {
      expect(canAssign(principal(), 'R04', organisation(STATE, SECTOR, INSTITUTION))).toBe(false);
    });
  });

  describe('mayChangeAssignmentsOf', () => {
    it('refuses one’s own assignments to everyone but the administrator', () => {
      expect(mayChangeAssignmentsOf(principal([['R01', STATE]]), 'me')).toBe(false);
      expect(mayChangeAssignmentsOf(principal([['R01', STATE]]), 'someone')).toBe(true);
      expect(mayChangeAssignmentsOf(principal([], true), 'me')).toBe(true);
    });
  });

  describe('canSeeAssignment', () => {
    it('shows an assignment where its scope is visible, and one’s own anywhere', () => {
      const who = principal();
      expect(canSeeAssignment(who, [SECTOR], { personId: 'x' }, organisation(STATE, SECTOR, INSTITUTION))).toBe(true);
      expect(canSeeAssignment(who, [SECTOR], { personId: 'x' }, organisation(STATE, 'elsewhere'))).toBe(false);
      expect(canSeeAssignment(who, [SECTOR], { personId: 'me' }, organisation(STATE, 'elsewhere'))).toBe(true);
      expect(canSeeAssignment(who, [SECTOR], { personId: 'x' }, undefined)).toBe(false);
      expect(canSeeAssignment(who, undefined, { personId: 'x' }, undefined)).toBe(true);
    });

    it('shows an assignment at a service where its holder is visible', () => {
      const who = principal();
      expect(canSeeAssignment(who, [SECTOR], { personId: 'x' }, service(STATE, SECTOR, INSTITUTION))).toBe(true);
      expect(canSeeAssignment(who, [OTHER_INSTITUTION], { personId: 'x' }, service(STATE, SECTOR, INSTITUTION))).toBe(
        false,
      );
    });
  });

  describe('seesScope', () => {
    it('finds a scope in the organisations one sees, a service by its holder', () => {
      const who = principal();
      expect(seesScope(who, [SECTOR], organisation(STATE, SECTOR, INSTITUTION))).toBe(true);
      expect(seesScope(who, [SECTOR], service(STATE, SECTOR, INSTITUTION))).toBe(true);
      expect(seesScope(who, [SECTOR], service(STATE, 'another-sector', OTHER_INSTITUTION))).toBe(false);
      expect(seesScope(who, undefined, service(STATE, 'another-sector', OTHER_INSTITUTION))).toBe(true);
    });

    it('finds a service for whoever holds a role at it, wherever it is held', () => {
      const owner = principal([['R05', 'service']]);
      expect(seesScope(owner, [INSTITUTION], service(STATE, 'another-sector', OTHER_INSTITUTION))).toBe(true);
      expect(seesScope(owner, [INSTITUTION], { ...service(STATE, OTHER_INSTITUTION), id: 'another-service' })).toBe(
        false,
      );
      expect(seesScope(owner, [INSTITUTION], resource(STATE, OTHER_INSTITUTION))).toBe(false);
    });
  });

  describe('canManageCompatibilityRules', () => {
    it('is for R01 and the administrator', () => {
      expect(canManageCompatibilityRules(principal([['R01', STATE]]))).toBe(true);
      expect(canManageCompatibilityRules(principal([], true))).toBe(true);
      expect(canManageCompatibilityRules(principal([['R02', SECTOR]]))).toBe(false);
    });
  });
});
