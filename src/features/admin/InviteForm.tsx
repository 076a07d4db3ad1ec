// 邀请用户: email, name, role and scope. The database checks all of it (and who may hand it out); the form only
// keeps the fields a role needs.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridProperties, InvitationInput, Vocabularies } from '../../data/types';
import { ScopeFields, type Scope } from './ScopeFields';

interface Props {
  grids: GridProperties[];
  vocab: Vocabularies | undefined;
  onInvite(i: InvitationInput): Promise<boolean>;
}

export function InviteForm({ grids, vocab, onInvite }: Props) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [scope, setScope] = useState<Scope>({ role: 'grid_worker', gridId: null, departmentId: null });
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const ok = await onInvite({ email, displayName: name, ...scope });
    setBusy(false);
    if (ok) {
      setEmail('');
      setName('');
    }
  };
  return (
    <form className="invite-form" onSubmit={submit} data-testid="invite-form">
      <input type="email" required value={email} placeholder={t('admin.email')} aria-label={t('admin.email')}
        data-testid="invite-email" onChange={(e) => setEmail(e.target.value)} />
      <input required value={name} placeholder={t('admin.name')} aria-label={t('admin.name')} maxLength={60}
        data-testid="invite-name" onChange={(e) => setName(e.target.value)} />
      <ScopeFields value={scope} grids={grids} vocab={vocab} onChange={setScope} testid="invite" />
      <button type="submit" disabled={busy} data-testid="invite-submit">
        {t('admin.invite')}
      </button>
    </form>
  );
}
