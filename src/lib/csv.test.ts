import { describe, expect, it } from 'vitest';
import { BOM, toCsv } from './csv';

describe('toCsv', () => {
  it('starts with a byte order mark and ends lines with CRLF', () => {
    expect(toCsv(['类别', '受理'], [['下水堵塞', 12]])).toBe(`${BOM}类别,受理\r\n下水堵塞,12\r\n`);
  });

  it('quotes commas, quotes and line breaks, and leaves empty cells empty', () => {
    expect(toCsv(['a', 'b', 'c'], [['x,y', 'say "hi"', null]])).toBe(`${BOM}a,b,c\r\n"x,y","say ""hi""",\r\n`);
  });

  it('keeps text that looks like a formula as text, but not negative numbers', () => {
    expect(toCsv(['a', 'b'], [['=1+1', -3]])).toBe(`${BOM}a,b\r\n'=1+1,-3\r\n`);
  });
});
