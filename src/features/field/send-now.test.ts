import { describe, expect, it } from 'vitest';
import { BackendError } from '../../data/backend';
import { Outbox, type OutboxItem } from '../../lib/outbox';
import { sendNow } from './use-outbox';

function outboxWith(send: (item: OutboxItem) => Promise<unknown>) {
  let saved: OutboxItem[] = [];
  return new Outbox({ load: () => Promise.resolve(saved), save: (items) => ((saved = items), Promise.resolve()) }, send);
}

const member = { memberId: 7 };

describe('sendNow', () => {
  it('answers with what the server said when the change went through, and leaves nothing queued', async () => {
    const outbox = outboxWith(() => Promise.resolve(41));
    expect(await sendNow(outbox, 'member_remove', member)).toEqual({ kind: 'sent', answer: 41 });
    expect(await outbox.list()).toEqual([]);
  });

  it('keeps a change queued when no answer came (offline)', async () => {
    const outbox = outboxWith(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await sendNow(outbox, 'member_remove', member, 'a')).toEqual({ kind: 'queued' });
    expect((await outbox.list()).map((i) => [i.id, i.state])).toEqual([['a', 'pending']]);
  });

  it('hands a refusal back to the form and takes the change out of the queue', async () => {
    const outbox = outboxWith(() => Promise.reject(new BackendError('身份证号码不正确', 'error.bad_id_number', { id_number: '1401**' })));
    const outcome = await sendNow(outbox, 'member_remove', member);
    expect(outcome.kind).toBe('refused');
    expect(outcome.kind === 'refused' && (outcome.error as BackendError).key).toBe('error.bad_id_number');
    expect(await outbox.list()).toEqual([]);
  });
});
