import { type Quad, Writer } from 'n3';
import { compact, NS, XSD_STRING } from './vocabulary.ts';

export type RdfFormat = 'json-ld' | 'turtle';

export const MEDIA_TYPES: Record<RdfFormat, string> = {
  'json-ld': 'application/ld+json',
  turtle: 'text/turtle',
};

/** The context of the documents we write: our prefixes, so properties read as `dct:title`. */
export const OUTPUT_CONTEXT = Object.fromEntries(Object.entries(NS).filter(([prefix]) => prefix !== 'rdf'));

const RDF_TYPE = `${NS.rdf}type`;

/** Quads grouped by subject, in the order the subjects first appear. */
function bySubject(quads: Quad[]) {
  const groups = new Map<string, Quad[]>();
  for (const entry of quads) {
    const group = groups.get(entry.subject.value);
    if (group) group.push(entry);
    else groups.set(entry.subject.value, [entry]);
  }
  return groups;
}

const json = JSON.stringify;

function jsonLdValue(object: Quad['object']): string {
  if (object.termType === 'NamedNode') return `{"@id":${json(object.value)}}`;
  if (object.termType !== 'Literal') throw new Error(`Cannot write a ${object.termType} object`);
  if (object.language) return `{"@value":${json(object.value)},"@language":${json(object.language)}}`;
  if (object.datatype.value === XSD_STRING) return json(object.value);
  return `{"@value":${json(object.value)},"@type":${json(compact(object.datatype.value))}}`;
}

/**
 * One flattened JSON-LD node object per subject, as `@graph` entries. Written as text straight
 * from the quads: a whole catalogue passes through here, and objects built only to be stringified
 * would double the garbage.
 */
function nodeObjects(quads: Quad[]) {
  return [...bySubject(quads)].map(([subject, group]) => {
    const types: string[] = [];
    const properties = new Map<string, string[]>();
    for (const { predicate, object } of group) {
      if (predicate.value === RDF_TYPE) {
        types.push(json(compact(object.value)));
        continue;
      }
      const key = compact(predicate.value);
      const values = properties.get(key);
      if (values) values.push(jsonLdValue(object));
      else properties.set(key, [jsonLdValue(object)]);
    }
    let text = `{"@id":${json(subject)}`;
    if (types.length > 0) text += `,"@type":[${types.join(',')}]`;
    for (const [key, values] of properties) text += `,${json(key)}:[${values.join(',')}]`;
    return `${text}}`;
  });
}

/**
 * Writes one RDF document piece by piece: `start`, then `write` for each batch of quads (a batch
 * holds every quad of its subjects), then `end`. Each returns the text to send next.
 */
export interface DocumentWriter {
  start(): string;
  write(quads: Quad[]): string;
  end(): Promise<string>;
}

export function jsonLdWriter(): DocumentWriter {
  let first = true;
  return {
    start: () => `{"@context":${JSON.stringify(OUTPUT_CONTEXT)},"@graph":[\n`,
    write(quads) {
      const nodes = nodeObjects(quads);
      if (nodes.length === 0) return '';
      const text = nodes.join(',\n');
      const separator = first ? '' : ',\n';
      first = false;
      return separator + text;
    },
    end: async () => '\n]}\n',
  };
}

export function turtleWriter(): DocumentWriter {
  let pending = '';
  const sink = {
    write(chunk: string, _encoding?: string, done?: () => void) {
      pending += chunk;
      done?.();
    },
    end(done?: () => void) {
      done?.();
    },
  };
  const writer = new Writer(sink, { prefixes: OUTPUT_CONTEXT, end: false });
  const take = () => {
    const text = pending;
    pending = '';
    return text;
  };
  return {
    start: take,
    write(quads) {
      for (const group of bySubject(quads).values()) writer.addQuads(group);
      return take();
    },
    end: () => new Promise((resolve, reject) => writer.end((error) => (error ? reject(error) : resolve(take())))),
  };
}

export const writerFor = (format: RdfFormat) => (format === 'turtle' ? turtleWriter() : jsonLdWriter());
