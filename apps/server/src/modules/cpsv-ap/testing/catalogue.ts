import type { Stage } from '@saimnieks/contracts/services';
import { type Quad, Writer } from 'n3';
import type { Database } from '../../../platform/db/database.ts';
import { builders } from '../../../testing/builders.ts';
import { fullDescription } from './full-description.ts';

export const PUBLIC_URL = 'https://pakalpojumi.example.lv';

/** The organisations of the exchange tests; an import matches them by registration number. */
export async function exchangeOrganisations(database: Database) {
  const make = builders(database);
  const riga = await make.organisation('municipality', undefined, {
    names: { lv: 'Rīgas valstspilsētas pašvaldība', en: 'Riga City Council' },
    shortName: 'RD',
    registrationNumber: '90011524360',
    atuCode: '0001000',
  });
  const sector = await make.organisation('sector', undefined, { names: { lv: 'Tieslietu nozare', en: null } });
  const landService = await make.organisation('institution', sector.id, {
    names: { lv: 'Valsts zemes dienests', en: 'State Land Service' },
    shortName: 'VZD',
    registrationNumber: '90000050138',
  });
  return { riga, sector, landService };
}

/**
 * Three published services of Riga: a building permit described in full, which requires a
 * boundary plan and relates to a construction consultation.
 */
export async function exchangeCatalogue(database: Database, { stage }: { stage?: Stage } = {}) {
  const make = builders(database);
  const organisations = await exchangeOrganisations(database);
  const { riga, landService } = organisations;
  const plan = await make.publishedService({
    holderId: riga.id,
    ...(stage ? { stage } : {}),
    content: {
      title: { lv: 'Zemes robežu plāna izsniegšana', en: null },
      shortDescription: { lv: 'Izsniedz zemes vienības robežu plānu.', en: null },
      legalBasis: [{ title: { lv: 'Zemes ierīcības likums', en: null }, url: 'https://likumi.lv/ta/id/163647' }],
    },
  });
  const consultation = await make.publishedService({
    holderId: riga.id,
    ...(stage ? { stage } : {}),
    content: {
      title: { lv: 'Būvvaldes konsultācija', en: 'Building board consultation' },
      shortDescription: { lv: 'Konsultācija par būvniecības iecerēm.', en: 'Advice on construction plans.' },
    },
  });
  const permit = await make.publishedService({
    holderId: riga.id,
    ...(stage ? { stage } : {}),
    content: fullDescription({
      providerId: landService.id,
      relatedServiceId: consultation.id,
      requiredServiceId: plan.id,
    }),
  });
  return { ...organisations, plan, consultation, permit };
}

/** A graph as sorted N-Quads: equal strings mean equal graphs (no blank nodes in our exports). */
export const sortedNQuads = (quads: Quad[]) =>
  [...new Set(new Writer({ format: 'N-Quads' }).quadsToString(quads).split('\n').filter(Boolean))].sort().join('\n');
