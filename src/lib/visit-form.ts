// The visit form's state and what it sends: blank fields become null, the date is the worker's calendar day in
// Asia/Shanghai, and the client id is fixed when the form opens, so a resend of the same form is the same visit.
import type { VisitInput, VisitKind } from '../data/types';

const TIME_ZONE = 'Asia/Shanghai';

/** Photos a visit may carry (visit_add_photo refuses a fourth). */
export const VISIT_MAX_PHOTOS = 3;

/** A day as YYYY-MM-DD on the district's calendar. */
export function dayInShanghai(at: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export interface VisitForm {
  clientId: string;
  visitedOn: string;
  kind: VisitKind;
  findings: string;
  needs: string;
  followUp: string;
  followUpOn: string;
  toIncident: boolean;
  incidentCategory: string;
}

export function newVisitForm(clientId: string, at: Date = new Date()): VisitForm {
  return {
    clientId,
    visitedOn: dayInShanghai(at),
    kind: 'home',
    findings: '',
    needs: '',
    followUp: '',
    followUpOn: '',
    toIncident: false,
    incidentCategory: '',
  };
}

const blankToNull = (s: string) => (s.trim() === '' ? null : s.trim());

export function visitInput(form: VisitForm, householdId: number): VisitInput {
  return {
    clientId: form.clientId,
    householdId,
    visitedOn: form.visitedOn,
    kind: form.kind,
    findings: blankToNull(form.findings),
    needs: blankToNull(form.needs),
    followUp: blankToNull(form.followUp),
    followUpOn: blankToNull(form.followUpOn),
    incidentCategory: form.toIncident ? blankToNull(form.incidentCategory) : null,
  };
}
