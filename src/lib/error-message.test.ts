import { describe, expect, it } from 'vitest';
import { BackendError } from '../data/backend';
import { errorMessage, type Translate } from './error-message';

const messages: Record<string, string> = { 'error.unknown_status': 'Unknown status: {{status}}' };
const t: Translate = (key, params = {}) =>
  (messages[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_m, name: string) => String(params[name] ?? ''));
const hasKey = (key: string) => key in messages;

describe('errorMessage', () => {
  it('translates a key raised by the database, with its parameters', () => {
    const e = BackendError.fromDatabase('未知的事件状态：done', 'error.unknown_status', '{"status":"done"}');
    expect(errorMessage(e, t, hasKey)).toBe('Unknown status: done');
  });
  it("gives Postgres's own refusals a general key by SQLSTATE, and leaves unknown ones alone", () => {
    expect(BackendError.fromDatabase('permission denied for table households', null, null, '42501').key).toBe('error.permission_denied');
    expect(BackendError.fromDatabase('invalid input syntax for type uuid', null, null, '22P02').key).toBe('error.malformed_value');
    expect(BackendError.fromDatabase('some other failure', null, null, 'XX000').key).toBeNull();
  });
  it("falls back to the database's message for keys without a translation", () => {
    const e = new BackendError('网格边界为空', 'error.not_translated', {});
    expect(errorMessage(e, t, hasKey)).toBe('网格边界为空');
  });
  it('shows the message of other errors', () => {
    expect(errorMessage(new Error('network down'), t, hasKey)).toBe('network down');
    expect(errorMessage('odd', t, hasKey)).toBe('odd');
  });
});
