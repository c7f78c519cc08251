// URL builders: the one place that knows how routes are shaped.

export const articlePath = (article: { slug: string; category: { slug: string } }) => `/news/${article.category.slug}/${article.slug}`

export const categoryPath = (slug: string, page = 1) => (page > 1 ? `/news/${slug}/page/${page}` : `/news/${slug}`)

export const newsPath = (page = 1) => (page > 1 ? `/news/page/${page}` : '/news')

export const tagPath = (slug: string, page = 1) => (page > 1 ? `/tag/${slug}/page/${page}` : `/tag/${slug}`)

export const authorPath = (slug: string, page = 1) => (page > 1 ? `/author/${slug}/page/${page}` : `/author/${slug}`)

export const loginPath = (callbackUrl: string) => `/login?callbackUrl=${encodeURIComponent(callbackUrl)}`

/** Where a vertical's piece lives: Pointer explainers, data stories and Interaktif pieces. */
export const pieceSection = { pointer: '/pointer', data: '/data', interactive: '/interaktif' } as const

export const piecePath = (kind: keyof typeof pieceSection, slug: string) => `${pieceSection[kind]}/${slug}`

export const datasetCsvPath = (slug: string) => `/data/csv/${slug}`
