// Demo content for the Interaktif section: polls, quizzes and a timeline.
import type { DemoInteractive } from './vertical-types'

export const demoInteractives: DemoInteractive[] = [
  {
    slug: 'jajak-pendapat-masa-depan-ppdb-jalur-zonasi',
    title: 'Jajak Pendapat: Bagaimana Sebaiknya PPDB Jalur Zonasi ke Depan?',
    summary:
      'Kemendikbudristek mengevaluasi PPDB jalur zonasi setelah menerima banyak aduan. Bagaimana pendapat Anda tentang masa depan sistem ini?',
    category: 'nasional',
    publishedAt: '2024-07-06T10:00:00+07:00',
    author: 'siti-rahmawati',
    editor: 'maya-kartikasari',
    hero: {
      image: 'nasional-3',
      alt: 'Ilustrasi siswa berseragam sekolah di depan gerbang sekolah',
      caption: 'Pelaksanaan PPDB 2024 jalur zonasi menuai banyak aduan dari orang tua murid.',
      credit: 'FAKTA/Ilustrasi',
    },
    intro: [
      'Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi (Kemendikbudristek) akan mengevaluasi pelaksanaan Penerimaan Peserta Didik Baru (PPDB) 2024, khususnya jalur zonasi. Aduan yang masuk antara lain soal dugaan manipulasi domisili, keterbatasan daya tampung sekolah negeri, dan gangguan sistem pendaftaran daring.',
      'Zonasi dimaksudkan untuk mendekatkan anak dengan sekolah dan memeratakan kualitas pendidikan. Menurut Anda, bagaimana sebaiknya sistem ini ke depan?',
    ],
    piece: {
      type: 'poll',
      question: 'Bagaimana sebaiknya PPDB jalur zonasi ke depan?',
      options: [
        'Dipertahankan seperti sekarang',
        'Dipertahankan dengan pengawasan lebih ketat',
        'Diganti dengan sistem seleksi lain',
        'Belum tahu',
      ],
    },
    related: ['kemendikbudristek-evaluasi-ppdb-zonasi-usai-banyak-aduan'],
    tags: ['PPDB', 'Pendidikan', 'Jajak Pendapat'],
  },
  {
    slug: 'jajak-pendapat-bentuk-aturan-kecerdasan-buatan',
    title: 'Jajak Pendapat: Seperti Apa Aturan Kecerdasan Buatan yang Tepat?',
    summary:
      'Kominfo tengah menyusun regulasi kecerdasan buatan. Menurut Anda, bentuk pengaturan seperti apa yang paling tepat untuk Indonesia?',
    category: 'teknologi',
    publishedAt: '2024-07-09T15:00:00+07:00',
    author: 'fajar-nugroho',
    editor: 'yudi-santoso',
    hero: {
      image: 'teknologi-1',
      alt: 'Ilustrasi jaringan saraf tiruan bercahaya',
      caption: 'Pemerintah menyiapkan aturan pemanfaatan kecerdasan buatan.',
      credit: 'FAKTA/Ilustrasi',
    },
    intro: [
      'Kementerian Komunikasi dan Informatika (Kominfo) tengah menyusun regulasi pemanfaatan kecerdasan buatan (AI). Aturan itu akan melengkapi Surat Edaran Menteri Kominfo tentang Etika Kecerdasan Artifisial yang diterbitkan pada akhir 2023 dan masih bersifat pedoman.',
      'Di sisi lain, penipuan dengan suara dan video palsu berbasis AI mulai marak. Bagaimana pendapat Anda tentang bentuk pengaturannya?',
    ],
    piece: {
      type: 'poll',
      question: 'Menurut Anda, bentuk pengaturan kecerdasan buatan apa yang paling tepat untuk Indonesia?',
      options: [
        'Undang-undang khusus yang mengikat',
        'Peraturan pemerintah atau peraturan menteri',
        'Pedoman etika yang tidak mengikat',
        'Belum perlu diatur secara khusus',
        'Belum tahu',
      ],
    },
    related: ['kominfo-godok-regulasi-kecerdasan-buatan', 'pakar-imbau-masyarakat-waspadai-penipuan-berbasis-kecerdasan-buatan'],
    tags: ['Kecerdasan Buatan', 'Regulasi', 'Jajak Pendapat'],
  },
  {
    slug: 'jajak-pendapat-pertimbangan-utama-memilih-kepala-daerah',
    title: 'Jajak Pendapat: Apa Pertimbangan Utama Anda Memilih Kepala Daerah?',
    summary:
      'Pendaftaran calon kepala daerah dibuka pada 27-29 Agustus 2024. Apa yang paling Anda pertimbangkan dalam memilih calon pada Pilkada 2024?',
    category: 'politik',
    publishedAt: '2024-07-11T09:00:00+07:00',
    author: 'ahmad-fauzi',
    editor: 'yudi-santoso',
    hero: {
      image: 'politik-1',
      alt: 'Ilustrasi kotak suara di tempat pemungutan suara',
      caption: 'Pemungutan suara Pilkada Serentak 2024 dijadwalkan pada 27 November 2024.',
      credit: 'FAKTA/Ilustrasi',
    },
    intro: [
      'Pilkada Serentak 2024 akan digelar pada 27 November 2024 di 545 daerah. Komisi Pemilihan Umum (KPU) memastikan pendaftaran pasangan calon kepala daerah dibuka pada 27-29 Agustus 2024, sementara partai politik masih menjajaki koalisi.',
      'Sebelum nama-nama calon diumumkan, kami ingin mengetahui apa yang paling Anda pertimbangkan ketika memilih kepala daerah.',
    ],
    piece: {
      type: 'poll',
      question: 'Apa yang paling Anda pertimbangkan dalam memilih calon kepala daerah?',
      options: [
        'Rekam jejak dan integritas',
        'Program dan visi-misi',
        'Pengalaman memimpin pemerintahan',
        'Partai atau koalisi pengusung',
        'Belum menentukan',
      ],
    },
    related: [
      'kpu-pastikan-pendaftaran-calon-kepala-daerah-dibuka-27-agustus',
      'partai-politik-mulai-jajaki-koalisi-untuk-pilkada-jakarta',
    ],
    tags: ['Pilkada 2024', 'Jajak Pendapat'],
  },
  {
    slug: 'kuis-berita-sepekan-awal-juli-2024',
    title: 'Kuis: Seberapa Jeli Anda Mengikuti Berita Awal Juli 2024?',
    summary:
      'Dari KTT NATO, inflasi Juni, hingga final Euro 2024, uji ingatan Anda tentang berita-berita penting pekan ini lewat lima pertanyaan.',
    category: 'nasional',
    publishedAt: '2024-07-12T16:00:00+07:00',
    author: 'rizky-pratama',
    editor: 'yudi-santoso',
    hero: {
      image: 'nasional-2',
      alt: 'Ilustrasi tumpukan surat kabar dan ponsel',
      caption: 'Uji pengetahuan Anda tentang berita-berita pekan ini.',
      credit: 'FAKTA/Ilustrasi',
    },
    intro: [
      'Awal Juli 2024 dipenuhi berita penting, dari pertemuan puncak NATO di Washington, rilis inflasi oleh BPS, serangan ransomware terhadap Pusat Data Nasional, hingga laga-laga menegangkan Euro 2024.',
      'Jawab lima pertanyaan berikut dan cocokkan jawaban Anda dengan pembahasannya.',
    ],
    piece: {
      type: 'quiz',
      questions: [
        {
          prompt: 'Berapa jumlah negara anggota NATO yang berkumpul dalam KTT di Washington pada Juli 2024?',
          options: ['30 negara', '31 negara', '32 negara', '33 negara'],
          answer: 2,
          explanation: 'NATO kini beranggotakan 32 negara setelah Finlandia bergabung pada 2023 dan Swedia pada Maret 2024.',
        },
        {
          prompt: 'Siapa yang akan menggantikan Jens Stoltenberg sebagai Sekretaris Jenderal NATO?',
          options: ['Keir Starmer', 'Mark Rutte', 'Olaf Scholz', 'Ursula von der Leyen'],
          answer: 1,
          explanation: 'Mantan Perdana Menteri Belanda Mark Rutte akan menggantikan Stoltenberg mulai 1 Oktober 2024.',
        },
        {
          prompt: 'Berapa inflasi tahunan Indonesia pada Juni 2024 menurut BPS?',
          options: ['1,90 persen', '2,51 persen', '2,84 persen', '3,05 persen'],
          answer: 1,
          explanation:
            'BPS mencatat inflasi Juni 2024 sebesar 2,51 persen (yoy), melambat dari 2,84 persen pada Mei. Angka 1,90 persen adalah inflasi inti Juni 2024.',
        },
        {
          prompt: 'Berapa tebusan yang diminta pelaku serangan ransomware terhadap Pusat Data Nasional Sementara?',
          options: ['1 juta dolar AS', '8 juta dolar AS', '80 juta dolar AS', '800 juta dolar AS'],
          answer: 1,
          explanation:
            'Pelaku meminta tebusan 8 juta dolar AS atau sekitar Rp131 miliar. Pemerintah menegaskan tidak akan membayar tebusan tersebut.',
        },
        {
          prompt: 'Dua tim mana yang akan bertemu di final Euro 2024 di Berlin?',
          options: ['Spanyol dan Prancis', 'Inggris dan Belanda', 'Spanyol dan Inggris', 'Jerman dan Spanyol'],
          answer: 2,
          explanation:
            'Spanyol menyingkirkan Prancis 2-1 dan Inggris mengalahkan Belanda 2-1 di semifinal. Keduanya bertemu di Olympiastadion, Berlin, pada 14 Juli 2024.',
        },
      ],
    },
    related: [
      'nato-pastikan-ukraina-jadi-anggota-usai-perang-dengan-rusia-berakhir',
      'bps-inflasi-juni-2024-sebesar-251-persen',
      'inggris-lolos-ke-final-euro-2024-usai-tekuk-belanda',
    ],
    tags: ['Kuis', 'NATO', 'Euro 2024'],
  },
  {
    slug: 'kuis-seberapa-paham-anda-tentang-pilkada-serentak-2024',
    title: 'Kuis: Seberapa Paham Anda tentang Pilkada Serentak 2024?',
    summary:
      'Kapan pemungutan suara digelar, siapa yang mencocokkan data pemilih, dan berapa daerah yang menggelar pilkada? Uji pengetahuan Anda di sini.',
    category: 'politik',
    publishedAt: '2024-07-07T10:00:00+07:00',
    author: 'ahmad-fauzi',
    editor: 'yudi-santoso',
    hero: {
      image: 'politik-2',
      alt: 'Ilustrasi surat suara dan tinta di tempat pemungutan suara',
      caption: 'Tahapan Pilkada Serentak 2024 sudah berjalan sejak awal tahun.',
      credit: 'FAKTA/Ilustrasi',
    },
    intro: [
      'Tahapan Pilkada Serentak 2024 terus berjalan. Petugas tengah mencocokkan data pemilih dari rumah ke rumah, sementara bakal calon perseorangan menjalani verifikasi faktual dukungan.',
      'Seberapa paham Anda tentang pemilihan kepala daerah tahun ini? Jawab lima pertanyaan berikut.',
    ],
    piece: {
      type: 'quiz',
      questions: [
        {
          prompt: 'Kapan pemungutan suara Pilkada Serentak 2024 dijadwalkan?',
          options: ['14 Februari 2024', '17 Agustus 2024', '27 November 2024', '9 Desember 2024'],
          answer: 2,
          explanation:
            'Pemungutan suara Pilkada Serentak 2024 dijadwalkan pada 27 November 2024, setelah masa kampanye 25 September-23 November dan masa tenang.',
        },
        {
          prompt: 'Di berapa daerah Pilkada Serentak 2024 digelar?',
          options: ['270 daerah', '508 daerah', '545 daerah', '580 daerah'],
          answer: 2,
          explanation: 'Pilkada 2024 digelar di 545 daerah, terdiri atas 37 provinsi, 415 kabupaten, dan 93 kota.',
        },
        {
          prompt: 'Siapa petugas yang mendatangi rumah warga untuk pencocokan dan penelitian (coklit) data pemilih?',
          options: ['KPPS', 'Pantarlih', 'Panwaslu', 'Linmas'],
          answer: 1,
          explanation:
            'Coklit dilakukan oleh petugas pemutakhiran data pemilih (pantarlih) pada 24 Juni-24 Juli 2024. Hasilnya disusun menjadi daftar pemilih sementara.',
        },
        {
          prompt: 'Berapa usia minimal warga negara Indonesia untuk dapat menggunakan hak pilih?',
          options: ['15 tahun', '17 tahun', '18 tahun', '21 tahun'],
          answer: 1,
          explanation:
            'Warga negara Indonesia yang sudah berusia 17 tahun, atau sudah atau pernah kawin, berhak memilih. Pemilih pemula yang baru genap 17 tahun diimbau memastikan namanya terdata.',
        },
        {
          prompt: 'Lembaga mana yang bertugas mengawasi penyelenggaraan pilkada, termasuk netralitas ASN?',
          options: ['KPU', 'Bawaslu', 'Mahkamah Konstitusi', 'KPK'],
          answer: 1,
          explanation:
            'Badan Pengawas Pemilu (Bawaslu) mengawasi penyelenggaraan pemilu dan pilkada. Bawaslu memetakan netralitas ASN sebagai salah satu kerawanan utama Pilkada 2024.',
        },
      ],
    },
    related: [
      'kpu-coklit-data-pemilih-pilkada-2024-capai-60-persen',
      'bawaslu-petakan-kerawanan-netralitas-asn-jelang-pilkada-2024',
      'kpu-pastikan-pendaftaran-calon-kepala-daerah-dibuka-27-agustus',
    ],
    tags: ['Kuis', 'Pilkada 2024', 'KPU'],
  },
  {
    slug: 'linimasa-75-tahun-nato-dari-washington-ke-washington',
    title: 'Linimasa: 75 Tahun NATO, dari Washington ke Washington',
    summary:
      'Berdiri dengan 12 anggota di Washington pada 1949, NATO kembali ke kota yang sama untuk merayakan 75 tahun dengan 32 anggota. Ini perjalanannya.',
    category: 'internasional',
    publishedAt: '2024-07-09T08:00:00+07:00',
    author: 'rizky-pratama',
    editor: 'hendra-gunawan',
    hero: {
      image: 'seed-nato',
      alt: 'Ilustrasi bendera negara-negara anggota NATO',
      caption: 'NATO memperingati 75 tahun berdirinya aliansi pada KTT di Washington.',
      credit: 'FAKTA/Ilustrasi',
    },
    intro: [
      'Pakta Pertahanan Atlantik Utara (NATO) didirikan di Washington pada 1949 oleh 12 negara. Tujuh puluh lima tahun kemudian, para pemimpin 32 negara anggotanya kembali berkumpul di kota yang sama untuk pertemuan puncak.',
      'Berikut tonggak-tonggak penting perjalanan aliansi tersebut, dari penandatanganan traktat pendirian hingga bergabungnya Finlandia dan Swedia.',
    ],
    piece: {
      type: 'timeline',
      title: 'Perjalanan 75 Tahun NATO',
      events: [
        {
          date: '4 April 1949',
          heading: 'Traktat Atlantik Utara ditandatangani',
          text: 'Dua belas negara, yakni Amerika Serikat, Belanda, Belgia, Denmark, Inggris, Islandia, Italia, Kanada, Luksemburg, Norwegia, Portugal, dan Prancis, menandatangani traktat pendirian NATO di Washington. Pasal 5 traktat menyatakan serangan terhadap satu anggota dianggap sebagai serangan terhadap semua anggota.',
        },
        {
          date: '18 Februari 1952',
          heading: 'Yunani dan Turki bergabung',
          text: 'Perluasan pertama aliansi menambah jumlah anggota menjadi 14 negara.',
        },
        {
          date: '6 Mei 1955',
          heading: 'Jerman Barat menjadi anggota',
          text: 'Bergabungnya Republik Federal Jerman membuat anggota NATO menjadi 15 negara. Pada bulan yang sama, Uni Soviet dan sekutunya membentuk Pakta Warsawa.',
        },
        {
          date: '12 Maret 1999',
          heading: 'Ceko, Hongaria, dan Polandia bergabung',
          text: 'Untuk pertama kalinya, negara-negara bekas anggota Pakta Warsawa menjadi anggota NATO. Jumlah anggota bertambah menjadi 19 negara.',
        },
        {
          date: '12 September 2001',
          heading: 'Pasal 5 diberlakukan untuk pertama kali',
          text: 'Sehari setelah serangan 11 September di Amerika Serikat, NATO untuk pertama kalinya dalam sejarah memberlakukan Pasal 5 tentang pertahanan bersama.',
        },
        {
          date: '29 Maret 2004',
          heading: 'Tujuh negara bergabung sekaligus',
          text: 'Bulgaria, Estonia, Latvia, Lituania, Rumania, Slowakia, dan Slovenia bergabung dalam perluasan terbesar sepanjang sejarah NATO. Jumlah anggota bertambah dari 19 menjadi 26 negara.',
        },
        {
          date: '4 April 2023',
          heading: 'Finlandia menjadi anggota ke-31',
          text: 'Finlandia, yang berbatasan darat dengan Rusia sepanjang sekitar 1.300 kilometer, bergabung tepat pada ulang tahun ke-74 NATO. Finlandia mengajukan keanggotaan bersama Swedia pada Mei 2022, tak lama setelah Rusia menginvasi Ukraina.',
        },
        {
          date: '7 Maret 2024',
          heading: 'Swedia menjadi anggota ke-32',
          text: 'Swedia resmi bergabung setelah Hongaria, negara anggota terakhir yang belum menyetujui, meratifikasi keanggotaannya pada Februari 2024. Dengan begitu, Swedia mengakhiri kebijakan nonblok militer yang telah lama dianutnya.',
        },
        {
          date: '9-11 Juli 2024',
          heading: 'KTT 75 tahun di Washington',
          text: 'Para pemimpin 32 negara anggota kembali berkumpul di Washington. Deklarasi KTT menyebut masa depan Ukraina ada di NATO, sementara Sekretaris Jenderal Jens Stoltenberg menegaskan keanggotaan baru terwujud setelah perang berakhir.',
        },
      ],
    },
    related: [
      'para-pemimpin-nato-berkumpul-di-washington-peringati-75-tahun-aliansi',
      'nato-pastikan-ukraina-jadi-anggota-usai-perang-dengan-rusia-berakhir',
    ],
    tags: ['NATO', 'KTT NATO', 'Linimasa'],
  },
  {
    slug: 'kuis-angka-angka-penting-ekonomi-dan-penduduk-indonesia',
    title: 'Kuis: Seberapa Hafal Anda Angka Penting Ekonomi dan Penduduk Indonesia?',
    summary:
      'Berapa pertumbuhan ekonomi saat pandemi? Provinsi mana yang penduduknya terbanyak? Uji pengetahuan Anda tentang data resmi BPS dan NATO.',
    category: 'ekonomi',
    publishedAt: '2024-07-12T11:00:00+07:00',
    author: 'nadia-maharani',
    editor: 'hendra-gunawan',
    hero: {
      image: 'ekonomi-3',
      alt: 'Ilustrasi grafik batang dan kalkulator di atas meja',
      caption: 'Data resmi membantu memahami kondisi ekonomi dan kependudukan.',
      credit: 'FAKTA/Ilustrasi',
    },
    intro: [
      'Angka-angka resmi dari Badan Pusat Statistik (BPS) dan lembaga lain membantu kita memahami perubahan ekonomi dan masyarakat dari tahun ke tahun. Sepanjang awal Juli ini, FAKTA.COM menyajikan sejumlah cerita data tentang inflasi, pertumbuhan ekonomi, pengangguran, penduduk, hingga belanja pertahanan NATO.',
      'Seberapa hafal Anda dengan angka-angka tersebut? Jawab lima pertanyaan berikut.',
    ],
    piece: {
      type: 'quiz',
      questions: [
        {
          prompt: 'Berapa pertumbuhan ekonomi Indonesia pada 2020, ketika pandemi Covid-19 melanda?',
          options: ['2,07 persen', '0 persen', 'Minus 2,07 persen', 'Minus 3,70 persen'],
          answer: 2,
          explanation:
            'Menurut BPS, ekonomi Indonesia terkontraksi 2,07 persen pada 2020, lalu pulih dengan pertumbuhan 3,70 persen pada 2021.',
        },
        {
          prompt: 'Provinsi mana yang memiliki jumlah penduduk terbanyak menurut Sensus Penduduk 2020?',
          options: ['Jawa Timur', 'Jawa Barat', 'Jawa Tengah', 'DKI Jakarta'],
          answer: 1,
          explanation: 'Jawa Barat dihuni 48,27 juta jiwa, disusul Jawa Timur 40,67 juta jiwa dan Jawa Tengah 36,52 juta jiwa.',
        },
        {
          prompt: 'Pada tahun berapa inflasi tahunan Indonesia paling tinggi dalam periode 2015-2023?',
          options: ['2015', '2017', '2020', '2022'],
          answer: 3,
          explanation: 'Inflasi Desember 2022 mencapai 5,51 persen, antara lain dipicu kenaikan harga BBM bersubsidi pada September 2022.',
        },
        {
          prompt: 'Negara anggota NATO mana yang diperkirakan membelanjakan porsi PDB terbesar untuk pertahanan pada 2024?',
          options: ['Amerika Serikat', 'Estonia', 'Polandia', 'Inggris'],
          answer: 2,
          explanation:
            'Menurut estimasi NATO, belanja pertahanan Polandia mencapai 4,12 persen PDB, di atas Estonia (3,43 persen) dan Amerika Serikat (3,38 persen).',
        },
        {
          prompt: 'Berapa tingkat pengangguran terbuka Indonesia pada Agustus 2020?',
          options: ['5,23 persen', '5,32 persen', '6,49 persen', '7,07 persen'],
          answer: 3,
          explanation:
            'TPT Agustus 2020 mencapai 7,07 persen atau 9,77 juta orang, tertinggi pada periode 2019-2023. Angkanya turun menjadi 5,32 persen pada Agustus 2023.',
        },
      ],
    },
    related: [
      'bps-inflasi-juni-2024-sebesar-251-persen',
      'pmi-manufaktur-indonesia-juni-2024-melambat',
      'para-pemimpin-nato-berkumpul-di-washington-peringati-75-tahun-aliansi',
    ],
    tags: ['Kuis', 'BPS', 'Data'],
  },
]
