// The absolute address a plate's QR code holds: the courtyard's public page under the app's base path.
import { routePath } from './route';

export function publicCardUrl(token: string, origin: string, base: string): string {
  return `${origin.replace(/\/$/, '')}${routePath({ page: 'courtyard', token }, base)}`;
}
