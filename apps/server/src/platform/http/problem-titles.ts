import type { ProblemTitles } from './problems.ts';

/** Problem titles by type, in both languages; each module keeps its own beside it. */
export const PLATFORM_PROBLEM_TITLES: ProblemTitles = {
  validation: { lv: 'Pieprasījums neatbilst noteikumiem', en: 'The request breaks a rule' },
  'bad-request': { lv: 'Nederīgs pieprasījums', en: 'Bad request' },
  'not-found': { lv: 'Nav atrasts', en: 'Not found' },
  'route-not-found': { lv: 'Šādas adreses nav', en: 'No such address' },
  unauthenticated: { lv: 'Nepieciešams pieteikties', en: 'Sign-in required' },
  'too-many-attempts': { lv: 'Pārāk daudz mēģinājumu', en: 'Too many attempts' },
  csrf: { lv: 'Pieprasījums nav apstiprināts', en: 'Request not confirmed' },
  forbidden: { lv: 'Nav tiesību', en: 'Not allowed' },
  conflict: { lv: 'Konflikts ar pašreizējo stāvokli', en: 'Conflict with the current state' },
  'unsupported-media-type': { lv: 'Neatbalstīts satura tips', en: 'Unsupported media type' },
  'payload-too-large': { lv: 'Pieprasījums ir par lielu', en: 'Request too large' },
  unavailable: { lv: 'Pakalpojums īslaicīgi nav pieejams', en: 'Temporarily unavailable' },
  internal: { lv: 'Iekšēja kļūda', en: 'Internal error' },
};
