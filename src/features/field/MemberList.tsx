// The members of a household: relation, age band, phone and ID number masked, each full number one logged reveal
// away; a short form adds a member (the database checks the ID number's check digit).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backend } from '../../data/backend';
import type { AgeBand, HouseholdRecord, MemberRelation } from '../../data/types';
import { PhoneReveal } from '../privacy/PhoneReveal';

const RELATIONS: MemberRelation[] = ['head', 'spouse', 'child', 'parent', 'grandchild', 'sibling', 'tenant', 'other'];
const AGE_BANDS: AgeBand[] = ['0-17', '18-59', '60-79', '80+'];

interface Props {
  backend: Backend;
  record: HouseholdRecord;
  onChanged(): void;
  onError(e: unknown): void;
}

export function MemberList({ backend, record, onChanged, onError }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [relation, setRelation] = useState<MemberRelation>('spouse');
  const [ageBand, setAgeBand] = useState<AgeBand>('18-59');
  const [phone, setPhone] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [busy, setBusy] = useState(false);

  const add = (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    backend.field
      .saveMember({ householdId: record.id, memberId: null, name, relation, ageBand, phone: phone || null, idNumber: idNumber || null, notes: null })
      .then(() => {
        setName('');
        setPhone('');
        setIdNumber('');
        onChanged();
      }, onError)
      .finally(() => setBusy(false));
  };

  return (
    <section>
      <h3>{t('field.members')}</h3>
      {record.members.length === 0 && <p className="muted">{t('field.membersEmpty')}</p>}
      <ul className="members" data-testid="members">
        {record.members.map((m) => (
          <li key={m.id} data-testid="member">
            <b>{m.name}</b> {t(`field.relations.${m.relation}`)} · {t(`field.ageBands.${m.age_band}`)}
            {m.phone_masked && (
              <PhoneReveal masked={m.phone_masked} reveal={() => backend.field.revealMemberPhone(m.id)} onError={onError} />
            )}
            {m.id_number_masked && (
              <span className="id-number">
                {t('field.idNumber')} <PhoneReveal masked={m.id_number_masked} reveal={() => backend.field.revealMemberIdNumber(m.id)} onError={onError} />
              </span>
            )}
          </li>
        ))}
      </ul>
      <form className="member-form" onSubmit={add} data-testid="member-form">
        <input placeholder={t('field.memberName')} value={name} onChange={(e) => setName(e.target.value)} required data-testid="member-name" />
        <select value={relation} onChange={(e) => setRelation(e.target.value as MemberRelation)} aria-label={t('field.relation')}>
          {RELATIONS.map((r) => (
            <option key={r} value={r}>
              {t(`field.relations.${r}`)}
            </option>
          ))}
        </select>
        <select value={ageBand} onChange={(e) => setAgeBand(e.target.value as AgeBand)} aria-label={t('field.ageBand')}>
          {AGE_BANDS.map((a) => (
            <option key={a} value={a}>
              {t(`field.ageBands.${a}`)}
            </option>
          ))}
        </select>
        <input placeholder={t('field.phone')} inputMode="tel" value={phone} onChange={(e) => setPhone(e.target.value)} data-testid="member-phone" />
        <input placeholder={t('field.idNumber')} value={idNumber} onChange={(e) => setIdNumber(e.target.value)} data-testid="member-id-number" />
        <button type="submit" disabled={busy} data-testid="member-add">
          {t('field.addMember')}
        </button>
      </form>
    </section>
  );
}
