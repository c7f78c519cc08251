import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { Chart } from '@/components/chart'
import { barGeometry, csvField, describeSeries, lineGeometry, toCsv, valueDomain, valueFormatter } from './charts'

const series = (values: number[], labels = values.map((_, i) => String(2015 + i))) => [
  { name: 'Nilai', points: values.map((value, i) => ({ label: labels[i]!, value })) },
]

describe('value axis', () => {
  it('always includes zero and rounds outward to nice numbers', () => {
    expect(valueDomain([3.35, 5.51, 1.68])).toEqual([0, 6])
    expect(valueDomain([-2.07, 5.31])).toEqual([-4, 6])
    expect(valueDomain([-4, -1])).toEqual([-4, 0])
  })

  it('falls back to 0..1 with no data, all zeros or values that are not numbers', () => {
    expect(valueDomain([])).toEqual([0, 1])
    expect(valueDomain([0, 0])).toEqual([0, 1])
    expect(valueDomain([Number.NaN, Number.POSITIVE_INFINITY])).toEqual([0, 1])
  })
})

describe('line geometry', () => {
  it('places points left to right and higher values higher', () => {
    const g = lineGeometry(series([1, 3, 2]))
    const [a, b, c] = g.lines[0]!.points
    expect(a!.x).toBeLessThan(b!.x)
    expect(b!.x).toBeLessThan(c!.x)
    expect(b!.y).toBeLessThan(c!.y)
    expect(c!.y).toBeLessThan(a!.y)
    expect(g.lines[0]!.path).toMatch(/^M[\d.]+,[\d.]+L/)
    expect(g.valueTicks.map((t) => t.label)).toContain('0')
  })

  it('draws one point as a lone dot in the middle, and an empty series as nothing', () => {
    const one = lineGeometry(series([4]))
    expect(one.lines[0]!.points).toHaveLength(1)
    expect(one.lines[0]!.points[0]!.x).toBeCloseTo((one.plot.left + one.plot.right) / 2, 0)
    const empty = lineGeometry([{ name: 'Kosong', points: [] }])
    expect(empty.lines[0]!.points).toEqual([])
    expect(empty.lines[0]!.path).toBe('')
    expect(lineGeometry([]).lines).toEqual([])
  })

  it('puts negative values below the zero line', () => {
    const g = lineGeometry(series([2, -2]))
    const [up, down] = g.lines[0]!.points
    expect(up!.y).toBeLessThan(g.zero)
    expect(down!.y).toBeGreaterThan(g.zero)
  })
})

describe('bar geometry', () => {
  it('stands columns on the zero line and hangs negative ones from it', () => {
    const g = barGeometry(series([5.02, -2.07, 3.7]))
    expect(g.orientation).toBe('vertical')
    const [pos, neg] = g.bars
    expect(pos!.y + pos!.height).toBeCloseTo(g.zero, 0)
    expect(neg!.y).toBeCloseTo(g.zero, 0)
    expect(neg!.negative).toBe(true)
    expect(pos!.height / neg!.height).toBeCloseTo(5.02 / 2.07, 1)
  })

  it('turns long labels into horizontal bars that start at zero', () => {
    const g = barGeometry(series([48.27, 10.56], ['Jawa Barat', 'DKI Jakarta']))
    expect(g.orientation).toBe('horizontal')
    expect(g.bars[0]!.x).toBeCloseTo(g.zero, 0)
    expect(g.bars[0]!.width).toBeGreaterThan(g.bars[1]!.width)
  })

  it('copes with no bars and with a single zero', () => {
    expect(barGeometry([]).bars).toEqual([])
    const zero = barGeometry(series([0]))
    expect(zero.bars[0]!.height).toBe(0)
  })
})

describe('the chart component', () => {
  const dataset = {
    id: 1,
    slug: 'pertumbuhan',
    title: 'Pertumbuhan <ekonomi>',
    description: 'Tahunan.',
    unit: 'persen',
    dimension: 'Tahun',
    source: 'BPS',
    sourceUrl: 'https://www.bps.go.id',
    period: '2019-2021',
    series: series([5.02, -2.07, 3.7], ['2019', '2020', '2021']),
  }

  it('is an SVG image named by its title and described in words, with labelled axes and a table', () => {
    const html = renderToStaticMarkup(<Chart kind="bar" dataset={dataset} />)
    expect(html).toMatch(/<svg role="img" aria-labelledby="grafik-pertumbuhan-svg-judul grafik-pertumbuhan-svg-desk"/)
    expect(html).toContain('<title id="grafik-pertumbuhan-svg-judul">Pertumbuhan &lt;ekonomi&gt;</title>')
    expect(html).toContain('terendah -2,07 pada 2020, tertinggi 5,02 pada 2019')
    expect(html).toMatch(/<text[^>]*>persen<\/text>/)
    expect(html).toMatch(/<text[^>]*>Tahun<\/text>/)
    expect(html).toContain('<th scope="row" class="py-1.5 pr-4 text-left font-normal">2020</th>')
    expect(html).toContain('href="/data/csv/pertumbuhan"')
  })

  it('renders an empty dataset without failing', () => {
    const html = renderToStaticMarkup(<Chart kind="line" dataset={{ ...dataset, series: [{ name: 'Nilai', points: [] }] }} />)
    expect(html).toContain('Nilai: tidak ada data.')
  })
})

describe('value labels', () => {
  it('print every value of a dataset with the same decimals, at most two', () => {
    expect(valueFormatter(series([3.7, 5.31]))(3.7)).toBe('3,70')
    expect(valueFormatter(series([48, 10]))(48)).toBe('48')
    expect(valueFormatter(series([1.2345]))(1.2345)).toBe('1,23')
    expect(valueFormatter(series([1250.5]))(1250.5)).toBe('1.250,5')
    expect(valueFormatter([])(2)).toBe('2')
  })
})

describe('describing a series', () => {
  it('names a single point plainly', () => {
    expect(describeSeries(series([4.5]), 'persen')).toBe('Nilai: 2015 4,5 persen.')
  })
})

describe('CSV', () => {
  it('has a header row and one row per label, with CRLF line ends', () => {
    const csv = toCsv('Tahun', [
      {
        name: 'Inflasi',
        points: [
          { label: '2022', value: 5.51 },
          { label: '2023', value: 2.61 },
        ],
      },
      { name: 'Suku bunga', points: [{ label: '2022', value: 5.5 }] },
    ])
    expect(csv).toBe('Tahun,Inflasi,Suku bunga\r\n2022,5.51,5.5\r\n2023,2.61,\r\n')
  })

  it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
    expect(csvField('Jawa Barat')).toBe('Jawa Barat')
    expect(csvField('Sumber: "BPS", 2024')).toBe('"Sumber: ""BPS"", 2024"')
    expect(csvField('baris\nbaru')).toBe('"baris\nbaru"')
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`)
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvField(-2.07)).toBe('-2.07')
  })
})
