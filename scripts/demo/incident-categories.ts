// How each incident category behaves in a year of a Taiyuan sub-district: how common it is, its season, how it
// usually reaches the community, who handles it and how long that takes. The numbers are judgement, chosen so
// the dashboards show what staff would recognise: heating complaints from November to March (Taiyuan's heating
// season), drains and leaking roofs in the July–August rains, frozen pipes in mid-winter, disputes that take
// days to weeks while hazards are fixed within hours.
import type { CategoryCode, DepartmentCode, SourceCode } from './vocabulary';

export interface CategorySpec {
  /** Handled round the clock (duty staff, police, water company): no waiting for office hours. */
  urgent?: boolean;
  /** Relative frequency in a month whose seasonal factor is 1. */
  weight: number;
  /** Seasonal factor by month, January first. */
  months: readonly number[];
  /** How much more (or less) likely this category is to arrive through each source than average. */
  sourceBias: Partial<Record<SourceCode, number>>;
  /** Report → resolution, log-normal: median hours and sigma. Deadlines are in vocabulary.ts. */
  resolveMedianHours: number;
  resolveSigma: number;
  /** Share handled by the grid on the spot (立行立改), never dispatched to a department. */
  directShare: number;
  /** Share of dispatched cases that need coordination between parties (协调中) before they can be solved. */
  coordinateShare: number;
  /** Share of dispatched cases a department cannot finish for months (funds, permits, season): 久拖未决. */
  stallShare: number;
  /** Departments it is dispatched to, by weight (a text template may name its own). */
  departments: readonly (readonly [DepartmentCode, number])[];
}

export const CATEGORY_SPECS: Record<CategoryCode, CategorySpec> = {
  safety_hazard: {
    urgent: true,
    weight: 15, months: [1, 1, 1.1, 1.2, 1.1, 1, 1.25, 1.25, 1, 1, 1, 1],
    sourceBias: { patrol: 1.6, wechat: 1.1, visit: 0.6, council: 0.5 },
    resolveMedianHours: 6, resolveSigma: 0.6, directShare: 0.25, coordinateShare: 0.04, stallShare: 0.03,
    departments: [['urban_mgmt', 3], ['property', 4], ['community', 2]],
  },
  drain_blocked: {
    weight: 10, months: [0.8, 0.8, 0.8, 0.9, 1, 1.4, 3, 3, 1.4, 1, 0.9, 0.9],
    sourceBias: { hotline: 1.3, wechat: 1.2, patrol: 0.8 },
    resolveMedianHours: 12, resolveSigma: 0.6, directShare: 0.1, coordinateShare: 0.05, stallShare: 0.03,
    departments: [['property', 5], ['urban_mgmt', 2], ['water', 1]],
  },
  water_pipe: {
    urgent: true,
    weight: 5, months: [2.2, 1.8, 1.1, 0.8, 0.8, 0.8, 0.9, 0.9, 0.8, 0.8, 1.2, 2],
    sourceBias: { hotline: 1.6, patrol: 0.7, council: 0.2 },
    resolveMedianHours: 5.5, resolveSigma: 0.6, directShare: 0, coordinateShare: 0.03, stallShare: 0.012,
    departments: [['water', 8], ['property', 2]],
  },
  heating: {
    // Heating runs 1 November – 31 March; October brings the trial runs and their leaks.
    weight: 9, months: [3.5, 3, 2, 0.3, 0.05, 0.02, 0.02, 0.02, 0.05, 0.6, 3.5, 3.8],
    sourceBias: { hotline: 2.2, visit: 1.3, wechat: 0.8, council: 0.5, patrol: 0.2 },
    resolveMedianHours: 12, resolveSigma: 0.6, directShare: 0, coordinateShare: 0.05, stallShare: 0.025,
    departments: [['heating', 9], ['property', 1]],
  },
  roof_leak: {
    weight: 5, months: [0.4, 0.4, 0.7, 0.8, 1, 1.5, 3.5, 3.2, 1.3, 0.8, 0.6, 0.5],
    sourceBias: { hotline: 1.3, visit: 1.6, patrol: 0.3 },
    resolveMedianHours: 18, resolveSigma: 0.6, directShare: 0.05, coordinateShare: 0.15, stallShare: 0.075,
    departments: [['property', 6], ['community', 3]],
  },
  dispute: {
    weight: 10, months: [0.9, 1.1, 1, 1, 1, 1.1, 1.2, 1.2, 1, 1, 0.9, 0.9],
    sourceBias: { visit: 2.5, council: 2.2, hotline: 1, patrol: 0.6, wechat: 0.5 },
    resolveMedianHours: 30, resolveSigma: 0.7, directShare: 0.45, coordinateShare: 0.25, stallShare: 0.075,
    departments: [['community', 6], ['police', 3], ['market', 1]],
  },
  sanitation: {
    weight: 22, months: [0.9, 1.2, 1, 1.1, 1.1, 1.1, 1.2, 1.2, 1.1, 1, 0.9, 0.9],
    sourceBias: { patrol: 1.3, wechat: 1.5, council: 1.2 },
    resolveMedianHours: 18, resolveSigma: 0.6, directShare: 0.35, coordinateShare: 0.05, stallShare: 0.075,
    departments: [['urban_mgmt', 5], ['environment', 3], ['property', 3], ['community', 1]],
  },
  public_order: {
    urgent: true,
    weight: 6, months: [1, 1.1, 1, 1, 1, 1.1, 1.2, 1.2, 1, 1, 1, 1],
    sourceBias: { patrol: 1.2, hotline: 1.3, wechat: 0.7 },
    resolveMedianHours: 5.5, resolveSigma: 0.6, directShare: 0.1, coordinateShare: 0.04, stallShare: 0.025,
    departments: [['police', 9], ['community', 1]],
  },
  other: {
    weight: 8, months: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
    sourceBias: { council: 1.5 },
    resolveMedianHours: 28, resolveSigma: 0.7, directShare: 0.3, coordinateShare: 0.05, stallShare: 0.075,
    departments: [['community', 4], ['property', 3], ['market', 2], ['urban_mgmt', 1]],
  },
};

/** Target mix of sources over the year: patrol 35%, hotline 30%, WeChat 20%, walk-ins 10%, council 5%. */
export const SOURCE_MIX: Record<SourceCode, number> = { patrol: 35, hotline: 30, wechat: 20, visit: 10, council: 5 };

/** Hour-of-day weights by source (local time): patrols and walk-ins in office hours, WeChat peaks in the evening. */
export const SOURCE_HOURS: Record<SourceCode, Readonly<Record<number, number>>> = {
  patrol: { 8: 2, 9: 4, 10: 5, 11: 4, 12: 1, 13: 1, 14: 3, 15: 5, 16: 4, 17: 2 },
  visit: { 8: 2, 9: 5, 10: 5, 11: 3, 12: 0.5, 14: 3, 15: 4, 16: 3, 17: 1 },
  hotline: { 0: 0.2, 1: 0.1, 2: 0.1, 5: 0.2, 6: 0.5, 7: 1, 8: 3, 9: 5, 10: 5, 11: 4, 12: 2, 13: 2, 14: 3, 15: 4, 16: 4,
    17: 3, 18: 3, 19: 4, 20: 4, 21: 2, 22: 1, 23: 0.4 },
  wechat: { 6: 0.5, 7: 2, 8: 3, 9: 3, 10: 3, 11: 3, 12: 4, 13: 3, 14: 2, 15: 2, 16: 2, 17: 3, 18: 4, 19: 5, 20: 6, 21: 5,
    22: 3, 23: 1 },
  council: { 9: 1, 10: 2, 14: 4, 15: 4, 16: 2, 19: 3, 20: 2 },
};

/** Day-of-week weights by source (0 = Sunday): fewer patrols and walk-ins at weekends; councils meet Tue/Thu. */
export function weekdayFactor(source: SourceCode, weekday: number): number {
  const weekend = weekday === 0 || weekday === 6;
  switch (source) {
    case 'patrol': return weekend ? 0.35 : 1;
    case 'visit': return weekend ? 0.3 : 1;
    case 'hotline': return weekend ? 0.9 : 1;
    case 'wechat': return weekend ? 1.15 : 1;
    case 'council': return weekday === 2 || weekday === 4 ? 1 : 0.05;
  }
}
