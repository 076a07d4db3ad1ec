// The map's incident filters, as its URL carries them (a link from the map opens this page with the same query),
// turned into export arguments: null statuses mean the map's default, the open ones.
import type { IncidentExportFilter, Vocabularies } from '../../data/types';
import type { UrlState } from '../../lib/url-state';

export function exportFilter(u: UrlState, vocab: Vocabularies, gridId: number | null): IncidentExportFilter {
  return {
    gridId,
    statuses: u.statuses ?? vocab.statuses.filter((s) => s.is_open).map((s) => s.code),
    categories: u.categories,
    sources: u.sources,
    departments: u.departments,
    from: u.from,
    to: u.to,
    overdue: u.overdue,
    q: u.q,
  };
}
