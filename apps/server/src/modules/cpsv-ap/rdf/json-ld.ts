import jsonld from 'jsonld';
import { DataFactory, type Quad } from 'n3';
import { documentLoader } from './contexts.ts';

const { namedNode, blankNode, literal, quad, defaultGraph } = DataFactory;

type JsonLdTerm = { termType: string; value: string; language?: string; datatype?: { value: string } };

const toTerm = (term: JsonLdTerm) => {
  if (term.termType === 'BlankNode') return blankNode(term.value.replace(/^_:/, ''));
  if (term.termType === 'Literal') {
    return literal(term.value, term.language || (term.datatype ? namedNode(term.datatype.value) : undefined));
  }
  return namedNode(term.value);
};

/**
 * The triples of a JSON-LD document (named graphs merged into one). Contexts come from memory
 * only (contexts.ts): a document naming an unknown remote context fails with RemoteContextError
 * among the causes of the processor's error.
 */
export async function jsonLdQuads(document: unknown): Promise<Quad[]> {
  const parsed = (await jsonld.toRDF(document as jsonld.JsonLdDocument, { documentLoader })) as unknown as {
    subject: JsonLdTerm;
    predicate: JsonLdTerm;
    object: JsonLdTerm;
  }[];
  return parsed.map((entry) =>
    quad(
      toTerm(entry.subject) as ReturnType<typeof namedNode>,
      namedNode(entry.predicate.value),
      toTerm(entry.object),
      defaultGraph(),
    ),
  );
}
