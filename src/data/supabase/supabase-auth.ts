// Supabase Auth behind the AccountAuth port: email + password, magic link, and SMS codes where the project has
// phone sign-in on. After each sign-in the profile (role and scope) is read again from the database.
import type { AuthError, SupabaseClient } from '@supabase/supabase-js';
import { BackendError, type AccountAuth } from '../backend';
import type { SessionUser } from '../types';

const fail = (e: AuthError | null) => {
  if (e) throw new BackendError(e.message, `error.auth.${e.code ?? 'failed'}`);
};

export class SupabaseAuth implements AccountAuth {
  readonly phone = import.meta.env.VITE_SUPABASE_PHONE_AUTH === 'true';

  constructor(
    private readonly client: Promise<SupabaseClient>,
    private readonly reload: () => Promise<SessionUser | null>,
  ) {}

  async signInWithPassword(email: string, password: string): Promise<SessionUser | null> {
    const { error } = await (await this.client).auth.signInWithPassword({ email, password });
    fail(error);
    return this.reload();
  }

  async sendEmailLink(email: string): Promise<void> {
    const { error } = await (await this.client).auth.signInWithOtp({
      email,
      // An invited person has no account until this first link creates it; a stranger's account gets no profile,
      // so no role and nothing beyond what anonymous visitors see (0019).
      options: { emailRedirectTo: location.origin + location.pathname, shouldCreateUser: true },
    });
    fail(error);
  }

  async sendPhoneCode(phone: string): Promise<void> {
    const { error } = await (await this.client).auth.signInWithOtp({ phone });
    fail(error);
  }

  async verifyPhoneCode(phone: string, code: string): Promise<SessionUser | null> {
    const { error } = await (await this.client).auth.verifyOtp({ phone, token: code, type: 'sms' });
    fail(error);
    return this.reload();
  }
}
