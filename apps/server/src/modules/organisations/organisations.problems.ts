import type { ProblemTitles } from '../../platform/http/problems.ts';

export const organisationProblemTitles: ProblemTitles = {
  'organisation-not-found': { lv: 'Organizācija nav atrasta', en: 'Organisation not found' },
  'wrong-parent-kind': { lv: 'Nepiemērota augstāka organizācija', en: 'Wrong kind of parent organisation' },
  cycle: { lv: 'Organizāciju koks nedrīkst veidot ciklu', en: 'The organisation tree cannot loop' },
  'has-active-children': {
    lv: 'Organizācijai ir aktīvas padotās organizācijas',
    en: 'The organisation has active children',
  },
  'has-live-services': {
    lv: 'Organizācijai ir pakalpojumi, kas nav likvidēti',
    en: 'The organisation still holds services that are not liquidated',
  },
  'already-archived': { lv: 'Organizācija jau ir arhivēta', en: 'The organisation is archived already' },
  'stale-version': { lv: 'Ieraksts pa to laiku ir mainīts', en: 'The record was changed meanwhile' },
  duplicate: { lv: 'Šāds ieraksts jau pastāv', en: 'Such a record exists already' },
};
