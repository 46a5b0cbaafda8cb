export const appLv = {
  productName: 'Saimnieks',
  productTagline: 'Publisko pakalpojumu pārvaldība',
  skipToContent: 'Pāriet uz saturu',
  language: { label: 'Valoda' },
  navigation: {
    label: 'Galvenā navigācija',
    home: 'Sākums',
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
};
