export const responsibilitiesLv = {
  title: 'Atbildību matrica',
  lead: 'Kura loma katru no 32 uzdevumiem veic, apstiprina, tiek konsultēta vai informēta. No matricas izriet tiesības; katra saglabāšana kļūst par jaunu versiju.',
  readOnly:
    'Matricu labo lomas, kas veic vai apstiprina uzdevumu PU1-1 (pēc noklusējuma pakalpojumu pārvaldības valsts vadošā iestāde, R01), un administrators. Jums tā ir skatāma.',
  version: {
    title: 'Versija {{version}}',
    createdAt: 'Saglabāta',
    createdBy: 'Saglabāja',
    note: 'Piezīme',
    noNote: 'Bez piezīmes',
  },
  legend: {
    title: 'Apzīmējumi',
    performs: 'veic',
    approves: 'apstiprina',
    consulted: 'konsultē',
    informed: 'informē',
    none: 'nav iesaistīta',
  },
  letters: {
    performs: 'V',
    approves: 'A',
    consulted: 'K',
    informed: 'I',
    none: '–',
  },
  table: {
    caption: 'Atbildību matrica: uzdevumi rindās, lomas kolonnās',
    task: 'Uzdevums',
  },
  rules: {
    no_performer: 'Nevienam nav norādīts šo uzdevumu veikt.',
    several_approvers: 'Uzdevumu drīkst apstiprināt tikai viena loma.',
    summary: 'Matricā ir kļūdas ({{count}}): tās ir atzīmētas pie uzdevumiem.',
  },
  save: {
    title: 'Saglabāt izmaiņas',
    changes: 'Mainītas šūnas: {{count}}',
    noChanges: 'Izmaiņu nav.',
    note: 'Piezīme par izmaiņām',
    noteHint: 'Kāpēc matrica mainīta; tā būs redzama pie versijas un auditā.',
    submit: 'Saglabāt kā jaunu versiju',
    discard: 'Atmest izmaiņas',
    saved: 'Saglabāts kā versija {{version}}.',
    staleVersion:
      'Kāds pa to laiku saglabāja jaunāku versiju. Jūsu izmaiņas ir parādītas virs tās: pārbaudiet tās un saglabājiet vēlreiz.',
  },
};
