import { BUSINESS_EVENTS } from '@saimnieks/contracts/reference/business-events';
import type { CodeListEntry } from '@saimnieks/contracts/reference/code-list';
import { SERVICE_LANGUAGES } from '@saimnieks/contracts/reference/languages';
import { LIFE_EVENTS } from '@saimnieks/contracts/reference/life-events';
import { MUNICIPALITIES } from '@saimnieks/contracts/reference/municipalities';
import { THEMES } from '@saimnieks/contracts/reference/themes';
import {
  type Cost,
  cpsvStatusOf,
  type ServiceDescriptionContent,
  type ServiceKind,
  type Stage,
} from '@saimnieks/contracts/services';
import { DataFactory, type Quad, type Quad_Object } from 'n3';
import {
  CLASS,
  type CompactIri,
  EURO,
  expand,
  iris,
  LATVIA,
  LATVIA_LABELS,
  type LocalScheme,
  localCodeList,
  PROPERTY,
  schemeIri,
  XSD_DOUBLE,
  XSD_DURATION,
} from './vocabulary.ts';

const { namedNode, literal, quad } = DataFactory;

type Texts = { lv: string; en: string | null };

/** An organisation as the export names it: the holder of a service or a participant. */
export interface OrganisationInfo {
  id: string;
  kind: string;
  registrationNumber: string | null;
  names: Texts;
  atuCode: string | null;
}

/** One published service with what its description does not hold itself. */
export interface ExportedService {
  identifier: string;
  kind: ServiceKind;
  stage: Stage;
  holder: OrganisationInfo;
  content: ServiceDescriptionContent;
}

/** What a description refers to by id: other organisations and other services. */
export interface GraphReferences {
  organisation(id: string): OrganisationInfo | undefined;
  /** The identifier of a service the document may link to; undefined drops the link. */
  serviceIdentifier(id: string): string | undefined;
}

/** The canonical xsd:double form (`7.0E1`), the one JSON-LD processors write: both formats say the same. */
const canonicalDouble = (value: number) => value.toExponential(15).replace(/(\d)0*e\+?/, '$1E');

/** The number of a list item as its identifier: the import restores the order from it. */
const position = (index: number) => String(index + 1);

/**
 * A cost applies to all channels or to some; CPSV-AP links a Cost to at most one channel, so a
 * cost for several channels becomes one Cost per channel, numbered `n.1`, `n.2`... for the
 * import to put back together.
 */
export function costParts(cost: Cost, index: number): { identifier: string; channelId: string | null }[] {
  if (cost.channelIds.length <= 1) return [{ identifier: position(index), channelId: cost.channelIds[0] ?? null }];
  return cost.channelIds.map((channelId, part) => ({ identifier: `${position(index)}.${part + 1}`, channelId }));
}

/**
 * The RDF graph of one service as CPSV-AP 3.2.0 describes it. Things several services share
 * (organisations, events, concepts) are described once per document: `described` remembers
 * them across the services of one export.
 */
export function serviceGraph(
  publicUrl: string,
  service: ExportedService,
  references: GraphReferences,
  described: Set<string> = new Set(),
): Quad[] {
  const quads: Quad[] = [];
  const address = iris(publicUrl);
  const add = (subject: string, property: CompactIri, object: Quad_Object) =>
    quads.push(quad(namedNode(subject), namedNode(expand(property)), object));
  const link = (subject: string, property: CompactIri, object: string) => add(subject, property, namedNode(object));
  const typed = (subject: string, ...classes: CompactIri[]) => {
    for (const name of classes) link(subject, PROPERTY.type, expand(name));
  };
  const texts = (subject: string, property: CompactIri, value: Texts | null) => {
    if (!value) return;
    add(subject, property, literal(value.lv, 'lv'));
    if (value.en !== null) add(subject, property, literal(value.en, 'en'));
  };
  const plain = (subject: string, property: CompactIri, value: string | null) => {
    if (value !== null) add(subject, property, literal(value));
  };
  /** Runs `describe` for a shared node the first time the document mentions it. */
  const once = (iri: string, describe: () => void) => {
    if (described.has(iri)) return;
    described.add(iri);
    describe();
  };
  const concept = (entry: CodeListEntry, ...classes: CompactIri[]) => {
    once(entry.uri, () => {
      typed(entry.uri, CLASS.Concept, ...classes);
      texts(entry.uri, PROPERTY.prefLabel, entry);
    });
    return entry.uri;
  };
  const localConcept = (scheme: LocalScheme, code: string) => {
    const entry = localCodeList(publicUrl, scheme).find((candidate) => candidate.code === code);
    if (!entry) throw new Error(`No ${scheme} concept ${code}`);
    once(entry.uri, () => {
      typed(entry.uri, CLASS.Concept);
      texts(entry.uri, PROPERTY.prefLabel, entry);
      link(entry.uri, PROPERTY.inScheme, schemeIri(publicUrl, scheme));
    });
    return entry.uri;
  };
  /** The entries of stored codes; a code its list has dropped since (a merged municipality) is left out. */
  const listed = <Entry extends CodeListEntry>(list: readonly Entry[], codes: readonly string[]) =>
    codes.flatMap((code) => list.find((candidate) => candidate.code === code) ?? []);
  const latvia = () => concept({ code: 'LVA', uri: LATVIA, ...LATVIA_LABELS }, CLASS.Location);

  const organisation = (info: OrganisationInfo) => {
    const iri = address.organisation(info.registrationNumber ?? info.id);
    once(iri, () => {
      // Typed as an Agent too: a participation's participant must be one.
      typed(iri, CLASS.PublicOrganisation, CLASS.Agent);
      plain(iri, PROPERTY.identifier, info.registrationNumber ?? info.id);
      texts(iri, PROPERTY.prefLabel, info.names);
      texts(iri, PROPERTY.title, info.names);
      const municipality = info.kind === 'municipality' && MUNICIPALITIES.find((entry) => entry.code === info.atuCode);
      link(iri, PROPERTY.spatial, municipality ? concept(municipality, CLASS.Location) : latvia());
    });
    return iri;
  };

  const { content } = service;
  const s = address.service(service.identifier);
  const part = (kind: string, key: string) => `${s}/${kind}/${encodeURIComponent(key)}`;

  typed(s, CLASS.PublicService);
  plain(s, PROPERTY.identifier, service.identifier);
  texts(s, PROPERTY.title, content.title);
  texts(s, PROPERTY.abstract, content.shortDescription);
  // dct:description is mandatory: the full description where there is one, else the short one.
  texts(s, PROPERTY.description, {
    lv: content.description.lv || content.shortDescription.lv,
    en: content.description.en || content.shortDescription.en,
  });
  link(s, PROPERTY.competentAuthority, organisation(service.holder));
  link(s, PROPERTY.classifiedBy, localConcept('service-kind', service.kind));
  link(s, PROPERTY.status, localConcept('status', cpsvStatusOf(service.stage)));
  for (const audience of content.audience) link(s, PROPERTY.audience, localConcept('audience', audience));

  const events = [
    ...listed(LIFE_EVENTS, content.lifeEvents).map((entry) => ({
      iri: address.lifeEvent(entry.code),
      entry,
      kind: CLASS.LifeEvent,
    })),
    ...listed(BUSINESS_EVENTS, content.businessEvents).map((entry) => ({
      iri: address.businessEvent(entry.code),
      entry,
      kind: CLASS.BusinessEvent,
    })),
  ];
  for (const event of events) {
    once(event.iri, () => {
      typed(event.iri, CLASS.Event, event.kind);
      plain(event.iri, PROPERTY.identifier, event.entry.code);
      texts(event.iri, PROPERTY.title, event.entry);
      link(event.iri, PROPERTY.eventType, concept(event.entry));
    });
    link(s, PROPERTY.isGroupedBy, event.iri);
  }
  for (const theme of listed(THEMES, content.themes)) link(s, PROPERTY.thematicArea, concept(theme));
  for (const keyword of content.keywords.lv) add(s, PROPERTY.keyword, literal(keyword, 'lv'));
  for (const keyword of content.keywords.en) add(s, PROPERTY.keyword, literal(keyword, 'en'));
  for (const language of listed(SERVICE_LANGUAGES, content.languages)) {
    link(s, PROPERTY.language, concept(language, CLASS.LinguisticSystem));
  }
  if (content.spatialCoverage.nationwide) link(s, PROPERTY.spatial, latvia());
  for (const territory of listed(MUNICIPALITIES, content.spatialCoverage.municipalities)) {
    link(s, PROPERTY.spatial, concept(territory, CLASS.Location));
  }

  content.legalBasis.forEach((act, index) => {
    const iri = part('legal-resource', position(index));
    typed(iri, CLASS.LegalResource);
    plain(iri, PROPERTY.identifier, position(index));
    texts(iri, PROPERTY.title, act.title);
    if (act.url) link(iri, PROPERTY.page, act.url);
    plain(iri, PROPERTY.legalNumber, act.article);
    link(s, PROPERTY.legalResource, iri);
  });

  const channelIri = (id: string) => part('channel', id);
  for (const channel of content.channels) {
    const iri = channelIri(channel.id);
    typed(iri, CLASS.Channel);
    plain(iri, PROPERTY.identifier, channel.id);
    link(iri, PROPERTY.channelType, localConcept('channel-type', channel.type));
    texts(iri, PROPERTY.title, channel.name);
    if (channel.url) link(iri, PROPERTY.page, channel.url);
    if (channel.address) {
      const place = `${iri}/address`;
      typed(place, CLASS.Address);
      add(place, PROPERTY.fullAddress, literal(channel.address, 'lv'));
      link(iri, PROPERTY.address, place);
    }
    plain(iri, PROPERTY.telephone, channel.phone);
    plain(iri, PROPERTY.email, channel.email);
    if (channel.openingHours) {
      const hours = `${iri}/opening-hours`;
      typed(hours, CLASS.TemporalEntity);
      texts(hours, PROPERTY.description, channel.openingHours);
      link(iri, PROPERTY.openingHours, hours);
    }
    if (channel.processingTime)
      add(iri, PROPERTY.processingTime, literal(channel.processingTime, namedNode(XSD_DURATION)));
    if (channel.wcagLevel) link(iri, PROPERTY.conformsTo, localConcept('wcag-level', channel.wcagLevel));
    texts(iri, PROPERTY.accessibilitySummary, channel.physicalAccessibility);
    link(s, PROPERTY.channel, iri);
  }

  content.costs.forEach((cost, index) => {
    for (const { identifier, channelId } of costParts(cost, index)) {
      const iri = part('cost', identifier);
      typed(iri, CLASS.Cost);
      plain(iri, PROPERTY.identifier, identifier);
      link(iri, PROPERTY.costType, localConcept('cost-kind', cost.kind));
      add(iri, PROPERTY.value, literal(canonicalDouble(cost.amount), namedNode(XSD_DOUBLE)));
      link(iri, PROPERTY.currency, concept({ code: 'EUR', uri: EURO, lv: 'Eiro', en: 'Euro' }));
      texts(iri, PROPERTY.description, cost.description);
      if (channelId) link(iri, PROPERTY.ifAccessedThrough, channelIri(channelId));
      if (cost.legalBasis) {
        const basis = `${iri}/legal-resource`;
        typed(basis, CLASS.LegalResource);
        texts(basis, PROPERTY.title, cost.legalBasis);
        link(iri, PROPERTY.legalResource, basis);
      }
      link(s, PROPERTY.cost, iri);
    }
  });

  const namedItems = (
    items: { name: Texts; description: Texts | null }[],
    kind: string,
    itemClass: CompactIri,
    property: CompactIri,
    { descriptionRequired = false } = {},
  ) =>
    items.forEach((item, index) => {
      const iri = part(kind, position(index));
      typed(iri, itemClass);
      plain(iri, PROPERTY.identifier, position(index));
      texts(iri, PROPERTY.title, item.name);
      // A Rule must have a description: its name stands in when it has none.
      texts(iri, PROPERTY.description, item.description ?? (descriptionRequired ? item.name : null));
      link(s, property, iri);
    });
  namedItems(content.inputs, 'input', CLASS.Evidence, PROPERTY.input);
  namedItems(content.outputs, 'output', CLASS.Output, PROPERTY.produces);
  namedItems(content.requirements, 'requirement', CLASS.Requirement, PROPERTY.requirement);
  namedItems(content.rules, 'rule', CLASS.Rule, PROPERTY.follows, { descriptionRequired: true });

  content.contactPoints.forEach((point, index) => {
    const iri = part('contact-point', position(index));
    typed(iri, CLASS.ContactPoint);
    plain(iri, PROPERTY.identifier, position(index));
    plain(iri, PROPERTY.email, point.email);
    plain(iri, PROPERTY.telephone, point.phone);
    if (point.url) {
      once(point.url, () => typed(point.url as string, CLASS.Document));
      link(iri, PROPERTY.contactPage, point.url);
    }
    if (point.openingHours) {
      const hours = `${iri}/opening-hours`;
      typed(hours, CLASS.TemporalEntity);
      texts(hours, PROPERTY.description, point.openingHours);
      link(iri, PROPERTY.openingHours, hours);
    }
    link(s, PROPERTY.contactPoint, iri);
  });

  content.providers.forEach((provider, index) => {
    const participant = references.organisation(provider.organisationId);
    if (!participant) return;
    const iri = part('participation', position(index));
    const role = localConcept('participation-role', provider.role);
    typed(iri, CLASS.Participation);
    plain(iri, PROPERTY.identifier, position(index));
    link(iri, PROPERTY.role, role);
    link(iri, PROPERTY.participant, organisation(participant));
    // A Participation must have a description: the role's name stands in when it has none.
    const roleNames = localCodeList(publicUrl, 'participation-role').find((entry) => entry.uri === role);
    texts(iri, PROPERTY.description, provider.description ?? (roleNames as Texts));
    link(s, PROPERTY.participation, iri);
  });

  const services = (ids: string[], property: CompactIri) => {
    for (const id of ids) {
      const identifier = references.serviceIdentifier(id);
      if (identifier) link(s, property, address.service(identifier));
    }
  };
  services(content.relatedServices, PROPERTY.relation);
  services(content.requiredServices, PROPERTY.requires);
  return quads;
}
