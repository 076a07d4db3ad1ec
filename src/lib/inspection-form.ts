// The inspection form's rules that the browser checks before asking the database (which checks them again):
// every checklist item answered, a note on every failed item, headcounts as whole numbers. Also the checklist
// grouped by theme, in the order the database sorts it.
import type { CheckResult, CourtyardTheme, InspectionInput, InspectionItem } from '../data/types';
import { isChinese } from './vocab';

export const THEMES: readonly CourtyardTheme[] = ['safety', 'harmony', 'peace'];
/** The database's limit (courtyard_inspect). */
export const MAX_HEADCOUNT = 10_000;
export const NOTE_MAX = 500;
export const FINDINGS_MAX = 2000;

export interface AnswerDraft {
  result: CheckResult | null;
  note: string;
}

export interface InspectionDraft {
  answers: Record<string, AnswerDraft>;
  findings: string;
  /** As typed; empty keeps the stored count. */
  tenants: string;
  floatingPeople: string;
}

export const emptyInspection = (): InspectionDraft => ({ answers: {}, findings: '', tenants: '', floatingPeople: '' });

export function byTheme(items: readonly InspectionItem[]): { theme: CourtyardTheme; items: InspectionItem[] }[] {
  return THEMES.map((theme) => ({
    theme,
    items: items.filter((i) => i.theme === theme).sort((a, b) => a.sort - b.sort || a.code.localeCompare(b.code)),
  })).filter((g) => g.items.length > 0);
}

export interface InspectionProblems {
  /** Items with no answer, in checklist order. */
  missing: InspectionItem[];
  /** Failed items without a note. */
  unexplained: InspectionItem[];
  tenants: boolean;
  floatingPeople: boolean;
}

/** Empty, or a whole number within range. */
function badCount(s: string): boolean {
  const v = s.trim();
  if (!v) return false;
  return !/^\d+$/.test(v) || Number(v) > MAX_HEADCOUNT;
}

export function checkInspection(items: readonly InspectionItem[], d: InspectionDraft): InspectionProblems {
  const ordered = byTheme(items).flatMap((g) => g.items);
  return {
    missing: ordered.filter((i) => !d.answers[i.code]?.result),
    unexplained: ordered.filter((i) => d.answers[i.code]?.result === 'fail' && !d.answers[i.code]!.note.trim()),
    tenants: badCount(d.tenants),
    floatingPeople: badCount(d.floatingPeople),
  };
}

export const isComplete = (p: InspectionProblems) => !p.missing.length && !p.unexplained.length && !p.tenants && !p.floatingPeople;

/** "消防通道畅通、电动车不进屋" for a message; the first few names, then an ellipsis. */
export function itemNames(items: readonly InspectionItem[], lang: string, max = 4): string {
  const names = items.slice(0, max).map((i) => (isChinese(lang) ? i.name_zh : i.name_en));
  const sep = isChinese(lang) ? '、' : ', ';
  return names.join(sep) + (items.length > max ? '…' : '');
}

const count = (s: string) => (s.trim() ? Number(s.trim()) : null);

export function toInspectionInput(courtyardId: number, items: readonly InspectionItem[], d: InspectionDraft): InspectionInput {
  return {
    courtyardId,
    answers: byTheme(items)
      .flatMap((g) => g.items)
      .map((i) => ({ item: i.code, result: d.answers[i.code]!.result!, note: d.answers[i.code]!.note.trim() || null })),
    findings: d.findings.trim() || null,
    tenants: count(d.tenants),
    floatingPeople: count(d.floatingPeople),
  };
}
