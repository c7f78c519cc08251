// Chart geometry: scales, ticks and shapes for the server-rendered SVG charts (components/chart.tsx).
// Pure functions of the data, so edge cases (no values, negatives, one point) are unit-tested.
import { scaleBand, scaleLinear, scalePoint } from 'd3-scale'
import { line } from 'd3-shape'

export type ChartPoint = { label: string; value: number }
export type ChartSeries = { name: string; points: ChartPoint[] }

const numberFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 })
/** Indonesian number style: 5,31 and 1.250. */
export const formatNumber = (value: number) => numberFormat.format(value)

/** A dataset's values all with the same number of decimals (at most 2), as a table prints them: 3,70 beside 5,31. */
export function valueFormatter(series: ChartSeries[]): (value: number) => string {
  const decimals = Math.min(
    2,
    Math.max(
      0,
      ...series.flatMap((s) => s.points.map((p) => (Number.isFinite(p.value) ? (String(p.value).split('.')[1]?.length ?? 0) : 0))),
    ),
  )
  const format = new Intl.NumberFormat('id-ID', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
  return (value) => format.format(value)
}

type Box = { left: number; top: number; right: number; bottom: number }
type Tick = { value: number; position: number; label: string }

/** What every chart has: its size, the plot area, the value axis with its zero, the labels. */
type Frame = {
  width: number
  height: number
  plot: Box
  valueTicks: Tick[]
  zero: number
  labels: { label: string; position: number }[]
}

export type LineGeometry = Frame & {
  orientation: 'vertical'
  lines: { name: string; path: string; points: (ChartPoint & { x: number; y: number })[] }[]
}

export type BarGeometry = Frame & {
  /** Columns for short labels such as years; horizontal bars for names that need room. */
  orientation: 'vertical' | 'horizontal'
  bars: (ChartPoint & { x: number; y: number; width: number; height: number; negative: boolean })[]
}

const WIDTH = 640

/** The value axis: always includes zero, rounded to nice ticks; all-zero or no data gives 0..1. */
export function valueDomain(values: number[]): [number, number] {
  const finite = values.filter(Number.isFinite)
  const low = Math.min(0, ...finite)
  const high = Math.max(0, ...finite)
  if (low === high) return [0, 1]
  const nice = scaleLinear().domain([low, high]).nice(5).domain()
  return [nice[0] ?? low, nice[1] ?? high]
}

function ticks(domain: [number, number], range: [number, number]): { scale: (v: number) => number; ticks: Tick[] } {
  const scale = scaleLinear().domain(domain).range(range)
  return { scale, ticks: scale.ticks(5).map((value) => ({ value, position: scale(value), label: formatNumber(value) })) }
}

/** Labels shared by every series, in the order of the first series that has them. */
function labelsOf(series: ChartSeries[]): string[] {
  return [...new Set(series.flatMap((s) => s.points.map((p) => p.label)))]
}

export function lineGeometry(series: ChartSeries[]): LineGeometry {
  const height = 340
  // Room on the right for the last value's label.
  const plot = { left: 64, top: 20, right: WIDTH - 64, bottom: height - 56 }
  const labels = labelsOf(series)
  const x = scalePoint<string>().domain(labels).range([plot.left, plot.right]).padding(0.5)
  const { scale: y, ticks: valueTicks } = ticks(valueDomain(series.flatMap((s) => s.points.map((p) => p.value))), [plot.bottom, plot.top])
  const step = labels.length > 10 ? Math.ceil(labels.length / 10) : 1
  return {
    orientation: 'vertical',
    width: WIDTH,
    height,
    plot,
    valueTicks,
    zero: y(0),
    labels: labels.filter((_, i) => i % step === 0).map((label) => ({ label, position: x(label) ?? 0 })),
    lines: series.map((s) => {
      const points = s.points
        .filter((p) => Number.isFinite(p.value))
        .map((p) => ({ ...p, x: round(x(p.label) ?? 0), y: round(y(p.value)) }))
      const path = line<{ x: number; y: number }>()
        .x((p) => p.x)
        .y((p) => p.y)(points)
      return { name: s.name, path: path ?? '', points }
    }),
  }
}

export function barGeometry(series: ChartSeries[]): BarGeometry {
  const points = (series[0]?.points ?? []).filter((p) => Number.isFinite(p.value))
  const horizontal = points.some((p) => p.label.length > 6)
  const height = horizontal ? Math.max(120, points.length * 40 + 64) : 340
  const plot = horizontal
    ? { left: 190, top: 12, right: WIDTH - 64, bottom: height - 40 }
    : { left: 64, top: 20, right: WIDTH - 20, bottom: height - 56 }
  // One band per label along the category axis, values along the other; the orientation only
  // decides which axis is x.
  const band = scaleBand<string>()
    .domain(points.map((p) => p.label))
    .range(horizontal ? [plot.top, plot.bottom] : [plot.left, plot.right])
    .padding(horizontal ? 0.25 : 0.3)
  const { scale: value, ticks: valueTicks } = ticks(
    valueDomain(points.map((p) => p.value)),
    horizontal ? [plot.left, plot.right] : [plot.bottom, plot.top],
  )
  return {
    orientation: horizontal ? 'horizontal' : 'vertical',
    width: WIDTH,
    height,
    plot,
    valueTicks,
    zero: value(0),
    labels: points.map((p) => ({ label: p.label, position: round((band(p.label) ?? 0) + band.bandwidth() / 2) })),
    bars: points.map((p) => {
      const along = { start: round(band(p.label) ?? 0), size: round(band.bandwidth()) }
      const across = { start: round(Math.min(value(0), value(p.value))), size: round(Math.abs(value(p.value) - value(0))) }
      const [x, y] = horizontal ? [across, along] : [along, across]
      return { ...p, x: x.start, y: y.start, width: x.size, height: y.size, negative: p.value < 0 }
    }),
  }
}

/** A sentence for screen readers: the range of the data, lowest and highest value. */
export function describeSeries(series: ChartSeries[], unit: string): string {
  const formatNumber = valueFormatter(series)
  return series
    .map((s) => {
      const points = s.points.filter((p) => Number.isFinite(p.value))
      if (points.length === 0) return `${s.name}: tidak ada data.`
      const low = points.reduce((a, b) => (b.value < a.value ? b : a))
      const high = points.reduce((a, b) => (b.value > a.value ? b : a))
      const first = points[0]!
      const last = points.at(-1)!
      if (points.length === 1) return `${s.name}: ${first.label} ${formatNumber(first.value)} ${unit}.`
      return `${s.name} dari ${first.label} (${formatNumber(first.value)} ${unit}) hingga ${last.label} (${formatNumber(last.value)} ${unit}); terendah ${formatNumber(low.value)} pada ${low.label}, tertinggi ${formatNumber(high.value)} pada ${high.label}.`
    })
    .join(' ')
}

/** CSV (RFC 4180) of a dataset: one row per label, one column per series; fields quoted when needed. */
export function toCsv(dimension: string, series: ChartSeries[]): string {
  const labels = labelsOf(series)
  const rows: (string | number)[][] = [
    [dimension, ...series.map((s) => s.name)],
    ...labels.map((label) => [label, ...series.map((s) => s.points.find((p) => p.label === label)?.value ?? '')]),
  ]
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}

/**
 * One CSV field. Numbers are written as numbers (a negative value stays a value). Text that
 * starts with =, +, -, @, a tab or a carriage return would make a spreadsheet run a formula, so
 * it gets a quote mark first, whatever follows (OWASP CSV injection).
 */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

const round = (n: number) => Math.round(n * 10) / 10
