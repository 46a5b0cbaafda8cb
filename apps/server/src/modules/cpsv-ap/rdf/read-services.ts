import { createHash } from 'node:crypto';
import { BUSINESS_EVENTS } from '@saimnieks/contracts/reference/business-events';
import { type CodeListEntry, entryByUri } from '@saimnieks/contracts/reference/code-list';
import { SERVICE_LANGUAGES } from '@saimnieks/contracts/reference/languages';
import { LIFE_EVENTS } from '@saimnieks/contracts/reference/life-events';
import { MUNICIPALITIES } from '@saimnieks/contracts/reference/municipalities';
import { THEMES } from '@saimnieks/contracts/reference/themes';
import type { ServiceKind } from '@saimnieks/contracts/services';
import { DataFactory, type Quad, Store, type Term } from 'n3';
import {
  CLASS,
  type CompactIri,
  EURO,
  expand,
  iris,
  LATVIA,
  type LocalScheme,
  localCodeList,
  PROPERTY,
} from './vocabulary.ts';

const { namedNode } = DataFactory;

/** One thing wrong in an imported document: which service, which property, which rule. */
export interface ImportError {
  service: string;
  property: string;
  rule: string;
  message: string;
}

/** An organisation a document names: by what it could be matched with. */
export interface OrganisationReference {
  iri: string;
  /** Registration numbers, ids or other identifiers the document gives it. */
  keys: string[];
  names: string[];
}

/** A service a document links to: its identifier when the document or the address says it. */
export interface ServiceReference {
  iri: string;
  identifier: string | undefined;
}

type Texts = { lv?: string; en: string | null };
type NamedItem = { name: Texts; description: Texts | null };

/** A description as read from the document, before organisations and services are looked up. */
export interface DescriptionDraft {
  title: Texts;
  shortDescription: Texts;
  description: { lv: string; en: string | null };
  audience: string[];
  lifeEvents: string[];
  businessEvents: string[];
  themes: string[];
  keywords: { lv: string[]; en: string[] };
  languages?: string[];
  spatialCoverage: { nationwide: boolean; municipalities: string[] };
  legalBasis: { title: Texts; url: string | null; article: string | null }[];
  channels: Record<string, unknown>[];
  costs: Record<string, unknown>[];
  inputs: NamedItem[];
  outputs: NamedItem[];
  requirements: NamedItem[];
  rules: NamedItem[];
  contactPoints: Record<string, unknown>[];
  providers: { organisation: OrganisationReference | undefined; role: string | undefined; description: Texts | null }[];
  relatedServices: ServiceReference[];
  requiredServices: ServiceReference[];
}

/** One PublicService of a document. */
export interface ServiceCandidate {
  iri: string;
  /** What errors call the service: its identifier, or its address when it has none. */
  label: string;
  identifier: string | undefined;
  kind: ServiceKind | undefined;
  holder: OrganisationReference | undefined;
  draft: DescriptionDraft;
  /** Per list of the description, what errors call each item: its identifier or address. */
  itemLabels: Record<string, string[]>;
}

/** The content's fields and the CPSV-AP properties they come from, for naming errors. */
export const CONTENT_PROPERTIES: Record<string, { property: CompactIri; items?: Record<string, CompactIri> }> = {
  title: { property: PROPERTY.title },
  shortDescription: { property: PROPERTY.abstract },
  description: { property: PROPERTY.description },
  audience: { property: PROPERTY.audience },
  lifeEvents: { property: PROPERTY.isGroupedBy },
  businessEvents: { property: PROPERTY.isGroupedBy },
  themes: { property: PROPERTY.thematicArea },
  keywords: { property: PROPERTY.keyword },
  languages: { property: PROPERTY.language },
  spatialCoverage: { property: PROPERTY.spatial },
  legalBasis: {
    property: PROPERTY.legalResource,
    items: { title: PROPERTY.title, url: PROPERTY.page, article: PROPERTY.legalNumber },
  },
  channels: {
    property: PROPERTY.channel,
    items: {
      type: PROPERTY.channelType,
      name: PROPERTY.title,
      url: PROPERTY.page,
      address: PROPERTY.address,
      phone: PROPERTY.telephone,
      email: PROPERTY.email,
      openingHours: PROPERTY.openingHours,
      processingTime: PROPERTY.processingTime,
      wcagLevel: PROPERTY.conformsTo,
      physicalAccessibility: PROPERTY.accessibilitySummary,
    },
  },
  costs: {
    property: PROPERTY.cost,
    items: {
      kind: PROPERTY.costType,
      amount: PROPERTY.value,
      currency: PROPERTY.currency,
      description: PROPERTY.description,
      channelIds: PROPERTY.ifAccessedThrough,
      legalBasis: PROPERTY.legalResource,
    },
  },
  inputs: { property: PROPERTY.input, items: { name: PROPERTY.title, description: PROPERTY.description } },
  outputs: { property: PROPERTY.produces, items: { name: PROPERTY.title, description: PROPERTY.description } },
  requirements: { property: PROPERTY.requirement, items: { name: PROPERTY.title, description: PROPERTY.description } },
  rules: { property: PROPERTY.follows, items: { name: PROPERTY.title, description: PROPERTY.description } },
  contactPoints: {
    property: PROPERTY.contactPoint,
    items: {
      email: PROPERTY.email,
      phone: PROPERTY.telephone,
      url: PROPERTY.contactPage,
      openingHours: PROPERTY.openingHours,
    },
  },
  providers: {
    property: PROPERTY.participation,
    items: { organisationId: PROPERTY.participant, role: PROPERTY.role, description: PROPERTY.description },
  },
  relatedServices: { property: PROPERTY.relation },
  requiredServices: { property: PROPERTY.requires },
};

/**
 * Names a place in a description the way the document says it: `cv:hasChannel[<id>].cv:processingTime`,
 * `dct:title@lv`.
 */
export function propertyPath(candidate: ServiceCandidate, path: readonly PropertyKey[]): string {
  const [field, ...rest] = path.map(String);
  const known = field ? CONTENT_PROPERTIES[field] : undefined;
  if (!field || !known) return path.map(String).join('.');
  let text: string = known.property;
  let remaining = rest;
  if (known.items && remaining[0] !== undefined && /^\d+$/.test(remaining[0])) {
    const index = Number(remaining[0]);
    text += `[${candidate.itemLabels[field]?.[index] ?? index + 1}]`;
    const item = remaining[1];
    if (item !== undefined) text += `.${known.items[item] ?? item}`;
    remaining = remaining.slice(2);
  }
  for (const segment of remaining) {
    text +=
      segment === 'lv' || segment === 'en'
        ? `@${segment}`
        : /^\d+$/.test(segment)
          ? `[${Number(segment) + 1}]`
          : `.${segment}`;
  }
  return text;
}

/** A stable UUID from a name, so importing the same document twice gives the same channel ids. */
function uuidFrom(name: string) {
  const hex = createHash('sha256').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((Number.parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Orders items by their identifiers as numbers where they are numbers ("2" before "10"), then by address. */
const byIdentifier = (a: { key: string; iri: string }, b: { key: string; iri: string }) =>
  a.key.localeCompare(b.key, 'en', { numeric: true }) || a.iri.localeCompare(b.iri);

/**
 * Reads every PublicService of a document into a description draft. What cannot be read (an
 * unknown code, a value of the wrong kind) is an error naming the service and the property; the
 * rest of the checks are the description's own schema, run once references are resolved.
 */
export function readServices(quads: Quad[], publicUrl: string) {
  const store = new Store(quads);
  const errors: ImportError[] = [];
  const address = iris(publicUrl);
  const objects = (subject: Term, property: CompactIri) => store.getObjects(subject, namedNode(expand(property)), null);
  const isA = (subject: Term, name: CompactIri) =>
    store.countQuads(subject, namedNode(expand(PROPERTY.type)), namedNode(expand(name)), null) > 0;
  const localCodes = (scheme: LocalScheme) => localCodeList(publicUrl, scheme);

  const services = store
    .getSubjects(namedNode(expand(PROPERTY.type)), namedNode(expand(CLASS.PublicService)), null)
    .filter((subject) => subject.termType === 'NamedNode' || subject.termType === 'BlankNode');

  const literalValues = (subject: Term, property: CompactIri) =>
    objects(subject, property).flatMap((object) => (object.termType === 'Literal' ? [object] : []));
  const first = (subject: Term, property: CompactIri) => literalValues(subject, property)[0]?.value;
  const identifierOf = (subject: Term) => first(subject, PROPERTY.identifier);

  const candidates = services.map((node): ServiceCandidate => {
    const identifier = identifierOf(node);
    const label = identifier ?? node.value;
    const itemLabels: Record<string, string[]> = {};
    const fail = (property: string, rule: string, message: string) =>
      errors.push({ service: label, property, rule, message });

    /** Texts by language: Latvian, or untagged, and English; other languages are not kept. */
    const texts = (subject: Term, property: CompactIri, where: string): Texts | null => {
      const values = literalValues(subject, property);
      if (values.length === 0) return null;
      const pick = (language: 'lv' | 'en') => {
        const found = [
          ...new Set(
            values
              .filter((value) =>
                language === 'lv' ? value.language === 'lv' || value.language === '' : value.language === 'en',
              )
              .map((value) => value.value),
          ),
        ];
        if (found.length > 1) fail(`${where}@${language}`, 'single_value', 'has more than one value in this language');
        return found[0];
      };
      const lv = pick('lv');
      return { ...(lv === undefined ? {} : { lv }), en: pick('en') ?? null };
    };
    const plain = (subject: Term, property: CompactIri) => first(subject, property) ?? null;
    /** An address on the web, given as an IRI or as text. */
    const web = (subject: Term, property: CompactIri) => objects(subject, property)[0]?.value ?? null;
    /** An e-mail address or phone number, given as text or as a mailto: or tel: IRI. */
    const contact = (subject: Term, property: CompactIri) =>
      objects(subject, property)[0]?.value.replace(/^(mailto|tel):/i, '') ?? null;

    const coded = <Entry extends CodeListEntry>(
      list: readonly Entry[],
      values: Term[],
      where: string,
      listName: string,
    ) =>
      values.flatMap((value) => {
        const entry = entryByUri(list, value.value);
        if (entry) return [entry.code as Entry['code']];
        fail(where, 'unknown_code', `${value.value} is not in the ${listName} code list`);
        return [];
      });
    const localCode = (scheme: LocalScheme, value: Term | undefined, where: string) =>
      value === undefined ? undefined : coded(localCodes(scheme), [value], where, scheme)[0];

    /** The nodes a property links to, in the order of their identifiers, with what errors call them. */
    const items = (field: string, property: CompactIri) => {
      const nodes = objects(node, property)
        .map((item) => ({ item, key: identifierOf(item) ?? '', iri: item.value }))
        .sort(byIdentifier);
      itemLabels[field] = nodes.map(({ key, iri }) => key || iri);
      return nodes;
    };

    const organisation = (subject: Term | undefined): OrganisationReference | undefined => {
      if (!subject) return undefined;
      const keys = literalValues(subject, PROPERTY.identifier)
        .map((value) => value.value.trim())
        .filter(Boolean);
      if (subject.value.startsWith(address.organisationPrefix)) {
        keys.push(decodeURIComponent(subject.value.slice(address.organisationPrefix.length)));
      }
      const names = [...literalValues(subject, PROPERTY.prefLabel), ...literalValues(subject, PROPERTY.title)].map(
        (value) => value.value,
      );
      return { iri: subject.value, keys: [...new Set(keys)], names: [...new Set(names)] };
    };

    const serviceReferences = (...properties: CompactIri[]) =>
      properties
        .flatMap((property) => objects(node, property))
        .map((target): ServiceReference => {
          const described = isA(target, CLASS.PublicService) ? identifierOf(target) : undefined;
          const fromAddress = target.value.startsWith(address.servicePrefix)
            ? decodeURIComponent(target.value.slice(address.servicePrefix.length))
            : undefined;
          return { iri: target.value, identifier: described ?? fromAddress };
        })
        .filter((reference, index, all) => all.findIndex((other) => other.iri === reference.iri) === index);

    const holders = objects(node, PROPERTY.competentAuthority);
    if (holders.length > 1) {
      fail(PROPERTY.competentAuthority, 'single_value', 'a service has one competent authority in this product');
    }
    const kinds = objects(node, PROPERTY.classifiedBy).filter((value) =>
      localCodes('service-kind').some((entry) => entry.uri === value.value),
    );

    // Events: LifeEvent and BusinessEvent nodes whose type is a concept of the shared lists; our
    // own exports' event addresses and bare concepts are accepted as well.
    const lifeEvents: string[] = [];
    const businessEvents: string[] = [];
    for (const event of objects(node, PROPERTY.isGroupedBy)) {
      const types = [event, ...objects(event, PROPERTY.eventType)];
      const life = types.map((type) => entryByUri(LIFE_EVENTS, type.value)).find(Boolean);
      const business = types.map((type) => entryByUri(BUSINESS_EVENTS, type.value)).find(Boolean);
      const ownLife = event.value.startsWith(address.lifeEvent(''))
        ? LIFE_EVENTS.find((entry) => address.lifeEvent(entry.code) === event.value)
        : undefined;
      const ownBusiness = event.value.startsWith(address.businessEvent(''))
        ? BUSINESS_EVENTS.find((entry) => address.businessEvent(entry.code) === event.value)
        : undefined;
      if (life ?? ownLife) lifeEvents.push((life ?? ownLife)?.code as string);
      else if (business ?? ownBusiness) businessEvents.push((business ?? ownBusiness)?.code as string);
      else
        fail(
          PROPERTY.isGroupedBy,
          'unknown_code',
          `${event.value} is no life event or business event of the code lists`,
        );
    }

    const themeValues = [...objects(node, PROPERTY.thematicArea), ...objects(node, PROPERTY.functionsOfGovernment)];

    const spatial = objects(node, PROPERTY.spatial);
    const municipalities = coded(
      MUNICIPALITIES,
      spatial.filter((value) => value.value !== LATVIA),
      PROPERTY.spatial,
      'municipalities (ATVK)',
    );
    const nationwide = spatial.some((value) => value.value === LATVIA);

    const legalBasis = items('legalBasis', PROPERTY.legalResource).map(({ item, key }) => ({
      title: texts(item, PROPERTY.title, `${PROPERTY.legalResource}[${key || item.value}].${PROPERTY.title}`) ?? {
        en: null,
      },
      // A legal resource named by its own web address (an ELI) is its address.
      url:
        web(item, PROPERTY.page) ??
        (/^https?:/.test(item.value) && !item.value.startsWith(address.servicePrefix) ? item.value : null),
      article: plain(item, PROPERTY.legalNumber),
    }));

    const channelIds = new Map<string, string>();
    const channels = items('channels', PROPERTY.channel).map(({ item, key }) => {
      const where = `${PROPERTY.channel}[${key || item.value}]`;
      const id = UUID.test(key) ? key.toLowerCase() : uuidFrom(`${label}/${key || item.value}`);
      channelIds.set(item.value, id);
      const place = objects(item, PROPERTY.address)[0];
      const hours = objects(item, PROPERTY.openingHours)[0];
      return {
        id,
        type: localCode('channel-type', objects(item, PROPERTY.channelType)[0], `${where}.${PROPERTY.channelType}`),
        name: texts(item, PROPERTY.title, `${where}.${PROPERTY.title}`),
        url: web(item, PROPERTY.page),
        address: place ? (first(place, PROPERTY.fullAddress) ?? null) : null,
        phone: contact(item, PROPERTY.telephone),
        email: contact(item, PROPERTY.email),
        openingHours: hours ? texts(hours, PROPERTY.description, `${where}.${PROPERTY.openingHours}`) : null,
        processingTime: plain(item, PROPERTY.processingTime),
        wcagLevel:
          localCode('wcag-level', objects(item, PROPERTY.conformsTo)[0], `${where}.${PROPERTY.conformsTo}`) ?? null,
        physicalAccessibility: texts(item, PROPERTY.accessibilitySummary, `${where}.${PROPERTY.accessibilitySummary}`),
      };
    });

    const costNodes = items('costs', PROPERTY.cost).map(({ item, key }) => {
      const where = `${PROPERTY.cost}[${key || item.value}]`;
      const value = first(item, PROPERTY.value);
      const amount = value === undefined ? undefined : Number(value);
      const currency = objects(item, PROPERTY.currency)[0]?.value;
      const basis = objects(item, PROPERTY.legalResource)[0];
      const channel = objects(item, PROPERTY.ifAccessedThrough)[0];
      if (channel && !channelIds.has(channel.value)) {
        fail(
          `${where}.${PROPERTY.ifAccessedThrough}`,
          'unknown_channel',
          `${channel.value} is no channel of this service`,
        );
      }
      return {
        key,
        cost: {
          kind:
            localCode('cost-kind', objects(item, PROPERTY.costType)[0], `${where}.${PROPERTY.costType}`) ??
            (amount === 0 ? 'free' : 'fee'),
          amount,
          currency: currency === undefined || currency === EURO ? 'EUR' : currency.split('/').at(-1),
          description: texts(item, PROPERTY.description, `${where}.${PROPERTY.description}`),
          channelIds: channel && channelIds.has(channel.value) ? [channelIds.get(channel.value) as string] : [],
          legalBasis: basis ? texts(basis, PROPERTY.title, `${where}.${PROPERTY.legalResource}`) : null,
        },
      };
    });
    // A cost split per channel on export (`2.1`, `2.2`) becomes one cost again.
    const group = (key: string) => /^(\d+)\.\d+$/.exec(key)?.[1];
    const withoutChannels = (cost: (typeof costNodes)[number]['cost']) => JSON.stringify({ ...cost, channelIds: [] });
    const costs: (typeof costNodes)[number]['cost'][] = [];
    const costLabels: string[] = [];
    costNodes.forEach(({ key, cost }, index) => {
      const previous = costNodes[index - 1];
      const last = costs.at(-1);
      const continues =
        last !== undefined &&
        previous !== undefined &&
        group(key) !== undefined &&
        group(key) === group(previous.key) &&
        withoutChannels(previous.cost) === withoutChannels(cost);
      if (continues) last.channelIds.push(...cost.channelIds);
      else {
        costs.push({ ...cost, channelIds: [...cost.channelIds] });
        costLabels.push(itemLabels.costs?.[index] ?? String(index + 1));
      }
    });
    itemLabels.costs = costLabels;

    const named = (field: string, property: CompactIri, { fallbackIsName = false } = {}) =>
      items(field, property).map(({ item, key }) => {
        const where = `${property}[${key || item.value}]`;
        const name = texts(item, PROPERTY.title, `${where}.${PROPERTY.title}`) ?? { en: null };
        const description = texts(item, PROPERTY.description, `${where}.${PROPERTY.description}`);
        // Our exports repeat a Rule's name as its description when it has none.
        const repeatsName = fallbackIsName && description?.lv === name.lv && description?.en === name.en;
        return { name, description: repeatsName ? null : description };
      });

    const contactPoints = items('contactPoints', PROPERTY.contactPoint).map(({ item, key }) => {
      const hours = objects(item, PROPERTY.openingHours)[0];
      return {
        email: contact(item, PROPERTY.email),
        phone: contact(item, PROPERTY.telephone),
        url: web(item, PROPERTY.contactPage),
        openingHours: hours
          ? texts(
              hours,
              PROPERTY.description,
              `${PROPERTY.contactPoint}[${key || item.value}].${PROPERTY.openingHours}`,
            )
          : null,
      };
    });

    const roles = localCodes('participation-role');
    const providers = items('providers', PROPERTY.participation).map(({ item, key }) => {
      const where = `${PROPERTY.participation}[${key || item.value}]`;
      const role = localCode('participation-role', objects(item, PROPERTY.role)[0], `${where}.${PROPERTY.role}`);
      const description = texts(item, PROPERTY.description, `${where}.${PROPERTY.description}`);
      const roleNames = roles.find((entry) => entry.code === role);
      // Our exports give a participation its role's name as description when it has none.
      const repeatsRole = roleNames && description?.lv === roleNames.lv && description?.en === roleNames.en;
      return {
        organisation: organisation(objects(item, PROPERTY.participant)[0]),
        role,
        description: repeatsRole ? null : description,
      };
    });

    const title = texts(node, PROPERTY.title, PROPERTY.title) ?? { en: null };
    const abstract = texts(node, PROPERTY.abstract, PROPERTY.abstract);
    const description = texts(node, PROPERTY.description, PROPERTY.description);
    // Our exports carry the short description as dct:abstract and repeat it as dct:description
    // when there is no full one; documents without dct:abstract have only the one description.
    const full = (language: 'lv' | 'en') =>
      abstract && description?.[language] !== abstract[language] ? (description?.[language] ?? null) : null;

    const languageValues = objects(node, PROPERTY.language);
    return {
      iri: node.value,
      label,
      identifier,
      kind: kinds[0] ? localCode('service-kind', kinds[0], PROPERTY.classifiedBy) : undefined,
      holder: organisation(holders[0]),
      itemLabels,
      draft: {
        title,
        shortDescription: abstract ?? description ?? { en: null },
        description: { lv: full('lv') ?? '', en: full('en') },
        audience: coded(localCodes('audience'), objects(node, PROPERTY.audience), PROPERTY.audience, 'audience'),
        lifeEvents,
        businessEvents,
        themes: coded(THEMES, themeValues, PROPERTY.thematicArea, 'themes (COFOG)'),
        keywords: {
          lv: literalValues(node, PROPERTY.keyword)
            .filter((value) => value.language === 'lv' || value.language === '')
            .map((value) => value.value),
          en: literalValues(node, PROPERTY.keyword)
            .filter((value) => value.language === 'en')
            .map((value) => value.value),
        },
        ...(languageValues.length > 0
          ? { languages: coded(SERVICE_LANGUAGES, languageValues, PROPERTY.language, 'languages') }
          : {}),
        spatialCoverage:
          spatial.length === 0 ? { nationwide: true, municipalities: [] } : { nationwide, municipalities },
        legalBasis,
        channels,
        costs,
        inputs: named('inputs', PROPERTY.input),
        outputs: named('outputs', PROPERTY.produces),
        requirements: named('requirements', PROPERTY.requirement),
        rules: named('rules', PROPERTY.follows, { fallbackIsName: true }),
        contactPoints,
        providers,
        relatedServices: serviceReferences(PROPERTY.relation, PROPERTY.relatedService),
        requiredServices: serviceReferences(PROPERTY.requires),
      },
    };
  });
  return { candidates, errors };
}
