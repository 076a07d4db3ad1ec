// The members of a household: relation, age band, phone and ID number masked, each full number one logged reveal
// away; a short form adds a member or changes one, and a member can be removed after a confirmation. The changes
// go through the outbox like the other record edits; the database checks the ID number's check digit, and its
// refusal is shown at the form.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backend } from '../../data/backend';
import type { AgeBand, HouseholdMember, HouseholdRecord, MemberRelation } from '../../data/types';
import { errorMessageText } from '../../i18n/error-text';
import type { Outbox } from '../../lib/outbox';
import { PhoneReveal } from '../../ui/PhoneReveal';
import { sendNow, type SendOutcome } from './use-outbox';

const RELATIONS: MemberRelation[] = ['head', 'spouse', 'child', 'parent', 'grandchild', 'sibling', 'tenant', 'other'];
const AGE_BANDS: AgeBand[] = ['0-17', '18-59', '60-79', '80+'];

interface Props {
  backend: Backend;
  outbox: Outbox;
  record: HouseholdRecord;
  onChanged(): void;
  onError(e: unknown): void;
}

interface Draft {
  memberId: number | null;
  name: string;
  relation: MemberRelation;
  ageBand: AgeBand;
  phone: string;
  idNumber: string;
}

const blank: Draft = { memberId: null, name: '', relation: 'spouse', ageBand: '18-59', phone: '', idNumber: '' };

/** An edit starts from what the list shows; masked numbers stay untouched unless typed again. */
const draftOf = (m: HouseholdMember): Draft => ({ memberId: m.id, name: m.name, relation: m.relation, ageBand: m.age_band, phone: '', idNumber: '' });

export function MemberList({ backend, outbox, record, onChanged, onError }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(blank);
  const [removing, setRemoving] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => ({ ...d, [k]: v }));

  const settle = (outcome: SendOutcome, done: () => void) => {
    if (outcome.kind === 'refused') setMessage({ ok: false, text: errorMessageText(outcome.error) });
    else {
      setMessage({ ok: true, text: outcome.kind === 'sent' ? t('register.saved') : t('register.queued') });
      done();
      onChanged();
    }
  };

  // Numbers left blank in an edit are kept by the database (the form never holds the full ones).
  const save = (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setMessage(null);
    const editing = record.members.find((m) => m.id === draft.memberId);
    sendNow(outbox, 'member_save', {
      householdId: record.id,
      memberId: draft.memberId,
      name: draft.name,
      relation: draft.relation,
      ageBand: draft.ageBand,
      phone: draft.phone || null,
      idNumber: draft.idNumber || null,
      notes: editing?.notes ?? null,
    })
      .then((o) => settle(o, () => setDraft(blank)), onError)
      .finally(() => setBusy(false));
  };

  const remove = (id: number) => {
    setBusy(true);
    setMessage(null);
    sendNow(outbox, 'member_remove', { memberId: id })
      .then((o) => settle(o, () => setRemoving(null)), onError)
      .finally(() => setBusy(false));
  };

  return (
    <section>
      <h3>{t('field.members')}</h3>
      {record.members.length === 0 && <p className="muted">{t('field.membersEmpty')}</p>}
      <ul className="members" data-testid="members">
        {record.members.map((m) => (
          <li key={m.id} data-testid="member" data-name={m.name}>
            <b>{m.name}</b> {t(`field.relations.${m.relation}`)} · {t(`field.ageBands.${m.age_band}`)}
            {m.phone_masked && (
              <PhoneReveal masked={m.phone_masked} reveal={() => backend.field.revealMemberPhone(m.id)} onError={onError} />
            )}
            {m.id_number_masked && (
              <span className="id-number">
                {t('field.idNumber')} <PhoneReveal masked={m.id_number_masked} reveal={() => backend.field.revealMemberIdNumber(m.id)} onError={onError} />
              </span>
            )}
            <span className="member-actions">
              <button type="button" onClick={() => setDraft(draftOf(m))} data-testid="member-edit">
                {t('register.editMember')}
              </button>
              {removing === m.id ? (
                <>
                  <button type="button" className="danger" disabled={busy} onClick={() => remove(m.id)} data-testid="member-remove-confirm">
                    {t('register.confirmRemove', { name: m.name })}
                  </button>
                  <button type="button" onClick={() => setRemoving(null)}>
                    {t('register.cancel')}
                  </button>
                </>
              ) : (
                <button type="button" onClick={() => setRemoving(m.id)} data-testid="member-remove">
                  {t('register.removeMember')}
                </button>
              )}
            </span>
          </li>
        ))}
      </ul>
      <form className="member-form" onSubmit={save} data-testid="member-form" data-editing={draft.memberId ?? ''}>
        <input placeholder={t('field.memberName')} value={draft.name} onChange={(e) => set('name', e.target.value)} required data-testid="member-name" />
        <select value={draft.relation} onChange={(e) => set('relation', e.target.value as MemberRelation)} aria-label={t('field.relation')} data-testid="member-relation">
          {RELATIONS.map((r) => (
            <option key={r} value={r}>
              {t(`field.relations.${r}`)}
            </option>
          ))}
        </select>
        <select value={draft.ageBand} onChange={(e) => set('ageBand', e.target.value as AgeBand)} aria-label={t('field.ageBand')} data-testid="member-age">
          {AGE_BANDS.map((a) => (
            <option key={a} value={a}>
              {t(`field.ageBands.${a}`)}
            </option>
          ))}
        </select>
        <input placeholder={t('field.phone')} inputMode="tel" value={draft.phone} onChange={(e) => set('phone', e.target.value)} data-testid="member-phone" />
        <input placeholder={t('field.idNumber')} value={draft.idNumber} onChange={(e) => set('idNumber', e.target.value)} data-testid="member-id-number" />
        <button type="submit" className="primary" disabled={busy} data-testid="member-add">
          {draft.memberId === null ? t('field.addMember') : t('register.saveMember')}
        </button>
        {draft.memberId !== null && (
          <button type="button" onClick={() => setDraft(blank)}>
            {t('register.cancel')}
          </button>
        )}
      </form>
      {draft.memberId !== null && <p className="muted">{t('register.numbersHint')}</p>}
      {message && (
        <p className={message.ok ? 'field-ok' : 'field-error'} role={message.ok ? 'status' : 'alert'} data-testid="member-message">
          {message.text}
        </p>
      )}
    </section>
  );
}
