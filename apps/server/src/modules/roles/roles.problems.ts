import type { ProblemTitles } from '../../platform/http/problems.ts';

export const roleProblemTitles: ProblemTitles = {
  'role-assignment-not-found': { lv: 'Lomas piešķīrums nav atrasts', en: 'Role assignment not found' },
  'compatibility-rule-not-found': {
    lv: 'Lomu savietojamības noteikums nav atrasts',
    en: 'Role compatibility rule not found',
  },
  'incompatible-roles': { lv: 'Lomas nav savietojamas', en: 'The roles are incompatible' },
  'justification-required': { lv: 'Nepieciešams pamatojums', en: 'A justification is required' },
  'duplicate-assignment': { lv: 'Persona šo lomu jau ieņem', en: 'The person holds this role already' },
  'already-revoked': { lv: 'Lomas piešķīrums jau ir atsaukts', en: 'The role assignment is revoked already' },
  'self-assignment': { lv: 'Sev lomu piešķirt nedrīkst', en: 'You cannot assign roles to yourself' },
  'duplicate-rule': { lv: 'Šāds noteikums jau pastāv', en: 'Such a rule exists already' },
  'rule-retired': { lv: 'Noteikums vairs nav spēkā', en: 'The rule is no longer in force' },
  'stale-version': { lv: 'Ieraksts pa to laiku ir mainīts', en: 'The record was changed meanwhile' },
};
