import { describe, expect, it } from 'vitest';
import { BYTE_ORDER_MARK, csvCell, toCsv } from './csv.ts';

describe('csv', () => {
  describe('csvCell', () => {
    it('leaves plain text as it is, Latvian letters included', () => {
      expect(csvCell('Ūdens un ķīmijas iestāde', ',')).toBe('Ūdens un ķīmijas iestāde');
    });

    it('quotes a cell with the separator, a quote or a line break, doubling the quotes', () => {
      expect(csvCell('a,b', ',')).toBe('"a,b"');
      expect(csvCell('a;b', ',')).toBe('a;b');
      expect(csvCell('a;b', ';')).toBe('"a;b"');
      expect(csvCell('say "hi"', ',')).toBe('"say ""hi"""');
      expect(csvCell('one\ntwo', ',')).toBe('"one\ntwo"');
      expect(csvCell('one\r\ntwo', ',')).toBe('"one\r\ntwo"');
    });

    it('keeps a cell that a spreadsheet would take for a formula as text', () => {
      expect(csvCell('=HYPERLINK("http://evil")', ',')).toBe(`"'=HYPERLINK(""http://evil"")"`);
      expect(csvCell('+371 20000000', ',')).toBe("'+371 20000000");
      expect(csvCell('@SUM(A1)', ',')).toBe("'@SUM(A1)");
      expect(csvCell('-1', ',')).toBe("'-1");
    });
  });

  describe('toCsv', () => {
    it('starts with the byte order mark, then the header, with CRLF after every line', () => {
      const csv = toCsv(
        ['Nr.', 'Darītājs'],
        [
          ['1', 'Jānis, Bērziņš'],
          ['2', 'Līga'],
        ],
        ',',
      );
      expect(csv).toBe(`${BYTE_ORDER_MARK}Nr.,Darītājs\r\n1,"Jānis, Bērziņš"\r\n2,Līga\r\n`);
    });

    it('uses the separator it is given', () => {
      expect(toCsv(['a', 'b'], [['1', '2']], ';')).toBe(`${BYTE_ORDER_MARK}a;b\r\n1;2\r\n`);
    });
  });
});
