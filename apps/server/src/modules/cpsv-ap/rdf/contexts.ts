import type { ContextDefinition, Options } from 'jsonld';
import { type CompactIri, expand } from './vocabulary.ts';

/** Where SEMIC publishes the CPSV-AP 3.2.0 JSON-LD context; its own example refers to it. */
export const CPSV_AP_CONTEXT_URL =
  'https://semiceu.github.io/uri.semic.eu-generated/CPSV-AP/releases/3.2.0/context/cpsv-ap.jsonld';

// The terms of that context an import reads, restated from the specification (CPSV-AP 3.2.0,
// © European Union, CC-BY 4.0, https://semiceu.github.io/CPSV-AP/releases/3.2.0/). The server
// never fetches a context from the network: a document naming another remote context is refused.
const CLASSES: Record<string, CompactIri> = {
  PublicService: 'cpsv:PublicService',
  PublicOrganization: 'cv:PublicOrganisation',
  Agent: 'foaf:Agent',
  Channel: 'cv:Channel',
  Cost: 'cv:Cost',
  ContactPoint: 'cv:ContactPoint',
  Evidence: 'cv:Evidence',
  EvidenceType: 'cv:EvidenceType',
  Output: 'cv:Output',
  Requirement: 'cv:Requirement',
  Rule: 'cpsv:Rule',
  Participation: 'cv:Participation',
  LegalResource: 'eli:LegalResource',
  Event: 'cv:Event',
  LifeEvent: 'cv:LifeEvent',
  BusinessEvent: 'cv:BusinessEvent',
  TemporalEntity: 'time:TemporalEntity',
  Address: 'locn:Address',
  Concept: 'skos:Concept',
  Code: 'skos:Concept',
  Location: 'dct:Location',
  LinguisticSystem: 'dct:LinguisticSystem',
  Document: 'foaf:Document',
};

type Term = [name: string, property: CompactIri, kind: 'value' | 'link' | 'duration' | 'double'];
const PROPERTIES: Term[] = [
  ['PublicService.identifier', 'dct:identifier', 'value'],
  ['PublicService.name', 'dct:title', 'value'],
  ['PublicService.description', 'dct:description', 'value'],
  ['PublicService.keyword', 'dcat:keyword', 'value'],
  ['PublicService.hasCompetentAuthority', 'cv:hasCompetentAuthority', 'link'],
  ['PublicService.addressee', 'dct:audience', 'link'],
  ['PublicService.isGroupedBy', 'cv:isGroupedBy', 'link'],
  ['PublicService.thematicArea', 'cv:thematicArea', 'link'],
  ['PublicService.functionsOfGovernment', 'dct:type', 'link'],
  ['PublicService.isClassifiedBy', 'cv:isClassifiedBy', 'link'],
  ['PublicService.language', 'dct:language', 'link'],
  ['PublicService.spatial', 'dct:spatial', 'link'],
  ['PublicService.status', 'adms:status', 'link'],
  ['PublicService.hasLegalResource', 'cv:hasLegalResource', 'link'],
  ['PublicService.hasChannel', 'cv:hasChannel', 'link'],
  ['PublicService.hasCost', 'cv:hasCost', 'link'],
  ['PublicService.hasInput', 'cpsv:hasInput', 'link'],
  ['PublicService.produces', 'cpsv:produces', 'link'],
  ['PublicService.holdsRequirement', 'cv:holdsRequirement', 'link'],
  ['PublicService.follows', 'cpsv:follows', 'link'],
  ['PublicService.contactPoint', 'cv:contactPoint', 'link'],
  ['PublicService.hasParticipation', 'cv:hasParticipation', 'link'],
  ['PublicService.relatedService', 'cv:relatedService', 'link'],
  ['PublicService.requires', 'dct:requires', 'link'],
  ['PublicService.processingTime', 'cv:processingTime', 'duration'],
  ['PublicOrganization.preferredLabel', 'skos:prefLabel', 'value'],
  ['PublicOrganization.spatial', 'dct:spatial', 'link'],
  ['Agent.identifier', 'dct:identifier', 'value'],
  ['Agent.name', 'dct:title', 'value'],
  ['Event.identifier', 'dct:identifier', 'value'],
  ['Event.name', 'dct:title', 'value'],
  ['LifeEvent.type', 'dct:type', 'link'],
  ['BusinessEvent.type', 'dct:type', 'link'],
  ['Channel.identifier', 'dct:identifier', 'value'],
  ['Channel.type', 'dct:type', 'link'],
  ['Channel.openingHours', 'cv:openingHours', 'link'],
  ['Channel.processingTime', 'cv:processingTime', 'duration'],
  ['Cost.identifier', 'dct:identifier', 'value'],
  ['Cost.description', 'dct:description', 'value'],
  ['Cost.hasValue', 'cv:hasValue', 'double'],
  ['Cost.currency', 'cv:currency', 'link'],
  ['Cost.ifAccessedThrough', 'cv:ifAccessedThrough', 'link'],
  ['ContactPoint.hasEmail', 'cv:email', 'value'],
  ['ContactPoint.hasTelephone', 'cv:telephone', 'value'],
  ['ContactPoint.contactPage', 'cv:contactPage', 'link'],
  ['ContactPoint.openingHours', 'cv:openingHours', 'link'],
  ['TemporalEntity.description', 'dct:description', 'value'],
  ['Evidence.identifier', 'dct:identifier', 'value'],
  ['Evidence.name', 'dct:title', 'value'],
  ['Evidence.description', 'dct:description', 'value'],
  ['Output.identifier', 'dct:identifier', 'value'],
  ['Output.name', 'dct:title', 'value'],
  ['Output.description', 'dct:description', 'value'],
  ['Requirement.identifier', 'dct:identifier', 'value'],
  ['Requirement.name', 'dct:title', 'value'],
  ['Rule.identifier', 'dct:identifier', 'value'],
  ['Rule.name', 'dct:title', 'value'],
  ['Rule.description', 'dct:description', 'value'],
  ['Participation.identifier', 'dct:identifier', 'value'],
  ['Participation.description', 'dct:description', 'value'],
  ['Participation.role', 'cv:role', 'link'],
  ['Participation.hasParticipant', 'cv:hasParticipant', 'link'],
  ['Address.fullAddress', 'locn:fullAddress', 'value'],
];

const termDefinition = ([, property, kind]: Term) => {
  const id = expand(property);
  if (kind === 'link') return { '@id': id, '@type': '@id' };
  if (kind === 'duration') return { '@id': id, '@type': expand('xsd:duration') };
  if (kind === 'double') return { '@id': id, '@type': expand('xsd:double') };
  return { '@id': id };
};

const CPSV_AP_CONTEXT: ContextDefinition = {
  ...Object.fromEntries(Object.entries(CLASSES).map(([name, iri]) => [name, expand(iri)])),
  ...Object.fromEntries(PROPERTIES.map((term) => [term[0], termDefinition(term)])),
};

type RemoteDocument = Awaited<ReturnType<NonNullable<Options.DocLoader['documentLoader']>>>;

/** Our own context, for documents that name it by URL rather than inline it. */
const KNOWN_CONTEXTS: Record<string, ContextDefinition> = { [CPSV_AP_CONTEXT_URL]: CPSV_AP_CONTEXT };

export class RemoteContextError extends Error {
  readonly url: string;

  constructor(url: string) {
    super(`The document refers to the context ${url}; only the CPSV-AP 3.2.0 context is known, others must be inlined`);
    this.url = url;
  }
}

/** The JSON-LD processor's document loader: known contexts from memory, nothing from the network. */
export async function documentLoader(url: string): Promise<RemoteDocument> {
  const context = KNOWN_CONTEXTS[url];
  if (!context) throw new RemoteContextError(url);
  return { documentUrl: url, document: { '@context': context } };
}
