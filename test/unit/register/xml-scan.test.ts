/**
 * Character data of damaged parts: a stray '<' that opens no tag once sent xmlText and its CDATA
 * reader back and forth until the stack ran out (found by the hostile-register robustness suite,
 * a workbook with flipped bytes); it now stays as text, and CDATA and markup read as before.
 */
import { describe, expect, it } from 'vitest';
import { xmlText } from '../../../electron/core/register-files/xml-scan';

describe('xmlText', () => {
  it('keeps a stray < that opens no tag as text', () => {
    expect(xmlText('车床 a<b &amp; c')).toBe('车床 a<b & c');
    expect(xmlText('<![CDATA[x]]> 1 < 2')).toBe('x 1 < 2');
  });

  it('reads CDATA sections, drops markup and decodes references around them', () => {
    expect(xmlText('a&lt;<r>b</r><![CDATA[<c>&amp;\r\n]]>d&#x4E00;')).toBe('a<b<c>&amp;\nd一');
  });
});
