// Sign-in with a real account (Supabase mode): email + password, an email link, or an SMS code where the project
// has phone sign-in on. Signed in, it shows who you are and a sign-out button. Role and scope come from the
// database's profiles table afterwards, never from this form.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountAuth } from '../../data/backend';
import type { SessionUser } from '../../data/types';
import { toE164, validEmail } from '../../lib/account-input';

type Method = 'password' | 'link' | 'phone';

interface Props {
  auth: AccountAuth;
  user: SessionUser | null;
  onSignedIn(user: SessionUser | null): void;
  onSignOut(): void;
  onError(e: unknown): void;
}

export function AccountSignIn({ auth, user, onSignedIn, onSignOut, onError }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [method, setMethod] = useState<Method>('password');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [codeSent, setCodeSent] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (user) {
    return (
      <span className="signin">
        <span data-testid="account-name">{user.display_name}</span>
        <span className="role-badge" data-testid="current-role">{t(`auth.roles.${user.role}`)}</span>
        <button type="button" className="header-button" onClick={onSignOut} data-testid="sign-out">
          {t('auth.signOut')}
        </button>
      </span>
    );
  }

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setNotice(null);
    try {
      await work();
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const e164 = toE164(phone);
    if (method !== 'phone' && !validEmail(email)) return setNotice(t('auth.badEmail'));
    if (method === 'phone' && !e164) return setNotice(t('auth.badPhone'));
    void run(async () => {
      if (method === 'password') onSignedIn(await auth.signInWithPassword(email.trim(), password));
      else if (method === 'link') {
        await auth.sendEmailLink(email.trim());
        setNotice(t('auth.linkSent', { email: email.trim() }));
      } else if (!codeSent) {
        await auth.sendPhoneCode(e164!);
        setCodeSent(true);
        setNotice(t('auth.codeSent'));
      } else onSignedIn(await auth.verifyPhoneCode(e164!, code.trim()));
    });
  };

  const methods: Method[] = auth.phone ? ['password', 'link', 'phone'] : ['password', 'link'];
  return (
    <span className="account-signin">
      <button type="button" className="header-button" onClick={() => setOpen(!open)} data-testid="sign-in-open">
        {t('auth.signIn')}
      </button>
      {open && (
        <form className="account-form" onSubmit={submit} data-testid="account-form">
          <div className="methods" role="tablist">
            {methods.map((m) => (
              <button key={m} type="button" role="tab" aria-selected={m === method} className={m === method ? 'on' : ''}
                onClick={() => { setMethod(m); setNotice(null); }} data-testid={`method-${m}`}>
                {t(`auth.methods.${m}`)}
              </button>
            ))}
          </div>
          {method === 'phone' ? (
            <>
              <input type="tel" value={phone} placeholder={t('auth.phone')} aria-label={t('auth.phone')}
                onChange={(e) => setPhone(e.target.value)} data-testid="account-phone" />
              {codeSent && (
                <input inputMode="numeric" value={code} placeholder={t('auth.code')} aria-label={t('auth.code')} maxLength={6}
                  onChange={(e) => setCode(e.target.value)} data-testid="account-code" />
              )}
            </>
          ) : (
            <input type="email" value={email} placeholder={t('auth.email')} aria-label={t('auth.email')}
              onChange={(e) => setEmail(e.target.value)} data-testid="account-email" />
          )}
          {method === 'password' && (
            <input type="password" value={password} placeholder={t('auth.password')} aria-label={t('auth.password')}
              onChange={(e) => setPassword(e.target.value)} data-testid="account-password" />
          )}
          <button type="submit" disabled={busy} data-testid="account-submit">
            {method === 'link' ? t('auth.sendLink') : method === 'phone' && !codeSent ? t('auth.sendCode') : t('auth.signIn')}
          </button>
          {notice && <p className="account-notice" role="status" data-testid="account-notice">{notice}</p>}
        </form>
      )}
    </span>
  );
}
