import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.ts';

describe('DEMO_DATA', () => {
  it('is off unless set', () => {
    expect(loadConfig({}).demoData).toBe(false);
    expect(loadConfig({ DEMO_DATA: '' }).demoData).toBe(false);
  });

  it.each([
    ['1', true],
    ['true', true],
    ['TRUE', true],
    ['0', false],
    ['false', false],
  ])('reads %s as %s', (value, expected) => {
    expect(loadConfig({ DEMO_DATA: value }).demoData).toBe(expected);
  });

  it('refuses anything else, naming the variable and the rule', () => {
    expect(() => loadConfig({ DEMO_DATA: 'yes please' })).toThrow(ConfigError);
    expect(() => loadConfig({ DEMO_DATA: 'yes please' })).toThrow(
      'DEMO_DATA="yes please" is invalid: must be true or false (1 or 0)',
    );
  });
});
