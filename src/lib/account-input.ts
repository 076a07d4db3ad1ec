// What a sign-in form accepts before asking the server: an email address, and a mainland mobile number written
// the ways people write it (139 1234 5678, +86-139…), turned into the E.164 form SMS providers need.
export function validEmail(email: string): boolean {
  return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.trim()) && email.trim().length <= 254;
}

export function toE164(phone: string): string | null {
  const digits = phone.replace(/[\s()-]/g, '');
  const m = /^(?:\+?86)?(1[3-9]\d{9})$/.exec(digits);
  return m ? `+86${m[1]}` : null;
}
