import type { ServiceDescriptionInput } from '@saimnieks/contracts/services';

export const CHANNELS = {
  online: '2f6a4c1e-8a53-4c1b-9d0e-5b7f3a9c1d01',
  office: '2f6a4c1e-8a53-4c1b-9d0e-5b7f3a9c1d02',
  phone: '2f6a4c1e-8a53-4c1b-9d0e-5b7f3a9c1d03',
  email: '2f6a4c1e-8a53-4c1b-9d0e-5b7f3a9c1d04',
} as const;

/**
 * A building permit from Riga's building board with every part of a description filled in: what
 * an export must carry and an import must read back. `providerId` takes part as a data provider;
 * the two services are linked as related and required.
 */
export function fullDescription({
  providerId,
  relatedServiceId,
  requiredServiceId,
}: {
  providerId: string;
  relatedServiceId: string;
  requiredServiceId: string;
}): ServiceDescriptionInput {
  return {
    title: { lv: 'Būvatļaujas saņemšana', en: 'Obtaining a building permit' },
    shortDescription: {
      lv: 'Būvvalde izsniedz būvatļauju ēkas jaunbūvei, pārbūvei vai novietošanai.',
      en: 'The building board issues a permit to build, rebuild or place a building.',
    },
    description: {
      lv: '## Kam tas vajadzīgs\n\nBūvatļauja ir vajadzīga **pirms** būvdarbu sākuma. Iesniegumu var iesniegt Būvniecības informācijas sistēmā.',
      en: '## Who needs it\n\nA building permit is needed **before** construction starts.',
    },
    audience: ['natural_person', 'legal_person'],
    lifeEvents: ['RES'],
    businessEvents: ['LPCA'],
    themes: ['06'],
    keywords: { lv: ['būvatļauja', 'būvniecība', 'jaunbūve'], en: ['building permit'] },
    languages: ['lv', 'en', 'ru'],
    spatialCoverage: { nationwide: false, municipalities: ['0001000'] },
    legalBasis: [
      {
        title: { lv: 'Būvniecības likums', en: 'Construction Law' },
        url: 'https://likumi.lv/ta/id/258572',
        article: '14. pants',
      },
      {
        title: { lv: 'Vispārīgie būvnoteikumi (MK noteikumi Nr. 500)', en: null },
        url: 'https://likumi.lv/ta/id/258882',
        article: null,
      },
    ],
    channels: [
      {
        id: CHANNELS.online,
        type: 'online',
        name: { lv: 'Būvniecības informācijas sistēma', en: 'Construction Information System' },
        url: 'https://bis.gov.lv',
        processingTime: 'P30D',
        wcagLevel: 'AA',
      },
      {
        id: CHANNELS.office,
        type: 'office',
        name: { lv: 'Rīgas būvvalde', en: null },
        address: 'Amatu iela 4, Rīga, LV-1050',
        openingHours: { lv: 'P.–C. 8.30–17.00, Pk. 8.30–15.00', en: 'Mon–Thu 8.30–17.00, Fri 8.30–15.00' },
        processingTime: 'P1M',
        physicalAccessibility: { lv: 'Ieeja ar uzbrauktuvi no Amatu ielas; lifts uz visiem stāviem.', en: null },
      },
      {
        id: CHANNELS.phone,
        type: 'phone',
        phone: '+371 67012345',
        openingHours: { lv: 'Darba dienās 9–16', en: null },
      },
      { id: CHANNELS.email, type: 'email', email: 'buvvalde@riga.lv' },
    ],
    costs: [
      {
        kind: 'fee',
        amount: 70,
        currency: 'EUR',
        description: { lv: 'Būvvaldes pakalpojuma maksa', en: 'Building board fee' },
        channelIds: [CHANNELS.online, CHANNELS.office],
        legalBasis: { lv: 'Rīgas domes saistošie noteikumi Nr. 123, 2. punkts', en: null },
      },
      {
        kind: 'free',
        amount: 0,
        currency: 'EUR',
        description: { lv: 'Konsultācija', en: null },
        channelIds: [CHANNELS.phone],
      },
      { kind: 'state_duty', amount: 12.5, currency: 'EUR', channelIds: [] },
    ],
    inputs: [
      { name: { lv: 'Būvniecības iesniegums', en: 'Construction application' }, description: null },
      {
        name: { lv: 'Būvprojekts minimālā sastāvā', en: null },
        description: { lv: 'Sagatavo sertificēts arhitekts.', en: null },
      },
    ],
    outputs: [{ name: { lv: 'Būvatļauja', en: 'Building permit' }, description: { lv: 'Ar nosacījumiem.', en: null } }],
    requirements: [
      { name: { lv: 'Tiesības būvēt zemes gabalā', en: 'The right to build on the plot' }, description: null },
    ],
    rules: [
      { name: { lv: 'Lēmumu pieņem 30 dienu laikā', en: 'The decision comes within 30 days' }, description: null },
      {
        name: { lv: 'Lēmuma apstrīdēšana', en: null },
        description: { lv: 'Lēmumu var apstrīdēt Rīgas domē mēneša laikā.', en: null },
      },
    ],
    contactPoints: [
      {
        email: 'info@riga.lv',
        phone: '+371 80000800',
        url: 'https://www.riga.lv/lv/buvvalde',
        openingHours: { lv: 'Darba dienās 8.30–17.00', en: 'Working days 8.30–17.00' },
      },
    ],
    providers: [
      { organisationId: providerId, role: 'data_provider', description: null },
      {
        organisationId: providerId,
        role: 'intermediary',
        description: { lv: 'Pieņem iesniegumus klātienē', en: null },
      },
    ],
    relatedServices: [relatedServiceId],
    requiredServices: [requiredServiceId],
  };
}
