import { randomUUID } from 'node:crypto';
import type { RoleCode } from '@saimnieks/contracts/auth';
import { CSRF_HEADER, SESSION_COOKIE } from '@saimnieks/contracts/auth';
import type { OrganisationCreate, OrganisationKind } from '@saimnieks/contracts/organisations';
import type { ServiceCreate, ServiceDescriptionInput, Stage } from '@saimnieks/contracts/services';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { loadConfig } from '../config.ts';
import { findStateOrganisation, makeCreateOrganisation } from '../modules/organisations/index.ts';
import { makeCreateService, makeDescriptionWorkflow, writeCatalogueEntry } from '../modules/services/index.ts';
import { systemContext } from '../platform/audit/audit.ts';
import { hashPassword } from '../platform/auth/password.ts';
import { type Clock, systemClock } from '../platform/clock.ts';
import type { Database } from '../platform/db/database.ts';
import type { MailMessage, MailTransport } from '../platform/mail/mail.ts';
import { createTestApp } from './test-app.ts';

export const TEST_PASSWORD = 'Zaļā-upe-tek-lēni-2026';
let passwordHash: Promise<string> | undefined;

/** Test data builders: each test makes the organisations and people it needs. */
export function builders(database: Database) {
  const { db } = database;
  const createOrganisation = makeCreateOrganisation({ db, clock: systemClock });
  const createService = makeCreateService({ db, clock: systemClock });
  const descriptions = makeDescriptionWorkflow({ db, clock: systemClock });
  const asSystem = { principal: 'system' as const, context: systemContext('test') };

  /** A service in planning with its first draft, made as the system (no person's rights needed). */
  async function service({
    holderId,
    title = `Pakalpojums ${randomUUID().slice(0, 8)}`,
    ...overrides
  }: Partial<Omit<ServiceCreate, 'title'>> & { holderId: string; title?: string }) {
    const id = await createService(
      {
        holderId,
        kind: 'individual',
        priority: 'medium',
        managementDegree: null,
        identifierPrefix: 'TEST',
        title: { lv: title, en: null },
        shortDescription: { lv: `${title}: īss apraksts`, en: null },
        ...overrides,
      },
      asSystem,
    );
    return { id };
  }

  async function state() {
    const row = await findStateOrganisation(db);
    if (!row) throw new Error('The state organisation is created by prepareDatabase');
    return row;
  }

  return {
    state,
    async organisation(
      kind: Exclude<OrganisationKind, 'state'>,
      parentId?: string,
      overrides: Partial<OrganisationCreate> = {},
    ) {
      return createOrganisation(
        {
          kind,
          parentId: parentId ?? (await state()).id,
          names: { lv: `${kind} ${randomUUID().slice(0, 8)}`, en: null },
          shortName: null,
          registrationNumber: null,
          atuCode: kind === 'municipality' ? String(Math.floor(1_000_000 + Math.random() * 8_999_999)) : null,
          contact: { email: null, phone: null, address: null, website: null },
          ...overrides,
        },
        { principal: 'system', context: systemContext('test') },
      );
    },
    service,
    /**
     * A service with a published description, put straight into `stage` (delivery by default)
     * without the gates: for tests about what comes after publication, not about the lifecycle.
     */
    async publishedService({
      holderId,
      content = {},
      stage = 'delivery',
    }: {
      holderId: string;
      content?: Partial<ServiceDescriptionInput>;
      stage?: Stage;
    }) {
      const title = content.title?.lv;
      const { id } = await service({ holderId, ...(title ? { title } : {}) });
      const draft = await descriptions.get('system', id, 1);
      await descriptions.publishDirectly(id, { ...draft.content, ...content }, asSystem);
      await db.updateTable('service').set({ stage }).where('id', '=', id).execute();
      await writeCatalogueEntry(db, id);
      return { id };
    },
    /** A person with the password TEST_PASSWORD and the given roles at the given organisations. */
    async person({
      organisationId,
      roles = [],
      isAdministrator = false,
      active = true,
    }: {
      organisationId: string;
      roles?: { roleCode: RoleCode; scopeId: string }[];
      isAdministrator?: boolean;
      active?: boolean;
    }) {
      const now = new Date();
      const id = randomUUID();
      const email = `person-${id.slice(0, 8)}@example.lv`;
      passwordHash ??= hashPassword(TEST_PASSWORD);
      await db
        .insertInto('person')
        .values({
          id,
          name: `Persona ${id.slice(0, 4)}`,
          email,
          organisation_id: organisationId,
          is_administrator: isAdministrator,
          active,
          password_hash: await passwordHash,
          created_at: now,
          updated_at: now,
        })
        .execute();
      for (const role of roles) {
        await db
          .insertInto('role_assignment')
          .values({
            id: randomUUID(),
            person_id: id,
            role_code: role.roleCode,
            scope_kind: 'organisation',
            scope_id: role.scopeId,
            valid_from: '2000-01-01',
            created_at: now,
          })
          .execute();
      }
      return { id, email };
    },
    /**
     * A role assignment written straight to the table, at any scope and validity: for the
     * situations the API refuses to make (past dates, service scopes).
     */
    async roleAssignment({
      personId,
      roleCode,
      scopeId,
      scopeKind = 'organisation',
      validFrom = '2000-01-01',
      validUntil = null,
    }: {
      personId: string;
      roleCode: RoleCode;
      scopeId: string;
      scopeKind?: 'organisation' | 'service' | 'resource';
      validFrom?: string;
      validUntil?: string | null;
    }) {
      const id = randomUUID();
      await db
        .insertInto('role_assignment')
        .values({
          id,
          person_id: personId,
          role_code: roleCode,
          scope_kind: scopeKind,
          scope_id: scopeId,
          valid_from: validFrom,
          valid_until: validUntil,
          created_at: new Date(),
        })
        .execute();
      return id;
    },
  };
}

/** Signs in through the API and returns the headers that make later requests act as that person. */
export async function signIn(app: FastifyInstance, email: string, password = TEST_PASSWORD) {
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((candidate) => candidate.name === SESSION_COOKIE);
  if (!cookie) throw new Error('sign-in set no session cookie');
  return { cookie: `${SESSION_COOKIE}=${cookie.value}`, [CSRF_HEADER]: response.json().csrfToken as string };
}

/** Mail the application sent, kept in a list instead of delivered. */
export function mailOutbox() {
  const messages: MailMessage[] = [];
  const transport: MailTransport = {
    async send(message) {
      messages.push(message);
    },
  };
  /** The messages sent to an address, oldest first. */
  const to = (address: string) => messages.filter((message) => message.to.toLowerCase() === address.toLowerCase());
  return {
    messages,
    transport,
    to,
    /** The one-time token in the link of the last message to an address. */
    lastToken(address: string) {
      const link = to(address).at(-1)?.link;
      const token = link && /#token=([\w-]+)$/.exec(link)?.[1];
      if (!token) throw new Error(`no link was mailed to ${address}`);
      return token;
    },
  };
}

/**
 * Like createTestApp, with the application's mail kept in `outbox`. The database is prepared as
 * at a first start without ADMIN_EMAIL: the start-up log (with the setup link) goes to `startLog`.
 */
export async function createTestAppWithOutbox({ clock = systemClock }: { clock?: Clock } = {}) {
  const outbox = mailOutbox();
  const startLog: { level: number; msg: string; [field: string]: unknown }[] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => startLog.push(JSON.parse(line)) });
  const testApp = await createTestApp({ clock, mail: outbox.transport, startLog: log });
  return { ...testApp, outbox, startLog, publicUrl: loadConfig({}).publicUrl };
}
