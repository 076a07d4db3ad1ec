import { describe, expect, it } from 'vitest';
import { checkPublicReport, emptyPublicDraft, toPublicReport } from './public-report';

describe('public report form', () => {
  it('needs a category and a title; the contact, when given, must be a mobile number', () => {
    expect(checkPublicReport(emptyPublicDraft())).toEqual({ category: 'courtyard.public.needCategory', title: 'courtyard.public.needTitle' });
    const ok = { category: 'lighting', title: ' 路灯不亮 ', description: '', contact: '138 1234-5678' };
    expect(checkPublicReport(ok)).toEqual({});
    expect(checkPublicReport({ ...ok, contact: '12345' })).toEqual({ contact: 'courtyard.public.badPhone' });
  });

  it('sends trimmed text, the digits of the number, and null for what was left empty', () => {
    expect(toPublicReport('tok', { category: 'lighting', title: ' 路灯不亮 ', description: '  ', contact: '138 1234-5678' })).toEqual({
      token: 'tok',
      category: 'lighting',
      title: '路灯不亮',
      description: null,
      contact: '13812345678',
    });
  });
});
