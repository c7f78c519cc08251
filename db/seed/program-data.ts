// Demo content for the Program section: shows and their episodes. The media ids are stand-ins
// (open films on YouTube, sample podcast ids) until the newsroom's own channels are wired in.

export type DemoEpisode = { title: string; description: string; daysAgo: number; minutes: number; mediaId: string }
export type DemoProgram = {
  slug: string
  title: string
  format: 'video' | 'podcast'
  description: string
  host: string
  image: string
  episodes: DemoEpisode[]
}

export const demoPrograms: DemoProgram[] = [
  {
    slug: 'fakta-pagi',
    title: 'FAKTA Pagi',
    format: 'video',
    description: 'Ringkasan berita terpenting pagi ini dalam sepuluh menit, dibawakan redaksi FAKTA dari Jakarta.',
    host: 'Nadia Putri',
    image: '/images/nasional-2.jpg',
    episodes: [
      {
        title: 'KTT NATO dan Masa Depan Ukraina',
        description: 'Apa arti komunike Washington bagi Ukraina, dan mengapa keanggotaan menunggu perang berakhir.',
        daysAgo: 1,
        minutes: 11,
        mediaId: 'M7lc1UVf-VE',
      },
      {
        title: 'Rupiah, Suku Bunga, dan Harga Beras',
        description: 'Tiga angka ekonomi pekan ini dan dampaknya pada belanja rumah tangga.',
        daysAgo: 3,
        minutes: 9,
        mediaId: 'aqz-KE-bpKQ',
      },
      {
        title: 'Persiapan Pilkada Serentak 2024',
        description: 'Jadwal pendaftaran calon, pemutakhiran data pemilih, dan hal yang perlu diketahui pemilih pemula.',
        daysAgo: 6,
        minutes: 12,
        mediaId: 'ScMzIvxBSi4',
      },
    ],
  },
  {
    slug: 'siniar-data',
    title: 'Siniar Data',
    format: 'podcast',
    description: 'Jurnalis data FAKTA membedah angka di balik berita: dari inflasi sampai kasus demam berdarah.',
    host: 'Dimas Prakoso',
    image: '/images/ekonomi-3.jpg',
    episodes: [
      {
        title: 'Membaca Angka Inflasi Juni',
        description: 'Mengapa inflasi tahunan turun dan komponen apa yang paling bergerak.',
        daysAgo: 2,
        minutes: 24,
        mediaId: '4rOoJ6Egrf8KSAUHxTYQUd',
      },
      {
        title: 'Di Balik Lonjakan Kasus DBD',
        description: 'Data kasus, musim, dan apa yang bisa dilakukan warga di lingkungannya.',
        daysAgo: 9,
        minutes: 31,
        mediaId: '2ZUqCs6Xq3t4p5KVQ1uRKN',
      },
      {
        title: 'Judi Daring dalam Angka',
        description: 'Perputaran dana, jumlah pemain, dan langkah penegakan hukum yang tercatat.',
        daysAgo: 16,
        minutes: 28,
        mediaId: '6b2oQwSGFkzsMtQruIWm2p',
      },
    ],
  },
  {
    slug: 'ruang-sidang',
    title: 'Ruang Sidang',
    format: 'video',
    description: 'Liputan dan penjelasan perkara hukum yang menjadi perhatian publik.',
    host: 'Laras Wibowo',
    image: '/images/hukum-2.jpg',
    episodes: [
      {
        title: 'Serangan Ransomware ke Pusat Data Nasional',
        description: 'Kronologi, layanan yang terdampak, dan pertanyaan soal tanggung jawab.',
        daysAgo: 4,
        minutes: 15,
        mediaId: 'jNQXAC9IVRw',
      },
      {
        title: 'Bansos Menjelang Pilkada',
        description: 'Aturan penyaluran bantuan sosial di masa kampanye dan pengawasannya.',
        daysAgo: 11,
        minutes: 14,
        mediaId: 'eRsGyueVLvQ',
      },
    ],
  },
  {
    slug: 'sorot-ekonomi',
    title: 'Sorot Ekonomi',
    format: 'video',
    description: 'Penjelasan singkat soal harga, suku bunga, dan kebijakan ekonomi yang terasa di dompet warga.',
    host: 'Dewi Anggraini',
    image: '/images/ekonomi-1.jpg',
    episodes: [
      {
        title: 'Mengapa Bank Indonesia Menahan Suku Bunga',
        description: 'BI rate 6,25 persen, rupiah, dan apa artinya bagi cicilan rumah dan kendaraan.',
        daysAgo: 5,
        minutes: 8,
        mediaId: 'R6MlUcmOul8',
      },
      {
        title: 'Cadangan Devisa Naik, Lalu Apa?',
        description: 'Membaca angka cadangan devisa Juni 2024 dan perannya menjaga stabilitas rupiah.',
        daysAgo: 12,
        minutes: 7,
        mediaId: 'aqz-KE-bpKQ',
      },
    ],
  },
  {
    slug: 'lapangan-hijau',
    title: 'Lapangan Hijau',
    format: 'video',
    description: 'Sorotan olahraga pekan ini, dari Euro 2024 sampai persiapan kontingen Indonesia ke Olimpiade Paris.',
    host: 'Fajar Nugroho',
    image: '/images/olahraga-2.jpg',
    episodes: [
      {
        title: 'Jalan Spanyol dan Inggris ke Final Euro 2024',
        description: 'Catatan perjalanan dua finalis dan duel yang ditunggu di Berlin.',
        daysAgo: 2,
        minutes: 13,
        mediaId: 'eRsGyueVLvQ',
      },
      {
        title: 'Menuju Paris 2024',
        description: 'Cabang andalan, target medali, dan persiapan terakhir kontingen Indonesia.',
        daysAgo: 8,
        minutes: 10,
        mediaId: 'M7lc1UVf-VE',
      },
    ],
  },
  {
    slug: 'kabar-sehat',
    title: 'Kabar Sehat',
    format: 'video',
    description: 'Informasi kesehatan publik yang jernih dan bisa dipraktikkan, bersama tenaga kesehatan.',
    host: 'Siti Rahmawati',
    image: '/images/kesehatan-1.jpg',
    episodes: [
      {
        title: 'Nyamuk Wolbachia, Bagaimana Cara Kerjanya?',
        description: 'Mengenal teknologi Wolbachia untuk menekan penularan demam berdarah di kota-kota besar.',
        daysAgo: 3,
        minutes: 9,
        mediaId: 'R6MlUcmOul8',
      },
      {
        title: 'Posyandu dan Pencegahan Stunting',
        description: 'Peran posyandu dalam memantau tumbuh kembang anak dan gizi ibu hamil.',
        daysAgo: 10,
        minutes: 11,
        mediaId: 'aqz-KE-bpKQ',
      },
    ],
  },
]
