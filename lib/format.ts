// Dates are shown in Western Indonesian Time, the newsroom's clock, wherever the reader is.

const TIME_ZONE = 'Asia/Jakarta'

const dateTime = new Intl.DateTimeFormat('id-ID', {
  timeZone: TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

const shortDate = new Intl.DateTimeFormat('id-ID', {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
})

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? ''
}

/** "Kamis, 11 Juli 2024 19:30 WIB" */
export function formatWib(date: Date): string {
  const parts = dateTime.formatToParts(date)
  const p = (type: Intl.DateTimeFormatPartTypes) => part(parts, type)
  return `${p('weekday')}, ${p('day')} ${p('month')} ${p('year')} ${p('hour')}:${p('minute')} WIB`
}

/** "11 Jul 2024" */
export function formatShortDate(date: Date): string {
  return shortDate.format(date)
}

/** ISO 8601 in WIB with its offset, for schema.org and OpenGraph: "2024-07-11T19:30:00+07:00". */
export function toIsoWib(date: Date): string {
  const wib = new Date(date.getTime() + 7 * 3_600_000)
  return `${wib.toISOString().slice(0, 19)}+07:00`
}
