// One facet of the incident filter (status, category, source, department): its options with the count each
// would give with all the other facets applied. `checked` decides what a tick means: for status the ticked
// options are the ones shown (the list doubles as the pins' legend); elsewhere nothing ticked means no limit.
import type { ReactNode } from 'react';

export interface FacetOption {
  code: string;
  label: string;
  color?: string;
  muted?: boolean;
}

interface Props {
  title: string;
  testId: string;
  optionTestId: string;
  options: FacetOption[];
  counts: Readonly<Record<string, number>>;
  isChecked(code: string): boolean;
  onToggle(code: string): void;
  open?: boolean;
  actions?: ReactNode;
}

export function FacetSection({ title, testId, optionTestId, options, counts, isChecked, onToggle, open, actions }: Props) {
  const active = options.filter((o) => isChecked(o.code)).length;
  return (
    <details className="facet" data-testid={testId} open={open}>
      <summary>
        <span>{title}</span>
        {active > 0 && active < options.length && <span className="facet-active">{active}</span>}
      </summary>
      <ul>
        {options.map((o) => (
          <li key={o.code}>
            <label data-testid={`${optionTestId}-${o.code}`} className={o.muted ? 'done' : undefined}>
              <input type="checkbox" checked={isChecked(o.code)} onChange={() => onToggle(o.code)} />
              {o.color && <span className="swatch" style={{ background: o.color }} aria-hidden />}
              <span className="name">{o.label}</span>
              <span className="count">{counts[o.code] ?? 0}</span>
            </label>
          </li>
        ))}
      </ul>
      {actions}
    </details>
  );
}
