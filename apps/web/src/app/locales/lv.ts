export const appLv = {
  productName: 'Saimnieks',
  productTagline: 'Publisko pakalpojumu pārvaldība',
  skipToContent: 'Pāriet uz saturu',
  language: { label: 'Valoda' },
  navigation: {
    label: 'Galvenā navigācija',
    home: 'Sākums',
    catalogue: 'Pakalpojumu katalogs',
    toggle: 'Rādīt vai slēpt navigāciju',
  },
  modules: {
    portfolio: {
      name: 'Pakalpojumu portfelis',
      summary:
        'Pakalpojumi visos sešos dzīves cikla posmos, to apraksti atbilstoši ES publisko pakalpojumu pamatvārdnīcai (CPSV-AP), saņēmēju grupas un vajadzības, versijas, pārskatīšana un publicēšana.',
    },
    operations: {
      name: 'Pakalpojumu sniegšana',
      summary:
        'Pieprasījumi, incidenti, problēmas, izmaiņas, sūdzības, ierosinājumi un atbalsta jautājumi ar izpildes termiņiem darba dienu kalendārā, kurā ir Latvijas svētku dienas, ar eskalāciju un paziņojumiem.',
    },
    measurement: {
      name: 'Mērīšana',
      summary:
        'Pakalpojumu līmeņi un to izpilde, darbības rādītāji modeļa četros kvadrantos (tostarp vienas transakcijas izmaksas, apmierinātība, pabeigšanas rādītājs un digitālo kanālu izmantošana) pa kanāliem un periodiem, ietilpība, izmaksas un apkopojumi no pakalpojuma līdz valstij.',
    },
    model: {
      name: 'Modelis',
      summary: 'Pakalpojumu pārvaldības modelis: mērķi, lomas, 32 uzdevumi, to atkarības, posmi un nosacījumi N1–N10.',
    },
    administration: {
      name: 'Administrēšana',
      summary:
        'Organizācijas no valsts līdz nozarēm, pašvaldībām un iestādēm, cilvēki, desmit lomas viņu mērogā, pieteikšanās, pienākumu nošķiršana un pret viltošanu aizsargāts audita pieraksts.',
    },
  },
  comingSoon: {
    status: 'Šis modulis vēl tiek veidots.',
    willHold: 'Tajā būs:',
  },
  home: {
    lead: 'Saimnieks ir atvērtā koda publisko pakalpojumu pārvaldības sistēma: rīks, ar kuru valsts pārvalde īsteno pakalpojumu pārvaldību tā, kā to nosaka Latvijas pakalpojumu pārvaldības modelis.',
    body: 'Tas vienuviet un savstarpēji saistītus glabā pakalpojumus, to saimniekus un sniedzējus, aprakstus, pakalpojumu līmeņus, pieprasījumus un incidentus, resursus, rādītājus un to, cik tālu pārvaldība ir nonākusi katrā modeļa uzdevumā un nosacījumā.',
    name: 'Nosaukums ir paša modeļa vārds: saimnieka attieksme.',
    searchCatalogue: 'Meklēt pakalpojumu katalogā',
    exploreModel: 'Iepazīt pakalpojumu pārvaldības modeli',
    modulesTitle: 'Moduļi',
    available: 'Pieejams',
    coming: 'Tiek veidots',
  },
  loading: 'Ielādē…',
  error: {
    title: 'Neizdevās ielādēt datus',
    retry: 'Mēģināt vēlreiz',
  },
  notFound: {
    title: 'Lapa nav atrasta',
    text: 'Šādas lapas nav. Pārbaudiet adresi vai sāciet no sākumlapas.',
    home: 'Uz sākumlapu',
  },
  administration: {
    lead: 'Kas ir kas un kur: organizācijas, cilvēki un viņu lomas, atbildību matrica, no kuras izriet tiesības, un audita pieraksts par katru izmaiņu.',
    sections: {
      organisations: 'Organizācijas',
      people: 'Cilvēki',
      responsibilities: 'Atbildību matrica',
      audit: 'Audita pieraksts',
      account: 'Mans konts',
    },
    summaries: {
      organisations: 'Valsts, nozaru, pašvaldību un iestāžu koks: izveide, labošana un arhivēšana.',
      people: 'Lietotāju uzaicināšana, dati, deaktivizēšana un lomu piešķiršana.',
      responsibilities: 'Kura loma katru uzdevumu veic, apstiprina, tiek konsultēta vai informēta.',
      audit: 'Katra izmaiņa ar darītāju, laiku un atšķirībām; ķēdes pārbaude un CSV eksports.',
      account: 'Jūsu sesijas un personīgās API pilnvaras.',
    },
    restricted: 'Administratoram un R01',
  },
  dialog: {
    close: 'Aizvērt',
    cancel: 'Atcelt',
  },
  servicePicker: {
    nothingFound: 'Neviens pakalpojums neatbilst meklētajam.',
    searchFailed: 'Pakalpojumus neizdevās ielādēt. Mēģiniet vēlreiz.',
  },
  problems: {
    unreachable: 'Neizdevās sazināties ar serveri. Pārbaudiet savienojumu un mēģiniet vēlreiz.',
  },
  fieldRules: {
    required: 'Jāaizpilda.',
    too_small: 'Vērtība ir par īsu vai par mazu.',
    too_big: 'Vērtība ir par garu vai par lielu.',
    invalid_format: 'Nepareizs formāts.',
    invalid_type: 'Nederīga vērtība.',
    invalid_value: 'Nederīga vērtība.',
    check_digit: 'Kontrolcipars nesakrīt: tas nav derīgs reģistrācijas numurs.',
    unknown_organisation: 'Šādas organizācijas nav.',
    archived: 'Organizācija ir arhivēta.',
    municipalities_only: 'Norāda tikai pašvaldībām.',
    common_password: 'Šī parole ir pārāk bieži lietota; izvēlieties citu.',
    too_short: 'Parolei jābūt vismaz 12 rakstzīmes garai.',
    contains_personal_data: 'Parolē nedrīkst būt jūsu vārds vai e-pasts.',
    unknown_token: 'Saite nav derīga. Atveriet to no e-pasta vēstules vēlreiz vai palūdziet jaunu.',
    unknown_person: 'Šāda cilvēka nav.',
    inactive: 'Cilvēka konts ir deaktivizēts.',
    wrong_scale: 'Šo lomu ieņem cita mēroga vietā.',
    scope_not_available: 'Šāda veida vietas Saimniekā vēl nav.',
    not_in_past: 'Datums nedrīkst būt pagātnē.',
    before_valid_from: 'Beigu datums nedrīkst būt pirms sākuma datuma.',
    already_started: 'Piešķīrums jau ir sācies; sākuma datumu mainīt nevar.',
  },
  forbidden: {
    title: 'Nav piekļuves',
    text: 'Jums nav tiesību skatīt šo lapu. Ja tās ir vajadzīgas darbam, vērsieties pie administratora.',
  },
};
