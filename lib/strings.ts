// Every string the reader sees, in one place. Indonesian, as on the printed paper; the English
// labels the brand has always used ("Updates", "Popular", ...) stay as they are.
import type { ReportReason } from '@/db/schema'

export const t = {
  siteName: 'FAKTA',
  siteTitle: 'FAKTA.COM: Berita Terkini, Data, dan Fakta',
  siteDescription:
    'FAKTA.COM menyajikan berita terkini nasional dan internasional, jurnalisme data, penjelasan ringkas, dan liputan interaktif yang bisa dipercaya.',
  tagline: 'Berita terkini, data, dan fakta',
  home: 'Beranda',
  news: 'News',
  allNews: 'Semua Berita',
  updates: 'Updates',
  popular: 'Popular',
  popular24h: '24 jam',
  popular7d: '7 hari',
  popularEmpty: 'Belum ada data pembaca.',
  latest: 'Terkini',
  more: 'Selengkapnya',
  readAlso: 'Baca juga',
  share: 'Bagikan',
  copyLink: 'Salin tautan',
  linkCopied: 'Tautan disalin',
  nativeShare: 'Bagikan lewat…',
  tags: 'Tag',
  reporter: 'Reporter',
  editor: 'Editor',
  updatedAt: 'Diperbarui',
  comments: (n: number) => `Komentar (${n})`,
  newComments: (n: number) => `${n} komentar baru`,
  replyingTo: 'Membalas',
  reply: 'Balas',
  edit: 'Sunting',
  likes: (n: number) => `${n} suka`,
  /** The wait after a posting limit, in the largest units that read naturally. */
  retryIn: (seconds: number) => {
    const minutes = Math.floor(seconds / 60)
    const rest = seconds % 60
    const parts = [minutes > 0 && `${minutes} menit`, (rest > 0 || minutes === 0) && `${rest} detik`].filter(Boolean)
    return `Coba lagi dalam ${parts.join(' ')}`
  },
  loginToComment: 'Login to comment on this news',
  noComments: 'Belum ada komentar. Jadilah yang pertama berkomentar.',
  staffBadge: 'Staf',
  featured: 'Pilihan',
  edited: 'diedit',
  adPlaceholder: 'Place your ads here',
  adLabel: 'Iklan',
  signIn: 'Masuk',
  register: 'Daftar',
  search: 'Cari',
  searchPlaceholder: 'Cari berita…',
  skipToContent: 'Langsung ke konten',
  mainMenu: 'Menu utama',
  openMenu: 'Buka menu',
  breadcrumb: 'Navigasi remah roti',
  page: (n: number) => `Halaman ${n}`,
  pageOf: (n: number, total: number) => `Halaman ${n} dari ${total}`,
  previous: 'Sebelumnya',
  next: 'Berikutnya',
  pagination: 'Navigasi halaman',
  emptyList: 'Belum ada berita di sini.',
  tagTitle: (name: string) => `Berita tentang ${name}`,
  authorArticles: (name: string) => `Tulisan ${name}`,
  notFoundTitle: 'Halaman tidak ditemukan',
  notFoundBody: 'Maaf, halaman yang Anda cari tidak ada atau sudah dipindahkan. Coba cari beritanya, atau mulai lagi dari beranda.',
  backHome: 'Kembali ke beranda',
  errorTitle: 'Terjadi kesalahan',
  errorBody: 'Maaf, halaman ini gagal dimuat. Silakan coba lagi sebentar lagi.',
  tryAgain: 'Coba lagi',
  dataPromoTitle: 'Data',
  dataPromoBody: 'Telusuri angka di balik berita: grafik, tabel, dan set data yang bisa diunduh.',
  footerAbout: 'FAKTA.COM adalah media siber yang menyajikan berita terverifikasi, jurnalisme data, dan penjelasan yang jernih.',
  footerLinks: {
    about: 'Tentang Kami',
    editorial: 'Redaksi',
    guidelines: 'Pedoman Media Siber',
    privacy: 'Kebijakan Privasi',
    contact: 'Kontak',
  },
  copyright: (year: number) => `© ${year} FAKTA.COM. Hak cipta dilindungi undang-undang.`,
} as const

/** The verticals in the header, in the seed page's order. */
export const verticals = [
  { href: '/data', label: 'Data', description: 'Jurnalisme data: grafik, tabel, dan set data di balik berita.' },
  { href: '/pointer', label: 'Pointer', description: 'Isu penting dijelaskan dalam poin-poin ringkas beserta sumbernya.' },
  { href: '/interaktif', label: 'Interaktif', description: 'Jajak pendapat, kuis, dan linimasa interaktif.' },
  { href: '/program', label: 'Program', description: 'Program video dan siniar dari redaksi FAKTA.' },
  { href: '/jobs', label: 'Jobs', description: 'Lowongan kerja pilihan, dengan lokasi dan jenis pekerjaan.' },
] as const

export type Vertical = (typeof verticals)[number]

export function verticalByHref(href: Vertical['href']): Vertical {
  const vertical = verticals.find((v) => v.href === href)
  if (!vertical) throw new Error(`Unknown vertical ${href}`)
  return vertical
}

/** Why a reader reports a comment, in the reader's words; moderators see the same words. */
export const reportReasonLabels: Record<ReportReason, string> = {
  spam: 'Spam',
  abusive: 'Kasar atau menyerang',
  sara: 'SARA / ujaran kebencian',
  misinformation: 'Hoaks / misinformasi',
  other: 'Lainnya',
}

export const jobTypeLabels = {
  'penuh-waktu': 'Penuh waktu',
  'paruh-waktu': 'Paruh waktu',
  kontrak: 'Kontrak',
  magang: 'Magang',
} as const
