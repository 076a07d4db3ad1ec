// @vitest-environment jsdom
// The account sign-in form against a stand-in for Supabase Auth (no Supabase server can run here): what it
// checks before asking, what it asks, and what it hands on.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AccountAuth } from '../../data/backend';
import type { SessionUser } from '../../data/types';
import { AccountSignIn } from './AccountSignIn';

const worker: SessionUser = { id: 'u1', display_name: '网格员 刘洋', role: 'grid_worker', grid_id: 7, department_id: null };

function fakeAuth(phone = true): AccountAuth & { calls: string[] } {
  const calls: string[] = [];
  return {
    phone,
    calls,
    signInWithPassword: vi.fn(async (email: string, password: string) => {
      calls.push(`password ${email} ${password}`);
      return worker;
    }),
    sendEmailLink: vi.fn(async (email: string) => void calls.push(`link ${email}`)),
    sendPhoneCode: vi.fn(async (p: string) => void calls.push(`sms ${p}`)),
    verifyPhoneCode: vi.fn(async (p: string, code: string) => {
      calls.push(`verify ${p} ${code}`);
      return worker;
    }),
  };
}

const type = (testid: string, value: string) => fireEvent.change(screen.getByTestId(testid), { target: { value } });
const submit = () => act(async () => void fireEvent.submit(screen.getByTestId('account-form')));

describe('AccountSignIn', () => {
  afterEach(cleanup);

  it('signs in with email and password and hands the user on', async () => {
    const auth = fakeAuth();
    const onSignedIn = vi.fn();
    render(<AccountSignIn auth={auth} user={null} onSignedIn={onSignedIn} onSignOut={() => {}} onError={() => {}} />);
    fireEvent.click(screen.getByTestId('sign-in-open'));
    type('account-email', ' wang@test.cn ');
    type('account-password', 'secret');
    await submit();
    expect(auth.calls).toEqual(['password wang@test.cn secret']);
    expect(onSignedIn).toHaveBeenCalledWith(worker);
  });

  it('does not ask the server with a malformed email', async () => {
    const auth = fakeAuth();
    render(<AccountSignIn auth={auth} user={null} onSignedIn={() => {}} onSignOut={() => {}} onError={() => {}} />);
    fireEvent.click(screen.getByTestId('sign-in-open'));
    type('account-email', 'wang@');
    await submit();
    expect(auth.calls).toEqual([]);
    expect(screen.getByTestId('account-notice')).toBeTruthy();
  });

  it('sends a code to the E.164 number, then verifies it', async () => {
    const auth = fakeAuth();
    const onSignedIn = vi.fn();
    render(<AccountSignIn auth={auth} user={null} onSignedIn={onSignedIn} onSignOut={() => {}} onError={() => {}} />);
    fireEvent.click(screen.getByTestId('sign-in-open'));
    fireEvent.click(screen.getByTestId('method-phone'));
    type('account-phone', '139 1234 5678');
    await submit();
    type('account-code', '123456');
    await submit();
    expect(auth.calls).toEqual(['sms +8613912345678', 'verify +8613912345678 123456']);
    expect(onSignedIn).toHaveBeenCalledWith(worker);
  });

  it('offers no SMS sign-in where the project has it off', () => {
    render(<AccountSignIn auth={fakeAuth(false)} user={null} onSignedIn={() => {}} onSignOut={() => {}} onError={() => {}} />);
    fireEvent.click(screen.getByTestId('sign-in-open'));
    expect(screen.queryByTestId('method-phone')).toBeNull();
  });

  it('passes a refusal on to the error display', async () => {
    const auth = fakeAuth();
    const refusal = new Error('Invalid login credentials');
    auth.signInWithPassword = vi.fn(async () => Promise.reject(refusal));
    const onError = vi.fn();
    render(<AccountSignIn auth={auth} user={null} onSignedIn={() => {}} onSignOut={() => {}} onError={onError} />);
    fireEvent.click(screen.getByTestId('sign-in-open'));
    type('account-email', 'wang@test.cn');
    type('account-password', 'wrong');
    await submit();
    expect(onError).toHaveBeenCalledWith(refusal);
  });
});
