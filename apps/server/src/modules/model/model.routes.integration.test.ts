import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(() => testApp.close());

const get = (url: string, headers: Record<string, string> = {}) => testApp.app.inject({ method: 'GET', url, headers });

describe('model API', () => {
  describe('GET /api/v1/model', () => {
    it('returns the whole model with its version', async () => {
      const response = await get('/api/v1/model');
      expect(response.statusCode).toBe(200);
      const model = response.json();
      expect(model.version.version).toBe(1);
      expect(model.goals).toHaveLength(4);
      expect(model.scales.map((scale: { code: string }) => scale.code)).toEqual([
        'state',
        'sector',
        'municipality',
        'institution',
        'service',
        'resource',
      ]);
      expect(model.levels).toHaveLength(3);
      expect(model.roles).toHaveLength(10);
      expect(model.taskGroups.map((group: { code: string }) => group.code)).toEqual(['PU1', 'PU2', 'PU3']);
      expect(model.tasks).toHaveLength(32);
      expect(model.stages.filter((stage: { cycle: string }) => stage.cycle === 'policy')).toHaveLength(3);
      expect(model.stages.filter((stage: { cycle: string }) => stage.cycle === 'service')).toHaveLength(6);
      expect(model.conditionGroups).toHaveLength(10);
      expect(model.conditionGroups.flatMap((group: { items: unknown[] }) => group.items)).toHaveLength(24);
      expect(model.capabilities).toHaveLength(9);
      expect(model.resourceKinds).toHaveLength(3);
    });

    it('speaks Latvian with diacritics by default and keeps both names on every item', async () => {
      const { roles } = (await get('/api/v1/model')).json();
      expect(roles[0]).toEqual({
        code: 'R01',
        name: 'Pakalpojumu pārvaldības valsts vadošā iestāde',
        names: {
          lv: 'Pakalpojumu pārvaldības valsts vadošā iestāde',
          en: 'State lead institution for service management',
        },
        scale: 'state',
      });
    });
  });

  describe('GET /api/v1/model/tasks', () => {
    it('lists the 32 tasks in the model order, PU1-1 to PU3-4', async () => {
      const { items, modelVersion } = (await get('/api/v1/model/tasks')).json();
      expect(modelVersion).toBe(1);
      expect(items).toHaveLength(32);
      expect(items[0].code).toBe('PU1-1');
      expect(items.at(-1).code).toBe('PU3-4');
      expect(items.filter((task: { group: string }) => task.group === 'PU2')).toHaveLength(23);
    });

    it('answers in English for ?lang=en', async () => {
      const { items } = (await get('/api/v1/model/tasks?lang=en')).json();
      expect(items[0].name).toBe('Planning and updating the service management policy');
    });

    it('follows Accept-Language when no lang is given', async () => {
      const { items } = (
        await get('/api/v1/model/tasks', { 'accept-language': 'de;q=1, en-GB;q=0.8, lv;q=0.5' })
      ).json();
      expect(items[0].name).toBe('Planning and updating the service management policy');
    });

    it('prefers ?lang over Accept-Language', async () => {
      const { items } = (await get('/api/v1/model/tasks?lang=lv', { 'accept-language': 'en' })).json();
      expect(items[0].name).toBe('Pakalpojumu pārvaldības politikas plānošana un aktualizēšana');
    });

    it('refuses an unknown language with a problem naming the field and the rule', async () => {
      const response = await get('/api/v1/model/tasks?lang=de');
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({
        type: '/problems/validation',
        status: 400,
        errors: [{ field: 'lang', in: 'querystring', rule: 'invalid_value' }],
      });
    });
  });

  describe('GET /api/v1/model/tasks/{code}', () => {
    it('returns the task with its prerequisites and dependants', async () => {
      const response = await get('/api/v1/model/tasks/PU2-7?lang=en');
      expect(response.statusCode).toBe(200);
      const task = response.json();
      expect(task).toMatchObject({
        code: 'PU2-7',
        name: 'Creating, registering and maintaining service descriptions',
        group: 'PU2',
        levels: ['core', 'support'],
        modelVersion: 1,
      });
      expect(task.description.length).toBeGreaterThan(40);
      expect(task.prerequisites).toEqual([
        expect.objectContaining({
          code: 'PU2-6',
          name: 'Drafting and improving service-specific legislation',
          basis: 'seed',
        }),
      ]);
      expect(task.dependants.map((link: { code: string }) => link.code)).toEqual(['PU2-8']);
    });

    it('marks arrows that come from the reading of the scheme, not the seed', async () => {
      const task = (await get('/api/v1/model/tasks/PU2-1')).json();
      expect(
        task.prerequisites.map((link: { code: string; basis: string }) => `${link.code}:${link.basis}`).sort(),
      ).toEqual(['PU2-18:reading', 'PU2-20:reading', 'PU2-3:reading', 'PU2-5:reading']);
    });

    it('gives policy tasks the policy stages the model states', async () => {
      const task = (await get('/api/v1/model/tasks/PU1-3')).json();
      expect(task.stages).toEqual(['planning', 'preparation']);
    });

    it('accepts a lower-case code', async () => {
      expect((await get('/api/v1/model/tasks/pu3-4')).json().code).toBe('PU3-4');
    });

    it('answers 404 problem+json for an unknown code', async () => {
      const response = await get('/api/v1/model/tasks/PU9-9', { 'accept-language': 'en' });
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({ type: '/problems/task-not-found', title: 'Task not found', status: 404 });
    });

    it('titles the problem in the language asked for by ?lang', async () => {
      const response = await get('/api/v1/model/tasks/PU9-9?lang=lv', { 'accept-language': 'en' });
      expect(response.json().title).toBe('Uzdevums nav atrasts');
    });
  });

  describe('the other lists', () => {
    it('gives each role its scale', async () => {
      const { items } = (await get('/api/v1/model/roles?lang=en')).json();
      expect(items.map((role: { code: string; scale: string }) => `${role.code}:${role.scale}`)).toEqual([
        'R01:state',
        'R02:sector',
        'R03:municipality',
        'R04:institution',
        'R05:service',
        'R06:service',
        'R07:service',
        'R08:institution',
        'R09:resource',
        'R10:resource',
      ]);
    });

    it('orders the six service lifecycle stages from planning to liquidation', async () => {
      const { items } = (await get('/api/v1/model/stages')).json();
      const service = items.filter((stage: { cycle: string }) => stage.cycle === 'service');
      expect(service.map((stage: { code: string; position: number }) => `${stage.position}:${stage.code}`)).toEqual([
        '1:planning',
        '2:creation',
        '3:introduction',
        '4:delivery',
        '5:maintenance',
        '6:liquidation',
      ]);
      expect(service[5].name).toBe('Likvidēšana');
    });

    it('nests the sub-conditions in their groups', async () => {
      const { items } = (await get('/api/v1/model/conditions?lang=en')).json();
      expect(items[0]).toMatchObject({ code: 'N1', name: 'Manageability' });
      expect(items[0].items.map((item: { code: string }) => item.code)).toEqual([
        'N1-1',
        'N1-2',
        'N1-3',
        'N1-4',
        'N1-5',
      ]);
      expect(items[9].items).toHaveLength(1);
    });

    it('lists the nine capabilities', async () => {
      const { items } = (await get('/api/v1/model/capabilities')).json();
      expect(items).toHaveLength(9);
      expect(items[0]).toMatchObject({ code: 'organisational-structure', name: 'Organizatoriskā struktūra' });
    });
  });
});
