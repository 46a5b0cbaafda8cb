import type { ProblemTitles } from '../../platform/http/problems.ts';

export const recipientProblemTitles: ProblemTitles = {
  'recipient-group-not-found': { lv: 'Saņēmēju grupa nav atrasta', en: 'Recipient group not found' },
  'recipient-need-not-found': { lv: 'Vajadzība nav atrasta', en: 'Need not found' },
  'recipient-group-archived': { lv: 'Saņēmēju grupa ir arhivēta', en: 'The recipient group is archived' },
  'service-not-found': { lv: 'Pakalpojums nav atrasts', en: 'Service not found' },
  'stale-version': { lv: 'Ieraksts pa to laiku ir mainīts', en: 'The record was changed meanwhile' },
};
