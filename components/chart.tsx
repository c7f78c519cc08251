import type { Dataset } from '@/db/queries/datasets'
import { barGeometry, describeSeries, lineGeometry, valueFormatter, type BarGeometry, type LineGeometry } from '@/lib/charts'
import { datasetCsvPath } from '@/lib/paths'

/** Line colours, in series order; the first is the brand red. */
const seriesColors = ['#c40f2b', '#1f4e79', '#5b6b2f', '#7a4b94']
const colorOf = (index: number) => seriesColors[index % seriesColors.length]

/**
 * A chart of a stored dataset, drawn on the server as SVG with a title, a description for screen
 * readers and labelled axes; under it the numbers as a table, the source and a CSV download.
 */
export function Chart({ kind, dataset }: { kind: 'line' | 'bar'; dataset: Dataset }) {
  const id = `grafik-${dataset.slug}`
  const geometry = kind === 'line' ? lineGeometry(dataset.series) : barGeometry(dataset.series)
  const description = `Grafik ${kind === 'line' ? 'garis' : 'batang'} ${dataset.title}, ${dataset.period}, dalam ${dataset.unit}. ${describeSeries(dataset.series, dataset.unit)}`
  return (
    <figure aria-labelledby={`${id}-judul`} className="my-8 font-sans text-base leading-normal">
      <p id={`${id}-judul`} className="text-lg leading-snug font-extrabold">
        {dataset.title}
      </p>
      <p className="mt-1 text-sm text-muted">
        {dataset.description} ({dataset.unit}, {dataset.period})
      </p>
      {kind === 'line' && dataset.series.length > 1 && (
        <ul aria-hidden="true" className="mt-3 flex flex-wrap gap-4 text-sm">
          {dataset.series.map((series, index) => (
            <li key={series.name} className="flex items-center gap-2">
              <span className="inline-block h-1 w-5 rounded" style={{ background: colorOf(index) }} />
              {series.name}
            </li>
          ))}
        </ul>
      )}
      <svg
        role="img"
        aria-labelledby={`${id}-svg-judul ${id}-svg-desk`}
        viewBox={`0 0 ${geometry.width} ${geometry.height}`}
        className="mt-3 h-auto w-full text-[22px] sm:text-[15px]"
      >
        <title id={`${id}-svg-judul`}>{dataset.title}</title>
        <desc id={`${id}-svg-desk`}>{description}</desc>
        {'lines' in geometry ? <LinePlot g={geometry} dataset={dataset} /> : <BarPlot g={geometry} dataset={dataset} />}
      </svg>
      <figcaption className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
        <span>
          Sumber:{' '}
          {dataset.sourceUrl ? (
            <a href={dataset.sourceUrl} rel="noopener nofollow" className="underline">
              {dataset.source}
            </a>
          ) : (
            dataset.source
          )}
        </span>
        <a href={datasetCsvPath(dataset.slug)} download className="font-semibold text-brand underline">
          Unduh data (CSV)
        </a>
      </figcaption>
      <details className="mt-3 rounded-md border border-line">
        <summary className="cursor-pointer px-4 py-2 text-sm font-semibold">Lihat tabel data</summary>
        <DataTable dataset={dataset} />
      </details>
    </figure>
  )
}

function DataTable({ dataset }: { dataset: Dataset }) {
  const formatNumber = valueFormatter(dataset.series)
  const labels = [...new Set(dataset.series.flatMap((s) => s.points.map((p) => p.label)))]
  return (
    <div className="overflow-x-auto px-4 pb-3">
      <table className="w-full text-sm">
        <caption className="py-2 text-left text-muted">
          {dataset.title} ({dataset.unit})
        </caption>
        <thead>
          <tr className="border-b border-ink text-left">
            <th scope="col" className="py-1.5 pr-4">
              {dataset.dimension}
            </th>
            {dataset.series.map((series) => (
              <th key={series.name} scope="col" className="py-1.5 pr-4 text-right">
                {series.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {labels.map((label) => (
            <tr key={label} className="border-b border-line">
              <th scope="row" className="py-1.5 pr-4 text-left font-normal">
                {label}
              </th>
              {dataset.series.map((series) => {
                const value = series.points.find((p) => p.label === label)?.value
                return (
                  <td key={series.name} className="py-1.5 pr-4 text-right tabular-nums">
                    {value === undefined ? '–' : formatNumber(value)}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

const axisText = 'fill-current text-muted'

function LinePlot({ g, dataset }: { g: LineGeometry; dataset: Dataset }) {
  return (
    <g>
      <ValueGrid g={g} />
      <line x1={g.plot.left} x2={g.plot.right} y1={g.zero} y2={g.zero} stroke="#14171f" />
      <ColumnLabels g={g} />
      <AxisTitles g={g} unit={dataset.unit} dimension={dataset.dimension} />
      {g.lines.map((series, index) => (
        <g key={series.name} stroke={colorOf(index)} fill={colorOf(index)}>
          <path d={series.path} fill="none" strokeWidth={3} strokeLinejoin="round" strokeLinecap="round" />
          {series.points.map((point) => (
            <circle key={point.label} cx={point.x} cy={point.y} r={4.5} stroke="#fff" strokeWidth={1.5} />
          ))}
          {series.points.length > 0 && dataset.series.length === 1 && (
            <EndLabel point={series.points.at(-1)!} label={valueFormatter(dataset.series)(series.points.at(-1)!.value)} />
          )}
        </g>
      ))}
    </g>
  )
}

function EndLabel({ point, label }: { point: { x: number; y: number }; label: string }) {
  return (
    <text x={point.x + 10} y={point.y} dy="0.32em" stroke="none" className="fill-current font-bold text-ink">
      {label}
    </text>
  )
}

function BarPlot({ g, dataset }: { g: BarGeometry; dataset: Dataset }) {
  const formatNumber = valueFormatter(dataset.series)
  const horizontal = g.orientation === 'horizontal'
  return (
    <g>
      <ValueGrid g={g} />
      {g.bars.map((bar) => (
        <g key={bar.label}>
          <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={bar.negative ? '#1f4e79' : '#c40f2b'} rx={2} />
          {horizontal ? (
            <text
              x={bar.negative ? bar.x - 6 : bar.x + bar.width + 6}
              y={bar.y + bar.height / 2}
              dy="0.32em"
              textAnchor={bar.negative ? 'end' : 'start'}
              className="fill-current font-bold text-ink"
            >
              {formatNumber(bar.value)}
            </text>
          ) : (
            <text
              x={bar.x + bar.width / 2}
              y={bar.negative ? bar.y + bar.height + 16 : bar.y - 6}
              textAnchor="middle"
              className="fill-current font-bold text-ink"
            >
              {formatNumber(bar.value)}
            </text>
          )}
        </g>
      ))}
      {horizontal ? (
        <line x1={g.zero} x2={g.zero} y1={g.plot.top} y2={g.plot.bottom} stroke="#14171f" />
      ) : (
        <line x1={g.plot.left} x2={g.plot.right} y1={g.zero} y2={g.zero} stroke="#14171f" />
      )}
      {horizontal ? (
        g.labels.map(({ label, position }) => (
          <text key={label} x={g.plot.left - 8} y={position} dy="0.32em" textAnchor="end" className="fill-current text-ink">
            {label}
          </text>
        ))
      ) : (
        <ColumnLabels g={g} />
      )}
      <AxisTitles g={g} unit={dataset.unit} dimension={dataset.dimension} />
    </g>
  )
}

type Geometry = LineGeometry | BarGeometry

/** Gridlines at the value ticks, with their numbers, across or along the plot. */
function ValueGrid({ g }: { g: Geometry }) {
  const horizontal = g.orientation === 'horizontal'
  return g.valueTicks.map((tick) => (
    <g key={tick.value}>
      {horizontal ? (
        <line x1={tick.position} x2={tick.position} y1={g.plot.top} y2={g.plot.bottom} stroke="#e3e5ea" />
      ) : (
        <line x1={g.plot.left} x2={g.plot.right} y1={tick.position} y2={tick.position} stroke="#e3e5ea" />
      )}
      <text
        x={horizontal ? tick.position : g.plot.left - 8}
        y={horizontal ? g.plot.bottom + 20 : tick.position}
        dy={horizontal ? undefined : '0.32em'}
        textAnchor={horizontal ? 'middle' : 'end'}
        className={axisText}
      >
        {tick.label}
      </text>
    </g>
  ))
}

/** The labels under columns or points: years, months. */
function ColumnLabels({ g }: { g: Geometry }) {
  return g.labels.map(({ label, position }) => (
    <text key={label} x={position} y={g.plot.bottom + 22} textAnchor="middle" className={axisText}>
      {label}
    </text>
  ))
}

/** The axis titles: the unit along the value axis, the dimension along the labels. */
function AxisTitles({
  g,
  unit,
  dimension,
}: {
  g: { orientation: 'vertical' | 'horizontal'; plot: { left: number; top: number; right: number; bottom: number }; height: number }
  unit: string
  dimension: string
}) {
  if (g.orientation === 'horizontal') {
    return (
      <>
        <text x={(g.plot.left + g.plot.right) / 2} y={g.height - 4} textAnchor="middle" className="fill-current text-muted italic">
          {unit}
        </text>
        <text x={4} y={g.plot.top - 2} dy="0.7em" className="fill-current text-muted italic">
          {dimension}
        </text>
      </>
    )
  }
  return (
    <>
      <text
        transform={`translate(16 ${(g.plot.top + g.plot.bottom) / 2}) rotate(-90)`}
        textAnchor="middle"
        className="fill-current text-muted italic"
      >
        {unit}
      </text>
      <text x={(g.plot.left + g.plot.right) / 2} y={g.height - 6} textAnchor="middle" className="fill-current text-muted italic">
        {dimension}
      </text>
    </>
  )
}
