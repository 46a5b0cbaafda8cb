import type { ProblemTitles } from '../../platform/http/problems.ts';

export const serviceProblemTitles: ProblemTitles = {
  'service-not-found': { lv: 'Pakalpojums nav atrasts', en: 'Service not found' },
  'description-not-found': { lv: 'Apraksta versija nav atrasta', en: 'Description version not found' },
  'transition-refused': {
    lv: 'Pakalpojumu nevar pārvietot uz šo dzīves cikla posmu',
    en: 'The service cannot move to this lifecycle stage',
  },
  'working-version-exists': {
    lv: 'Pakalpojumam jau ir apraksta versija darbā',
    en: 'The service already has a description version being worked on',
  },
  'wrong-description-status': {
    lv: 'Apraksta versijas statuss to neļauj',
    en: 'The status of the description version does not allow this',
  },
  'service-liquidated': { lv: 'Pakalpojums ir likvidēts', en: 'The service is liquidated' },
  'degree-in-use': {
    lv: 'Pārvaldības pakāpi izmanto pakalpojumi',
    en: 'Services use this management degree',
  },
};
