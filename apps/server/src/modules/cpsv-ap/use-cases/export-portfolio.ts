import type { PortfolioExportQuery } from '@saimnieks/contracts/cpsv-ap';
import type { Language } from '@saimnieks/contracts/language';
import type { Priority, ServiceSummary, Stage } from '@saimnieks/contracts/services';
import type { Kysely } from 'kysely';
import writeXlsxFile, { type Row } from 'write-excel-file/node';
import type { Principal } from '../../../platform/auth/principal.ts';
import { type Clock, rigaDay } from '../../../platform/clock.ts';
import type { DB } from '../../../platform/db/database.ts';
import { makeReadServices, type ServiceListFilter } from '../../services/index.ts';
import { managementDegrees } from '../cpsv-ap.repository.ts';
import { LOCAL_SCHEMES } from '../rdf/vocabulary.ts';

type Labels = { lv: string; en: string };

const COLUMNS = {
  identifier: { lv: 'Identifikators', en: 'Identifier' },
  title: { lv: 'Nosaukums', en: 'Title' },
  holder: { lv: 'Pakalpojuma turētājs', en: 'Holder' },
  kind: { lv: 'Veids', en: 'Kind' },
  stage: { lv: 'Dzīves cikla posms', en: 'Lifecycle stage' },
  priority: { lv: 'Prioritāte', en: 'Priority' },
  managementDegree: { lv: 'Pārvaldības pakāpe', en: 'Management degree' },
  owners: { lv: 'Pakalpojuma īpašnieki', en: 'Service owners' },
  publishedVersion: { lv: 'Publicētā versija', en: 'Published version' },
  reviewBy: { lv: 'Pārskatīt līdz', en: 'Review by' },
} satisfies Record<string, Labels>;
type Column = keyof typeof COLUMNS;

// The stage names of the service management model, without their parenthesised additions.
const STAGES: Record<Stage, Labels> = {
  planning: { lv: 'Plānošana', en: 'Planning' },
  creation: { lv: 'Izveide', en: 'Creation' },
  introduction: { lv: 'Ieviešana', en: 'Introduction' },
  delivery: { lv: 'Sniegšana', en: 'Delivery' },
  maintenance: { lv: 'Uzturēšana', en: 'Maintenance' },
  liquidation: { lv: 'Likvidēšana', en: 'Liquidation' },
};

const PRIORITIES: Record<Priority, Labels> = {
  high: { lv: 'Augsta', en: 'High' },
  medium: { lv: 'Vidēja', en: 'Medium' },
  low: { lv: 'Zema', en: 'Low' },
};

const PAGE = 500;

/** Spreadsheets run a cell that starts like a formula; a leading apostrophe makes it text. */
export const neutralised = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

const csvCell = (cell: string | number | null) =>
  `"${neutralised(cell === null ? '' : String(cell)).replaceAll('"', '""')}"`;

/**
 * The portfolio list the caller may see, with the list's filters, as CSV or XLSX. The CSV is
 * UTF-8 with a byte order mark and semicolons, as spreadsheet programs in Latvia open it.
 */
export function makeExportPortfolio({ db, clock }: { db: Kysely<DB>; clock: Clock }) {
  const read = makeReadServices({ db, clock });

  async function* services(principal: Principal, filter: ServiceListFilter, language: Language) {
    for (let offset = 0; ; offset += PAGE) {
      const { items, total } = await read.list(principal, filter, { limit: PAGE, offset }, language);
      yield* items;
      if (offset + PAGE >= total || items.length === 0) return;
    }
  }

  return async function exportPortfolio(
    principal: Principal,
    { format, lang: _lang, ...filter }: PortfolioExportQuery,
    language: Language,
  ) {
    const degrees = new Map((await managementDegrees(db)).map((degree) => [degree.code, degree.names]));
    const cells = (service: ServiceSummary): Record<Column, string | number | null> => ({
      identifier: service.identifier,
      title: service.title,
      holder: service.holder.name,
      kind: LOCAL_SCHEMES['service-kind'][service.kind][language],
      stage: STAGES[service.stage][language],
      priority: PRIORITIES[service.priority][language],
      managementDegree: service.managementDegree
        ? ((language === 'en' ? degrees.get(service.managementDegree)?.en : null) ??
          degrees.get(service.managementDegree)?.lv ??
          service.managementDegree)
        : null,
      owners: service.owners.map((owner) => owner.name).join(', '),
      publishedVersion: service.publishedVersion,
      reviewBy: service.reviewBy,
    });
    const columns = Object.keys(COLUMNS) as Column[];
    const header = columns.map((column) => COLUMNS[column][language]);
    const name = `${language === 'lv' ? 'pakalpojumi' : 'services'}-${rigaDay(clock.now())}.${format}`;

    if (format === 'csv') {
      const lines = async function* () {
        yield `\uFEFF${header.map(csvCell).join(';')}\r\n`;
        for await (const service of services(principal, filter, language)) {
          const row = cells(service);
          yield `${columns.map((column) => csvCell(row[column])).join(';')}\r\n`;
        }
      };
      return { name, mediaType: 'text/csv; charset=utf-8', body: lines() };
    }

    const rows: Row[] = [header.map((value) => ({ value, fontWeight: 'bold' as const }))];
    for await (const service of services(principal, filter, language)) {
      const row = cells(service);
      rows.push(columns.map((column) => row[column]));
    }
    const body: Buffer = await writeXlsxFile(rows, {
      columns: columns.map((column) => ({ width: column === 'title' || column === 'holder' ? 50 : 18 })),
      stickyRowsCount: 1,
    }).toBuffer();
    return {
      name,
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      body,
    };
  };
}
