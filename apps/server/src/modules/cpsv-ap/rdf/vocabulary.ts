import type { CodeListEntry } from '@saimnieks/contracts/reference/code-list';
import type {
  Audience,
  ChannelType,
  CpsvStatus,
  ParticipationRole,
  ServiceKind,
  WcagLevel,
} from '@saimnieks/contracts/services';
import type { z } from 'zod';

// The namespaces of CPSV-AP 3.2.0 and of the few vocabularies our mapping adds where the profile
// has no property of its own (a channel's web address, an office's accessibility).
export const NS = {
  adms: 'http://www.w3.org/ns/adms#',
  cpsv: 'http://purl.org/vocab/cpsv#',
  cv: 'http://data.europa.eu/m8g/',
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  eli: 'http://data.europa.eu/eli/ontology#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  locn: 'http://www.w3.org/ns/locn#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  schema: 'https://schema.org/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  time: 'http://www.w3.org/2006/time#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;
export type Prefix = keyof typeof NS;
/** A compact IRI such as `dct:title`: how properties are named in documents and in import errors. */
export type CompactIri = `${Prefix}:${string}`;

export const expand = (compact: CompactIri) => {
  const [prefix, local] = compact.split(':') as [Prefix, string];
  return NS[prefix] + local;
};

const compacted = new Map<string, string>();
/**
 * The compact form of an IRI in our namespaces; the IRI itself otherwise. Only properties, classes
 * and datatypes are compacted, a few dozen IRIs, so the answers are kept.
 */
export function compact(iri: string): string {
  let found = compacted.get(iri);
  if (found === undefined) {
    const entry = Object.entries(NS).find(
      ([, namespace]) => iri.startsWith(namespace) && /^[A-Za-z_][\w-]*$/.test(iri.slice(namespace.length)),
    );
    found = entry ? `${entry[0]}:${iri.slice(entry[1].length)}` : iri;
    compacted.set(iri, found);
  }
  return found;
}

export const CLASS = {
  PublicService: 'cpsv:PublicService',
  PublicOrganisation: 'cv:PublicOrganisation',
  Agent: 'foaf:Agent',
  Event: 'cv:Event',
  LifeEvent: 'cv:LifeEvent',
  BusinessEvent: 'cv:BusinessEvent',
  Concept: 'skos:Concept',
  Location: 'dct:Location',
  LinguisticSystem: 'dct:LinguisticSystem',
  LegalResource: 'eli:LegalResource',
  Channel: 'cv:Channel',
  Cost: 'cv:Cost',
  Evidence: 'cv:Evidence',
  Output: 'cv:Output',
  Requirement: 'cv:Requirement',
  Rule: 'cpsv:Rule',
  ContactPoint: 'cv:ContactPoint',
  Participation: 'cv:Participation',
  TemporalEntity: 'time:TemporalEntity',
  Address: 'locn:Address',
  Document: 'foaf:Document',
} as const satisfies Record<string, CompactIri>;

/**
 * Where each part of a description goes in CPSV-AP. The export writes these properties, the
 * import reads them, and import errors name them, so the three never disagree.
 */
export const PROPERTY = {
  type: 'rdf:type',
  identifier: 'dct:identifier',
  title: 'dct:title',
  description: 'dct:description',
  abstract: 'dct:abstract',
  prefLabel: 'skos:prefLabel',
  spatial: 'dct:spatial',
  competentAuthority: 'cv:hasCompetentAuthority',
  audience: 'dct:audience',
  isGroupedBy: 'cv:isGroupedBy',
  eventType: 'dct:type',
  thematicArea: 'cv:thematicArea',
  functionsOfGovernment: 'dct:type',
  classifiedBy: 'cv:isClassifiedBy',
  keyword: 'dcat:keyword',
  language: 'dct:language',
  status: 'adms:status',
  legalResource: 'cv:hasLegalResource',
  page: 'foaf:page',
  legalNumber: 'eli:number',
  channel: 'cv:hasChannel',
  channelType: 'dct:type',
  address: 'locn:address',
  fullAddress: 'locn:fullAddress',
  telephone: 'cv:telephone',
  email: 'cv:email',
  openingHours: 'cv:openingHours',
  processingTime: 'cv:processingTime',
  conformsTo: 'dct:conformsTo',
  accessibilitySummary: 'schema:accessibilitySummary',
  cost: 'cv:hasCost',
  costType: 'dct:type',
  value: 'cv:hasValue',
  currency: 'cv:currency',
  ifAccessedThrough: 'cv:ifAccessedThrough',
  input: 'cpsv:hasInput',
  produces: 'cpsv:produces',
  requirement: 'cv:holdsRequirement',
  follows: 'cpsv:follows',
  contactPoint: 'cv:contactPoint',
  contactPage: 'cv:contactPage',
  participation: 'cv:hasParticipation',
  participant: 'cv:hasParticipant',
  role: 'cv:role',
  relation: 'dct:relation',
  relatedService: 'cv:relatedService',
  requires: 'dct:requires',
  inScheme: 'skos:inScheme',
} as const satisfies Record<string, CompactIri>;

export const XSD_DURATION = expand('xsd:duration');
export const XSD_DOUBLE = expand('xsd:double');
export const XSD_STRING = expand('xsd:string');

/** The EU authority tables' concepts the mapping needs beyond the shared reference code lists. */
export const EURO = 'http://publications.europa.eu/resource/authority/currency/EUR';
export const LATVIA = 'http://publications.europa.eu/resource/authority/country/LVA';
export const LATVIA_LABELS = { lv: 'Latvija', en: 'Latvia' };

// Local code lists: CPSV-AP names no vocabulary for these (for a participation's role it says to
// choose one "to suit local implementations"), so their concepts live under the product's address.
type Labels = Record<string, { lv: string; en: string }>;

const AUDIENCE = {
  natural_person: { lv: 'Fiziskās personas', en: 'Natural persons' },
  legal_person: { lv: 'Juridiskās personas', en: 'Legal persons' },
  public_authority: { lv: 'Valsts pārvaldes iestādes', en: 'Public authorities' },
} satisfies Record<Audience, { lv: string; en: string }>;

const CHANNEL_TYPE = {
  online: { lv: 'E-pakalpojums', en: 'Online e-service' },
  portal: { lv: 'Portāls', en: 'Portal' },
  office: { lv: 'Klātienē iestādē', en: 'In person at an office' },
  phone: { lv: 'Tālrunis', en: 'Phone' },
  email: { lv: 'E-pasts', en: 'Email' },
  post: { lv: 'Pasts', en: 'Post' },
  mobile_app: { lv: 'Mobilā lietotne', en: 'Mobile app' },
} satisfies Record<ChannelType, { lv: string; en: string }>;

const PARTICIPATION_ROLE = {
  provider: { lv: 'Pakalpojuma sniedzējs', en: 'Provider' },
  co_provider: { lv: 'Līdzsniedzējs', en: 'Co-provider' },
  intermediary: { lv: 'Starpnieks', en: 'Intermediary' },
  data_provider: { lv: 'Datu sniedzējs', en: 'Data provider' },
} satisfies Record<z.infer<typeof ParticipationRole>, { lv: string; en: string }>;

const COST_KIND = {
  free: { lv: 'Bez maksas', en: 'Free of charge' },
  fee: { lv: 'Maksa', en: 'Fee' },
  state_duty: { lv: 'Valsts nodeva', en: 'State duty' },
} satisfies Labels;

const STATUS = {
  under_development: { lv: 'Izstrādē', en: 'Under development' },
  active: { lv: 'Aktīvs', en: 'Active' },
  inactive: { lv: 'Neaktīvs', en: 'Inactive' },
} satisfies Record<CpsvStatus, { lv: string; en: string }>;

const SERVICE_KIND = {
  individual: { lv: 'Individuāla labuma publiskais pakalpojums', en: 'Public service of individual benefit' },
  general: { lv: 'Vispārēja labuma publiskais pakalpojums', en: 'Public service of general benefit' },
  inter_institutional: { lv: 'Starpiestāžu pakalpojums', en: 'Inter-institutional service' },
} satisfies Record<ServiceKind, { lv: string; en: string }>;

const WCAG_LEVEL = {
  none: { lv: 'Neatbilst WCAG 2.1', en: 'Does not conform to WCAG 2.1' },
  A: { lv: 'WCAG 2.1, A līmenis', en: 'WCAG 2.1, level A' },
  AA: { lv: 'WCAG 2.1, AA līmenis', en: 'WCAG 2.1, level AA' },
  AAA: { lv: 'WCAG 2.1, AAA līmenis', en: 'WCAG 2.1, level AAA' },
} satisfies Record<z.infer<typeof WcagLevel>, { lv: string; en: string }>;

export const LOCAL_SCHEMES = {
  audience: AUDIENCE,
  'channel-type': CHANNEL_TYPE,
  'participation-role': PARTICIPATION_ROLE,
  'cost-kind': COST_KIND,
  status: STATUS,
  'service-kind': SERVICE_KIND,
  'wcag-level': WCAG_LEVEL,
} as const;
export type LocalScheme = keyof typeof LOCAL_SCHEMES;
export type LocalCode<Scheme extends LocalScheme> = keyof (typeof LOCAL_SCHEMES)[Scheme] & string;

/** The entries of a local code list with their URIs under `publicUrl`, shaped like the shared code lists. */
export function localCodeList<Scheme extends LocalScheme>(publicUrl: string, scheme: Scheme) {
  return Object.entries(LOCAL_SCHEMES[scheme]).map(([code, labels]): CodeListEntry & { code: LocalCode<Scheme> } => ({
    code: code as LocalCode<Scheme>,
    uri: `${publicUrl}/id/concept/${scheme}/${encodeURIComponent(code)}`,
    ...(labels as { lv: string; en: string }),
  }));
}

export const schemeIri = (publicUrl: string, scheme: LocalScheme) => `${publicUrl}/id/concept/${scheme}`;

/** The stable addresses of what an export describes, under the product's public address. */
export function iris(publicUrl: string) {
  return {
    service: (identifier: string) => `${publicUrl}/id/service/${encodeURIComponent(identifier)}`,
    organisation: (key: string) => `${publicUrl}/id/organisation/${encodeURIComponent(key)}`,
    lifeEvent: (code: string) => `${publicUrl}/id/life-event/${encodeURIComponent(code)}`,
    businessEvent: (code: string) => `${publicUrl}/id/business-event/${encodeURIComponent(code)}`,
    servicePrefix: `${publicUrl}/id/service/`,
    organisationPrefix: `${publicUrl}/id/organisation/`,
  };
}
