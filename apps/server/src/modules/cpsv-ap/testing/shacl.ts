// For tests and scripts/validate-cpsv-ap.ts only: SHACL validation pulls in development packages.
import fs from 'node:fs/promises';
import path from 'node:path';
import rdf from '@zazuko/env';
import { Parser, type Quad } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { jsonLdQuads } from '../rdf/json-ld.ts';

/** The shapes the project's tests check exports against (our restatement of CPSV-AP 3.2.0). */
export const OWN_SHAPES = path.join(import.meta.dirname, '../shapes/cpsv-ap.shapes.ttl');

export interface ShaclViolation {
  focusNode: string;
  path: string | undefined;
  constraint: string;
  message: string;
}

/** The triples of a Turtle or JSON-LD document. */
export async function parseRdf(text: string, format: 'turtle' | 'json-ld'): Promise<Quad[]> {
  if (format === 'turtle') return new Parser().parse(text);
  return jsonLdQuads(JSON.parse(text));
}

export async function validateAgainst(shapesFile: string, quads: Quad[]): Promise<ShaclViolation[]> {
  const shapes = rdf.dataset(new Parser().parse(await fs.readFile(shapesFile, 'utf8')));
  const report = await new SHACLValidator(shapes, { factory: rdf }).validate(rdf.dataset(quads));
  return report.results.map((result) => ({
    focusNode: result.focusNode?.value ?? '',
    path: result.path?.value,
    constraint: result.sourceConstraintComponent?.value.replace('http://www.w3.org/ns/shacl#', 'sh:') ?? '',
    message: result.message.map((message) => message.value).join('; '),
  }));
}
