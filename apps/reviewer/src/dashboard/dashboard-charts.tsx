import { Empty } from 'antd';
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

const BAR_COLOUR = '#1677ff';
const TARGET_COLOUR = '#cf1322';
const TARGET_MAX_COLOUR = '#d48806';

export interface YearBarChartProps {
  years: readonly number[];
  /** In the order of `years`. */
  counts: readonly number[];
  /** The series' name in the tooltip. */
  seriesName: string;
  /** A yearly target to draw as dashed lines (its lower bound, and its upper bound when different). */
  yearlyTarget?: { min: number; max: number; label: string };
  emptyText: string;
  height?: number;
}

/** Approvals per year as bars, with the yearly target as a reference line. */
export function YearBarChart({ years, counts, seriesName, yearlyTarget, emptyText, height = 200 }: YearBarChartProps) {
  if (years.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} style={{ height, margin: 0 }} />;
  const data = years.map((year, index) => ({ year: String(year), count: counts[index] ?? 0 }));
  // Keep the target line inside the plot even when no year comes near it.
  const top = Math.max(...data.map((entry) => entry.count), yearlyTarget ? yearlyTarget.max : 0);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} margin={{ top: 16, right: 16, bottom: 0, left: -16 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="year" tickLine={false} />
        <YAxis allowDecimals={false} domain={[0, Math.max(1, Math.ceil(top * 1.1))]} />
        <Tooltip formatter={(value) => [value, seriesName]} />
        <Bar dataKey="count" name={seriesName} fill={BAR_COLOUR} maxBarSize={48} isAnimationActive={false}>
          <LabelList dataKey="count" position="top" />
        </Bar>
        {yearlyTarget && (
          <ReferenceLine y={yearlyTarget.min} stroke={TARGET_COLOUR} strokeDasharray="6 4" label={{ value: yearlyTarget.label, position: 'insideTopRight', fill: TARGET_COLOUR, fontSize: 12 }} />
        )}
        {yearlyTarget && yearlyTarget.max !== yearlyTarget.min && <ReferenceLine y={yearlyTarget.max} stroke={TARGET_MAX_COLOUR} strokeDasharray="2 4" />}
      </BarChart>
    </ResponsiveContainer>
  );
}

export interface CountBarChartProps {
  /** Already in the order to show (largest first). */
  data: readonly { key: string; name: string; count: number }[];
  seriesName: string;
  emptyText: string;
}

const ROW_HEIGHT = 28;

/** Counts by category as horizontal bars, one row per entry. */
export function CountBarChart({ data, seriesName, emptyText }: CountBarChartProps) {
  if (data.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;
  const longest = Math.max(...data.map((entry) => entry.name.length));
  return (
    <ResponsiveContainer width="100%" height={data.length * ROW_HEIGHT + 48}>
      <BarChart data={[...data]} layout="vertical" margin={{ top: 8, right: 32, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="name" width={Math.min(220, Math.max(64, longest * 13))} tick={{ fontSize: 12 }} interval={0} />
        <Tooltip formatter={(value) => [value, seriesName]} />
        <Bar dataKey="count" name={seriesName} fill={BAR_COLOUR} maxBarSize={20} isAnimationActive={false}>
          <LabelList dataKey="count" position="right" />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
