import { randomUUID } from 'node:crypto';
import type { RoleCode } from '@saimnieks/contracts/auth';
import { OrganisationCreate } from '@saimnieks/contracts/organisations';
import { RecipientGroupCreate, RecipientNeedCreate } from '@saimnieks/contracts/recipients';
import { ServiceDescriptionContent, STAGES, type Stage } from '@saimnieks/contracts/services';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import { findStateOrganisation, makeCreateOrganisation } from '../modules/organisations/index.ts';
import { makeCreateRecipientGroup, makeCreateRecipientNeed } from '../modules/recipients/index.ts';
import { makeCreateService, makeDescriptionWorkflow, makeTransitionService } from '../modules/services/index.ts';
import { diffOf, recordAudit, systemContext } from '../platform/audit/audit.ts';
import { hashPassword } from '../platform/auth/password.ts';
import type { Principal } from '../platform/auth/principal.ts';
import { type Clock, rigaDay } from '../platform/clock.ts';
import type { DB } from '../platform/db/database.ts';
import { DEMO_MARKER_REGISTRATION_NUMBER, DEMO_ORGANISATIONS } from './dataset/organisations.ts';
import { DEMO_PASSWORD, DEMO_PEOPLE, demoEmail } from './dataset/people.ts';
import { DEMO_RECIPIENT_GROUPS } from './dataset/recipients.ts';
import { DEMO_SERVICES } from './dataset/services.ts';
import type { DemoService } from './dataset/types.ts';
import {
  findOrganisationIdByRegistrationNumber,
  findServiceVersion,
  insertPerson,
  insertRoleAssignment,
} from './demo.repository.ts';

type Log = Pick<FastifyBaseLogger, 'info'>;

const acting = { principal: 'system' as const, context: systemContext('demo') };
const DAY = 86_400_000;
const PUBLISHED_STAGES: Stage[] = ['delivery', 'maintenance', 'liquidation'];
/** The stages a draft passes through on its way to the one the data gives it. */
const DRAFT_PATH = ['creation', 'introduction'] as const;
const REASONS = {
  creation: 'Pakalpojuma izstrāde iekļauta iestādes pakalpojumu kopuma plānā.',
  introduction: 'Pakalpojums izstrādāts; sākta ieviešana un darbinieku apmācība.',
  delivery: 'Pakalpojums ieviests un pieejams saņēmējiem.',
  maintenance: 'Pakalpojums darbojas stabili; to uztur un pilnveido.',
} satisfies Partial<Record<Stage, string>>;

/**
 * Fills the database with the demo dataset (src/demo/README.md): organisations, people in every
 * role, services through their lifecycle and recipient groups. A database that holds the demo
 * already is left as it is. Timestamps are spread over the past months (and years, for the one
 * liquidated service) so the history, review dates and overdue reviews look as in real use.
 */
export async function loadDemoData(db: Kysely<DB>, log: Log, { clock }: { clock: Clock }) {
  const signIn = { people: DEMO_PEOPLE.map((person) => demoEmail(person.key)), password: DEMO_PASSWORD };
  const hint = `sign in as ${demoEmail('ilze.berzina')} (or any demo person) with the password ${DEMO_PASSWORD}`;
  if (await findOrganisationIdByRegistrationNumber(db, DEMO_MARKER_REGISTRATION_NUMBER)) {
    log.info(signIn, `Demo data is in the database already: ${hint}`);
    return;
  }
  const started = performance.now();
  const now = clock.now();
  const places = await createOrganisations(db, clock);
  const people = await createPeople(db, now, places);
  const services = await createServices(db, now, places, people);
  await createRecipientGroups(db, clock, places, services, administratorOf(places, people));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log.info({ ...signIn, services: services.size }, `Demo data loaded in ${seconds} s: ${hint}`);
}

/** A key's record, or an error naming the key: the data files refer to each other by key. */
const lookup = <Value>(map: Map<string, Value>, key: string): Value => {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo data: nothing is called ${key}`);
  return value;
};

async function createOrganisations(db: Kysely<DB>, clock: Clock) {
  const state = await findStateOrganisation(db);
  if (!state) throw new Error('The state organisation is created at start, before the demo data');
  const places = new Map<string, string>([['state', state.id]]);
  const create = makeCreateOrganisation({ db, clock });
  for (const { key, parent = 'state', ...organisation } of DEMO_ORGANISATIONS) {
    const row = await create(OrganisationCreate.parse({ ...organisation, parentId: lookup(places, parent) }), acting);
    places.set(key, row.id);
  }
  return places;
}

/** The day role assignments start: early enough to cover every backdated step of the demo. */
const rolesSince = (now: Date) => `${Number(rigaDay(now).slice(0, 4)) - 6}-01-01`;

/** Gives a role and audits it as the roles module does. */
async function assignRole(
  trx: Kysely<DB>,
  now: Date,
  role: { personId: string; roleCode: RoleCode; scopeKind: 'organisation' | 'service'; scopeId: string },
) {
  const row = await insertRoleAssignment(trx, {
    id: randomUUID(),
    person_id: role.personId,
    role_code: role.roleCode,
    scope_kind: role.scopeKind,
    scope_id: role.scopeId,
    valid_from: rolesSince(now),
    created_at: now,
  });
  const changes = diffOf(null, {
    personId: row.person_id,
    roleCode: row.role_code,
    scopeKind: row.scope_kind,
    scopeId: row.scope_id,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    justification: row.justification,
    revokedAt: row.revoked_at,
    justifiedConflicts: [],
  });
  await recordAudit(
    trx,
    acting.context,
    { action: 'role.assign', entityType: 'role_assignment', entityId: row.id, changes },
    now,
  );
}

async function createPeople(db: Kysely<DB>, now: Date, places: Map<string, string>) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction().execute(async (trx) => {
    const people = new Map<string, string>();
    for (const person of DEMO_PEOPLE) {
      const row = await insertPerson(trx, {
        id: randomUUID(),
        name: person.name,
        email: demoEmail(person.key),
        organisation_id: lookup(places, person.organisation),
        is_administrator: person.isAdministrator ?? false,
        password_hash: passwordHash,
        created_at: now,
        updated_at: now,
      });
      const changes = diffOf(null, {
        name: row.name,
        email: row.email,
        organisationId: row.organisation_id,
        active: row.active,
        isAdministrator: row.is_administrator,
      });
      await recordAudit(
        trx,
        acting.context,
        { action: 'person.create', entityType: 'person', entityId: row.id, changes },
        now,
      );
      for (const role of person.roles ?? []) {
        const scopeId = lookup(places, role.at);
        await assignRole(trx, now, { personId: row.id, roleCode: role.code, scopeKind: 'organisation', scopeId });
      }
      people.set(person.key, row.id);
    }
    return people;
  });
}

// When each step of a service's life happened, in days from the day it went into delivery (drafts:
// from the day their last step was taken).
const PUBLISHED_STEPS = {
  created: -60,
  creation: -50,
  introduction: -30,
  submitted: -5,
  published: -5,
  delivery: 0,
  republished: 20,
  maintenance: 30,
  liquidation: 120,
};
const DRAFT_STEPS = { ...PUBLISHED_STEPS, created: -30, creation: -20, introduction: -10, submitted: -2 };
type Step = keyof typeof PUBLISHED_STEPS;

function scheduleOf(service: DemoService, now: Date) {
  const base = new Date(now);
  base.setUTCMonth(base.getUTCMonth() - service.monthsAgo);
  const steps = PUBLISHED_STAGES.includes(service.stage) ? PUBLISHED_STEPS : DRAFT_STEPS;
  return (step: Step) => new Date(Math.min(base.getTime() + steps[step] * DAY, now.getTime()));
}

async function createServices(db: Kysely<DB>, now: Date, places: Map<string, string>, people: Map<string, string>) {
  // One clock for every use case, set to the moment of each step as the services are built.
  let moment = now;
  const clock: Clock = { now: () => moment };
  const createService = makeCreateService({ db, clock });
  const descriptions = makeDescriptionWorkflow({ db, clock });
  const transition = makeTransitionService({ db, clock });

  // First every service with its draft and its team, so the descriptions can link to each other.
  const services = new Map<string, string>();
  for (const service of DEMO_SERVICES) {
    const { title, shortDescription } = service.content;
    moment = scheduleOf(service, now)('created');
    const id = await createService(
      {
        holderId: lookup(places, service.holder),
        kind: service.kind,
        priority: service.priority,
        managementDegree: service.managementDegree,
        title: { lv: title.lv, en: title.en ?? null },
        shortDescription: { lv: shortDescription.lv, en: shortDescription.en ?? null },
        content: service.content,
      },
      acting,
    );
    services.set(service.key, id);
    const team: [RoleCode, string[]][] = [
      ['R05', service.team.owner ? [service.team.owner] : []],
      ['R06', service.team.providers ?? []],
      ['R07', service.team.recipients ?? []],
    ];
    await db.transaction().execute(async (trx) => {
      for (const [roleCode, keys] of team) {
        for (const key of keys) {
          await assignRole(trx, now, { personId: lookup(people, key), roleCode, scopeKind: 'service', scopeId: id });
        }
      }
    });
  }

  // Then each service through its lifecycle, publishing the description where it is published.
  for (const service of DEMO_SERVICES) {
    const id = lookup(services, service.key);
    const when = scheduleOf(service, now);
    const at = async (step: Step, work: () => Promise<unknown>) => {
      moment = when(step);
      await work();
    };
    const move = (step: Step & Stage, reason: string) =>
      at(step, async () => {
        await transition(id, { version: await findServiceVersion(db, id), to: step, reason }, acting);
      });
    const links = {
      providers: (service.providers ?? []).map(({ organisation, role }) => ({
        organisationId: lookup(places, organisation),
        role,
      })),
      relatedServices: (service.related ?? []).map((key) => lookup(services, key)),
      requiredServices: (service.required ?? []).map((key) => lookup(services, key)),
    };
    const content = { ...service.content, ...links };

    if (!PUBLISHED_STAGES.includes(service.stage)) {
      const linked = Object.values(links).some((list) => list.length > 0);
      const draft = linked
        ? await descriptions.save(id, 1, { version: 1, content: ServiceDescriptionContent.parse(content) }, acting)
        : { version: 1 };
      for (const stage of DRAFT_PATH) {
        if (STAGES.indexOf(stage) <= STAGES.indexOf(service.stage)) await move(stage, REASONS[stage]);
      }
      if (service.submitted) await at('submitted', () => descriptions.submit(id, 1, draft.version, acting));
      continue;
    }
    await move('creation', REASONS.creation);
    await move('introduction', REASONS.introduction);
    await at('published', () => descriptions.publishDirectly(id, { ...content, ...service.earlier }, acting));
    await move('delivery', REASONS.delivery);
    if (service.earlier) await at('republished', () => descriptions.publishDirectly(id, content, acting));
    if (service.stage === 'maintenance') await move('maintenance', REASONS.maintenance);
    if (service.stage === 'liquidation') {
      await move('liquidation', service.liquidationReason ?? 'Pakalpojums vairs netiek sniegts.');
    }
  }
  return services;
}

/**
 * The recipients module acts for a signed-in person only: the demo's groups are recorded as its
 * administrator, who may keep any organisation's groups (the audit trail names the demo).
 */
function administratorOf(places: Map<string, string>, people: Map<string, string>): Principal {
  const administrator = DEMO_PEOPLE.find((person) => person.isAdministrator);
  if (!administrator) throw new Error('Demo data: nobody is the administrator');
  return {
    person: {
      id: lookup(people, administrator.key),
      name: administrator.name,
      email: demoEmail(administrator.key),
      organisationId: lookup(places, administrator.organisation),
      isAdministrator: true,
    },
    roles: [],
    via: { kind: 'token', tokenId: 'demo-data' },
  };
}

async function createRecipientGroups(
  db: Kysely<DB>,
  clock: Clock,
  places: Map<string, string>,
  services: Map<string, string>,
  administrator: Principal,
) {
  const createGroup = makeCreateRecipientGroup({ db, clock });
  const createNeed = makeCreateRecipientNeed({ db, clock });
  const asAdministrator = { principal: administrator, context: acting.context };
  for (const { organisation, needs, ...group } of DEMO_RECIPIENT_GROUPS) {
    const { id } = await createGroup(
      RecipientGroupCreate.parse({ ...group, organisationId: lookup(places, organisation) }),
      asAdministrator,
    );
    for (const { services: keys, ...need } of needs) {
      const serviceIds = keys.map((key) => lookup(services, key));
      await createNeed(id, RecipientNeedCreate.parse({ ...need, serviceIds }), asAdministrator);
    }
  }
}
