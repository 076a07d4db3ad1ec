import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from './text-decode';

const SAMPLE = '户主,联系电话,地址\r\n张伟,13912345678,迎泽区柳巷3号楼2单元101\r\n';

describe('decodeText', () => {
  it('reads UTF-8, dropping the byte order mark', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${SAMPLE}`);
    expect(decodeText(bytes)).toEqual({ text: SAMPLE, encoding: 'utf-8' });
  });

  it('reads GBK (what Excel on Chinese Windows saves as CSV)', () => {
    const bytes = new Uint8Array(iconv.encode(SAMPLE, 'gbk'));
    expect(decodeText(bytes)).toEqual({ text: SAMPLE, encoding: 'gb18030' });
  });

  it('reads plain ASCII as UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('a,b\n1,2')).encoding).toBe('utf-8');
  });
});
