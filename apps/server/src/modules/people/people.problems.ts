import type { ProblemTitles } from '../../platform/http/problems.ts';

export const peopleProblemTitles: ProblemTitles = {
  'person-not-found': { lv: 'Persona nav atrasta', en: 'Person not found' },
  duplicate: { lv: 'Šāds ieraksts jau pastāv', en: 'Such a record exists already' },
  'stale-version': { lv: 'Ieraksts pa to laiku ir mainīts', en: 'The record was changed meanwhile' },
  'cannot-deactivate-self': { lv: 'Sevi deaktivizēt nevar', en: 'You cannot deactivate yourself' },
  'already-inactive': { lv: 'Persona jau ir deaktivizēta', en: 'The person is deactivated already' },
  'already-active': { lv: 'Persona jau ir aktīva', en: 'The person is active already' },
  'person-inactive': { lv: 'Persona ir deaktivizēta', en: 'The person is deactivated' },
  'last-administrator': {
    lv: 'Jāpaliek vismaz vienam aktīvam administratoram',
    en: 'At least one active administrator must remain',
  },
  'password-set-already': { lv: 'Persona jau ir iestatījusi paroli', en: 'The person has set a password already' },
  'link-used': { lv: 'Saite jau ir izmantota', en: 'The link has been used already' },
  'link-expired': { lv: 'Saites derīguma termiņš ir beidzies', en: 'The link has expired' },
  'setup-done': { lv: 'Pirmais administrators jau ir izveidots', en: 'The first administrator exists already' },
};
