// The dashboard's chart shapes, drawn with Recharts and themed for the light panel or the dark wall. Animations
// are off: figures refresh in place, and an exported picture must not catch bars half grown.
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, Line, LineChart, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useChartTheme } from './chart-theme';

/** Axis numbers grouped as the reader's language writes them (1,400). */
function useNumberTicks() {
  const { i18n } = useTranslation();
  return (v: number) => v.toLocaleString(i18n.language);
}

export interface BarRow {
  key: string;
  label: string;
  value: number;
  colour?: string;
}

export interface Series {
  key: string;
  name: string;
  colour: string;
}

const tooltipStyle = (bg: string, ink: string) => ({ background: bg, color: ink, border: '1px solid #8fa2b6', borderRadius: 6 });

/** Rows that are not chosen fade while a choice is in force. */
const faded = (key: string, chosen: readonly string[] | null | undefined) => (chosen && chosen.length > 0 && !chosen.includes(key) ? 0.35 : 1);

interface CountBarsProps {
  rows: BarRow[];
  height: number;
  /** Horizontal bars with the labels on the left: for long names (categories, grids, tags). */
  horizontal?: boolean;
  labelWidth?: number;
  name: string;
  chosen?: readonly string[] | null;
  onSelect?(key: string): void;
}

/** One count per row; each bar its own colour when the rows carry one (risk levels). */
export function CountBars({ rows, height, horizontal = false, labelWidth = 96, name, chosen, onSelect }: CountBarsProps) {
  const th = useChartTheme();
  const num = useNumberTicks();
  const tick = { fill: th.ink, fontSize: th.fontSize };
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={rows} layout={horizontal ? 'vertical' : 'horizontal'} margin={{ top: 8, right: 16, bottom: 4, left: 4 }}>
        <CartesianGrid stroke={th.grid} horizontal={!horizontal} vertical={horizontal} />
        {horizontal ? (
          <>
            <XAxis type="number" allowDecimals={false} tick={tick} stroke={th.muted} tickFormatter={num} />
            <YAxis type="category" dataKey="label" width={labelWidth} tick={tick} stroke={th.muted} interval={0} />
          </>
        ) : (
          <>
            <XAxis dataKey="label" tick={tick} stroke={th.muted} interval={0} />
            <YAxis allowDecimals={false} tick={tick} stroke={th.muted} width={56} tickFormatter={num} />
          </>
        )}
        <Tooltip contentStyle={tooltipStyle(th.background, th.ink)} cursor={{ fill: th.grid, opacity: 0.4 }} />
        <Bar
          dataKey="value"
          name={name}
          fill={th.received}
          isAnimationActive={false}
          cursor={onSelect ? 'pointer' : undefined}
          onClick={onSelect ? (d) => onSelect((d.payload as BarRow).key) : undefined}
        >
          {rows.map((r) => (
            <Cell key={r.key} fill={r.colour ?? th.received} fillOpacity={faded(r.key, chosen)} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

interface SeriesBarsProps<T> {
  rows: T[];
  series: Series[];
  height: number;
  labelWidth?: number;
  chosen?: readonly string[] | null;
  onSelect?(key: string): void;
}

/** Several figures per row (received and resolved per category), horizontal. */
export function SeriesBars<T extends { key: string; label: string }>({ rows, series, height, labelWidth = 110, chosen, onSelect }: SeriesBarsProps<T>) {
  const th = useChartTheme();
  const num = useNumberTicks();
  const tick = { fill: th.ink, fontSize: th.fontSize };
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }} barGap={1}>
        <CartesianGrid stroke={th.grid} horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={tick} stroke={th.muted} tickFormatter={num} />
        <YAxis type="category" dataKey="label" width={labelWidth} tick={tick} stroke={th.muted} interval={0} />
        <Tooltip contentStyle={tooltipStyle(th.background, th.ink)} cursor={{ fill: th.grid, opacity: 0.4 }} />
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            fill={s.colour}
            isAnimationActive={false}
            cursor={onSelect ? 'pointer' : undefined}
            onClick={onSelect ? (d) => onSelect((d.payload as T).key) : undefined}
          >
            {rows.map((r) => (
              <Cell key={r.key} fillOpacity={faded(r.key, chosen)} />
            ))}
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

interface TrendProps {
  rows: { label: string }[];
  series: Series[];
  height: number;
}

export function TrendLines({ rows, series, height }: TrendProps) {
  const th = useChartTheme();
  const num = useNumberTicks();
  const tick = { fill: th.ink, fontSize: th.fontSize };
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 4 }}>
        <CartesianGrid stroke={th.grid} />
        <XAxis dataKey="label" tick={tick} stroke={th.muted} minTickGap={12} />
        <YAxis allowDecimals={false} tick={tick} stroke={th.muted} width={56} tickFormatter={num} />
        <Tooltip contentStyle={tooltipStyle(th.background, th.ink)} />
        {series.map((s) => (
          <Line key={s.key} type="monotone" dataKey={s.key} name={s.name} stroke={s.colour} strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}

interface SlicesProps {
  rows: BarRow[];
  height: number;
  chosen?: readonly string[] | null;
  onSelect?(key: string): void;
}

/** Shares of a whole (sources); labelled with name and count beside each slice. */
export function Slices({ rows, height, chosen, onSelect }: SlicesProps) {
  const th = useChartTheme();
  return (
    <ResponsiveContainer width="100%" height={height}>
      <PieChart margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
        <Tooltip contentStyle={tooltipStyle(th.background, th.ink)} />
        <Pie
          data={rows.filter((r) => r.value > 0)}
          dataKey="value"
          nameKey="label"
          innerRadius="45%"
          outerRadius="72%"
          isAnimationActive={false}
          label={(p) => (
            <text x={p.x} y={p.y} textAnchor={p.textAnchor} dominantBaseline="central" fill={th.ink} fontSize={th.fontSize}>
              {`${p.name} ${p.value}`}
            </text>
          )}
          labelLine={{ stroke: th.muted }}
          cursor={onSelect ? 'pointer' : undefined}
          onClick={onSelect ? (d) => onSelect((d.payload as BarRow).key) : undefined}
        >
          {rows
            .filter((r) => r.value > 0)
            .map((r, i) => (
              <Cell key={r.key} fill={r.colour ?? th.palette[i % th.palette.length]} fillOpacity={faded(r.key, chosen)} />
            ))}
        </Pie>
      </PieChart>
    </ResponsiveContainer>
  );
}
