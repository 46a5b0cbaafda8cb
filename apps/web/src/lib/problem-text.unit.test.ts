import type { Problem } from '@saimnieks/contracts/problem';
import { describe, expect, it } from 'vitest';
import { ApiProblem } from './api.ts';
import { describeProblem, type ProblemTexts } from './problem-text.ts';

const texts: ProblemTexts = {
  fieldError: (error) => `${error.rule} (${error.field})`,
  unreachable: 'unreachable',
};

const problem = (extra: Partial<Problem>) =>
  new ApiProblem({ type: '/problems/validation', title: 'Invalid', status: 400, ...extra });

describe('problem text', () => {
  describe('describeProblem', () => {
    it('puts each field error next to its field, and those of other fields above the form', () => {
      const described = describeProblem(
        problem({
          detail: 'Invalid body: names.lv, registrationNumber, entries',
          errors: [
            { field: 'names.lv', in: 'body', rule: 'too_small', message: 'too small' },
            { field: 'registrationNumber', in: 'body', rule: 'check_digit', message: 'check digit' },
            { field: 'entries', in: 'body', rule: 'no_performer', message: 'nobody performs PU1-1' },
          ],
        }),
        ['names.lv', 'registrationNumber'],
        texts,
      );
      expect(described.fields).toEqual({
        'names.lv': 'too_small (names.lv)',
        registrationNumber: 'check_digit (registrationNumber)',
      });
      // The detail of a validation problem only lists field names; the errors say it better.
      expect(described.summary).toEqual({ title: 'Invalid', errors: ['no_performer (entries)'] });
    });

    it('gives an error below a field to the nearest field the form has', () => {
      const described = describeProblem(
        problem({ errors: [{ field: 'contact.email.value', in: 'body', rule: 'invalid_format', message: 'x' }] }),
        ['contact.email'],
        texts,
      );
      expect(Object.keys(described.fields)).toEqual(['contact.email']);
    });

    it('explains a problem by its code in the reader’s words, else keeps the server’s detail', () => {
      const stale = new ApiProblem({ type: '/problems/stale-version', title: 'Changed', status: 409, detail: 'v2' });
      const explain = (found: ApiProblem) => (found.code === 'stale-version' ? 'reload' : undefined);
      expect(describeProblem(stale, [], { ...texts, explain }).summary).toEqual({
        title: 'Changed',
        detail: 'reload',
        errors: [],
      });
      expect(describeProblem(stale, [], texts).summary?.detail).toBe('v2');
    });

    it('says the server could not be reached when no answer came', () => {
      expect(describeProblem(new TypeError('Failed to fetch'), [], texts).summary?.title).toBe('unreachable');
    });
  });
});
