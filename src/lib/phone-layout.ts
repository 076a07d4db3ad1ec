// The width up to which the app lays itself out for a phone: the same breakpoint as the CSS's
// `@media (max-width: 600px)` rules, in one place for the code that must agree with them.
export const PHONE_MAX_WIDTH = 600;

export const isPhoneWidth = (px: number) => px <= PHONE_MAX_WIDTH;
