import type { DemoRecipientGroup } from './types.ts';

/** Recipient groups of the institutions and municipalities, with needs the demo services meet (PU2-2). */
export const DEMO_RECIPIENT_GROUPS: DemoRecipientGroup[] = [
  {
    organisation: 'vsaa',
    names: { lv: 'Ģimenes ar jaundzimušajiem', en: 'Families with newborns' },
    descriptions: {
      lv: 'Vecāki pirmajā gadā pēc bērna piedzimšanas vai adopcijas.',
      en: 'Parents in the first year after a birth or adoption.',
    },
    audience: 'natural_person',
    sizeEstimate: 13_000,
    needs: [
      {
        texts: {
          lv: 'Saņemt visus pienākošos pabalstus pēc bērna piedzimšanas, nesniedzot tās pašas ziņas vairākām iestādēm',
          en: 'Receive every benefit due after a birth without giving the same data to several institutions',
        },
        importance: 'high',
        lifeEvents: ['BIR'],
        services: [
          'riga-birth-registration',
          'vsaa-childbirth-benefit',
          'vsaa-parental-benefit',
          'vsaa-childcare-benefit',
          'vsaa-family-benefit',
          'sigulda-birth-allowance',
        ],
      },
      {
        texts: {
          lv: 'Iepriekš zināt, cik liels būs vecāku pabalsts un cik ilgi to maksās',
          en: 'Know in advance how much the parental benefit will be and for how long',
        },
        importance: 'medium',
        lifeEvents: ['BIR'],
        services: ['vsaa-parental-benefit'],
      },
    ],
  },
  {
    organisation: 'vsaa',
    names: { lv: 'Cilvēki pirms pensionēšanās', en: 'People approaching retirement' },
    descriptions: null,
    audience: 'natural_person',
    sizeEstimate: 22_000,
    needs: [
      {
        texts: {
          lv: 'Saņemt pensiju bez iesnieguma, tiklīdz rodas tiesības uz to',
          en: 'Receive the pension without applying, as soon as one is entitled to it',
        },
        importance: 'high',
        lifeEvents: ['RET'],
        services: ['vsaa-old-age-pension', 'vsaa-proactive-pension'],
      },
    ],
  },
  {
    organisation: 'csdd',
    names: { lv: 'Jaunie autovadītāji', en: 'New drivers' },
    descriptions: null,
    audience: 'natural_person',
    sizeEstimate: 15_000,
    needs: [
      {
        texts: {
          lv: 'Pieteikties eksāmeniem un saņemt vadītāja apliecību bez rindām',
          en: 'Book the tests and get the licence without queuing',
        },
        importance: 'medium',
        lifeEvents: ['DRV'],
        services: ['csdd-driving-licence', 'csdd-digital-licence'],
      },
    ],
  },
  {
    organisation: 'vid',
    names: { lv: 'Jaunie uzņēmēji', en: 'New entrepreneurs' },
    descriptions: {
      lv: 'Fiziskās personas pirmajā saimnieciskās darbības gadā.',
      en: 'Self-employed people in their first year of business.',
    },
    audience: 'natural_person',
    sizeEstimate: 9_000,
    needs: [
      {
        texts: {
          lv: 'Vienuviet saprast un izvēlēties piemērotāko nodokļu režīmu',
          en: 'Understand and choose the right tax regime in one place',
        },
        importance: 'medium',
        lifeEvents: ['WOR'],
        services: ['vid-self-employed', 'vid-micro-tax', 'vid-vat-registration'],
      },
    ],
  },
  {
    organisation: 'riga',
    names: { lv: 'Iedzīvotāji, kas pārceļas uz Rīgu', en: 'People moving to Riga' },
    descriptions: null,
    audience: 'natural_person',
    sizeEstimate: 20_000,
    needs: [
      {
        texts: {
          lv: 'Deklarēt dzīvesvietu un tūlīt pieteikt bērnu bērnudārzā',
          en: 'Declare the new residence and put the child on the kindergarten list straight away',
        },
        importance: 'high',
        lifeEvents: ['MOV', 'RES'],
        services: ['riga-residence', 'riga-kindergarten'],
      },
    ],
  },
  {
    organisation: 'rpbv',
    names: { lv: 'Privātmāju būvētāji', en: 'People building their own home' },
    descriptions: null,
    audience: 'natural_person',
    sizeEstimate: 2_500,
    needs: [
      {
        texts: {
          lv: 'Pirms projektēšanas saprast, kādi dokumenti un saskaņojumi būs vajadzīgi',
          en: 'Know before designing which documents and approvals will be needed',
        },
        importance: 'high',
        lifeEvents: ['RES'],
        services: ['rpbv-building-permit', 'rpbv-explanatory-memo', 'rpbv-e-consultation'],
      },
    ],
  },
];
