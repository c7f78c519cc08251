// Demo content for the data story section: paragraphs with charts of public statistics.
import type { DemoDataStory } from './vertical-types'

export const demoDataStories: DemoDataStory[] = [
  {
    slug: 'naik-turun-inflasi-indonesia-dalam-sembilan-tahun-terakhir',
    title: 'Naik Turun Inflasi Indonesia dalam Sembilan Tahun Terakhir',
    summary:
      'Inflasi tahunan Indonesia bergerak antara 1,68 dan 5,51 persen sepanjang 2015-2023. Pada paruh pertama 2024, inflasi melandai ke 2,51 persen pada Juni.',
    category: 'ekonomi',
    publishedAt: '2024-07-02T15:00:00+07:00',
    author: 'nadia-maharani',
    editor: 'hendra-gunawan',
    hero: {
      image: 'ekonomi-1',
      alt: 'Ilustrasi pembeli dan pedagang di pasar tradisional',
      caption: 'Harga pangan menjadi salah satu penentu naik turunnya inflasi.',
      credit: 'FAKTA/Ilustrasi',
    },
    body: [
      'Badan Pusat Statistik (BPS) mencatat inflasi tahunan Indonesia pada Juni 2024 sebesar 2,51 persen (year on year/yoy). Angka itu berada dalam rentang sasaran pemerintah dan Bank Indonesia (BI) tahun ini, yakni 2,5 plus minus 1 persen. Bagaimana posisinya jika dibandingkan dengan tahun-tahun sebelumnya?',
      { chart: 'line', dataset: 'inflasi-tahunan-indonesia-2015-2023' },
      'Data inflasi Desember secara tahunan dari BPS menunjukkan inflasi relatif terkendali sepanjang 2015-2019, yakni di kisaran 2,72-3,61 persen. Angka tertinggi pada periode itu tercatat pada 2017 sebesar 3,61 persen.',
      'Inflasi kemudian turun tajam ketika pandemi Covid-19 menekan daya beli masyarakat. Pada 2020, inflasi hanya 1,68 persen, terendah dalam sembilan tahun tersebut, disusul 1,87 persen pada 2021. Kedua angka itu berada di bawah rentang sasaran saat itu, yakni 3 plus minus 1 persen.',
      'Lonjakan terjadi pada 2022, ketika inflasi mencapai 5,51 persen, tertinggi sepanjang periode tersebut. Kenaikan itu antara lain dipicu penyesuaian harga bahan bakar minyak (BBM) bersubsidi pada September 2022. Setahun kemudian, inflasi kembali melandai ke 2,61 persen dan masuk lagi ke rentang sasaran.',
      { chart: 'line', dataset: 'inflasi-tahunan-januari-juni-2024' },
      'Sepanjang paruh pertama 2024, inflasi tahunan sempat naik hingga 3,05 persen pada Maret, ketika harga beras masih tinggi dan permintaan meningkat selama Ramadan. Setelah itu, inflasi berangsur turun menjadi 3,00 persen pada April, 2,84 persen pada Mei, dan 2,51 persen pada Juni seiring turunnya harga sejumlah komoditas pangan.',
      'Inflasi yang terkendali menjadi salah satu pertimbangan BI dalam menetapkan suku bunga acuan. BI-Rate berada di level 6,25 persen sejak April 2024, setelah dinaikkan 25 basis poin untuk meredam tekanan terhadap rupiah.',
    ],
    datasets: [
      {
        slug: 'inflasi-tahunan-indonesia-2015-2023',
        title: 'Inflasi Tahunan Indonesia 2015-2023',
        description:
          'Inflasi Desember dibandingkan Desember tahun sebelumnya (year on year), dihitung BPS dari perubahan Indeks Harga Konsumen.',
        unit: 'persen',
        source: 'Badan Pusat Statistik (BPS)',
        sourceUrl: 'https://www.bps.go.id',
        period: '2015-2023',
        series: [
          {
            name: 'Inflasi tahunan (Desember)',
            points: [
              { label: '2015', value: 3.35 },
              { label: '2016', value: 3.02 },
              { label: '2017', value: 3.61 },
              { label: '2018', value: 3.13 },
              { label: '2019', value: 2.72 },
              { label: '2020', value: 1.68 },
              { label: '2021', value: 1.87 },
              { label: '2022', value: 5.51 },
              { label: '2023', value: 2.61 },
            ],
          },
        ],
      },
      {
        slug: 'inflasi-tahunan-januari-juni-2024',
        title: 'Inflasi Tahunan Januari-Juni 2024',
        description:
          'Inflasi setiap bulan dibandingkan bulan yang sama tahun sebelumnya (year on year), dihitung BPS dari perubahan Indeks Harga Konsumen.',
        unit: 'persen',
        source: 'Badan Pusat Statistik (BPS)',
        sourceUrl: 'https://www.bps.go.id',
        dimension: 'Bulan',
        period: 'Januari-Juni 2024',
        series: [
          {
            name: 'Inflasi tahunan',
            points: [
              { label: 'Januari', value: 2.57 },
              { label: 'Februari', value: 2.75 },
              { label: 'Maret', value: 3.05 },
              { label: 'April', value: 3.0 },
              { label: 'Mei', value: 2.84 },
              { label: 'Juni', value: 2.51 },
            ],
          },
        ],
      },
    ],
    related: [
      'bps-inflasi-juni-2024-sebesar-251-persen',
      'bi-diperkirakan-pertahankan-suku-bunga-acuan-625-persen',
      'bapanas-harga-beras-medium-mulai-turun-di-sejumlah-daerah',
    ],
    tags: ['Inflasi', 'BPS', 'Harga Pangan'],
  },
  {
    slug: 'pertumbuhan-ekonomi-indonesia-sempat-minus-kini-kembali-di-kisaran-5-persen',
    title: 'Pertumbuhan Ekonomi Indonesia: Sempat Minus, Kini Kembali di Kisaran 5 Persen',
    summary:
      'Ekonomi Indonesia tumbuh sekitar 5 persen per tahun sebelum pandemi, terkontraksi 2,07 persen pada 2020, lalu pulih hingga tumbuh 5,05 persen pada 2023.',
    category: 'ekonomi',
    publishedAt: '2024-07-04T10:00:00+07:00',
    author: 'dewi-anggraini',
    editor: 'hendra-gunawan',
    hero: {
      image: 'ekonomi-3',
      alt: 'Ilustrasi gedung perkantoran di pusat kota',
      caption: 'Pertumbuhan ekonomi Indonesia kembali ke kisaran 5 persen setelah pandemi.',
      credit: 'FAKTA/Ilustrasi',
    },
    body: [
      'Perekonomian Indonesia tumbuh relatif stabil di kisaran 5 persen per tahun dalam satu dekade terakhir, kecuali ketika pandemi Covid-19 melanda. Data Badan Pusat Statistik (BPS) memperlihatkan pola itu dengan jelas.',
      { chart: 'bar', dataset: 'pertumbuhan-ekonomi-indonesia-2015-2023' },
      'Sepanjang 2015-2019, produk domestik bruto (PDB) Indonesia tumbuh antara 4,88 persen dan 5,17 persen per tahun. Pertumbuhan terendah pada periode itu terjadi pada 2015, sedangkan yang tertinggi pada 2018.',
      'Pandemi membalik keadaan. Pada 2020, ekonomi Indonesia terkontraksi 2,07 persen. Itulah pertama kalinya pertumbuhan tahunan bernilai negatif sejak krisis moneter 1998. Pembatasan kegiatan masyarakat menekan konsumsi rumah tangga, investasi, dan perdagangan.',
      'Pemulihan dimulai pada 2021 dengan pertumbuhan 3,70 persen. Setahun kemudian, ekonomi tumbuh 5,31 persen, tertinggi dalam sembilan tahun tersebut, seiring pulihnya mobilitas masyarakat dan tingginya harga komoditas ekspor. Pada 2023, pertumbuhan melambat tipis menjadi 5,05 persen.',
      'Pada triwulan I 2024, BPS mencatat ekonomi tumbuh 5,11 persen secara tahunan. Sementara itu, indikator lain menunjukkan sektor industri masih ekspansif meski melambat: indeks PMI manufaktur Indonesia turun ke 50,7 pada Juni 2024 dari 52,1 pada Mei.',
    ],
    datasets: [
      {
        slug: 'pertumbuhan-ekonomi-indonesia-2015-2023',
        title: 'Pertumbuhan Ekonomi Indonesia 2015-2023',
        description:
          'Laju pertumbuhan produk domestik bruto (PDB) atas dasar harga konstan 2010 dibandingkan tahun sebelumnya, menurut BPS.',
        unit: 'persen',
        source: 'Badan Pusat Statistik (BPS)',
        sourceUrl: 'https://www.bps.go.id',
        period: '2015-2023',
        series: [
          {
            name: 'Pertumbuhan PDB',
            points: [
              { label: '2015', value: 4.88 },
              { label: '2016', value: 5.03 },
              { label: '2017', value: 5.07 },
              { label: '2018', value: 5.17 },
              { label: '2019', value: 5.02 },
              { label: '2020', value: -2.07 },
              { label: '2021', value: 3.7 },
              { label: '2022', value: 5.31 },
              { label: '2023', value: 5.05 },
            ],
          },
        ],
      },
    ],
    related: [
      'pmi-manufaktur-indonesia-juni-2024-melambat',
      'cadangan-devisa-juni-2024-naik-jadi-1402-miliar-dolar-as',
      'bi-diperkirakan-pertahankan-suku-bunga-acuan-625-persen',
    ],
    tags: ['Pertumbuhan Ekonomi', 'BPS', 'PDB'],
  },
  {
    slug: 'pengangguran-terus-turun-setelah-melonjak-saat-pandemi',
    title: 'Pengangguran Terus Turun Setelah Melonjak saat Pandemi',
    summary:
      'Tingkat pengangguran terbuka melonjak ke 7,07 persen pada Agustus 2020, lalu turun bertahap hingga 5,32 persen pada Agustus 2023.',
    category: 'ekonomi',
    publishedAt: '2024-07-06T09:00:00+07:00',
    author: 'nadia-maharani',
    editor: 'maya-kartikasari',
    hero: {
      image: 'ekonomi-2',
      alt: 'Ilustrasi pencari kerja mengantre di bursa kerja',
      caption: 'Jumlah penganggur terus berkurang sejak puncaknya pada 2020.',
      credit: 'FAKTA/Ilustrasi',
    },
    body: [
      'Tingkat pengangguran terbuka (TPT) Indonesia terus menurun sejak melonjak pada masa pandemi Covid-19. TPT mengukur persentase penganggur terhadap seluruh angkatan kerja, yaitu penduduk usia kerja yang bekerja atau sedang mencari pekerjaan.',
      { chart: 'line', dataset: 'tingkat-pengangguran-terbuka-agustus-2019-2023' },
      'Data Survei Angkatan Kerja Nasional (Sakernas) Agustus dari Badan Pusat Statistik (BPS) menunjukkan TPT naik dari 5,23 persen pada Agustus 2019 menjadi 7,07 persen pada Agustus 2020, ketika banyak usaha menghentikan kegiatan atau mengurangi pekerja akibat pandemi.',
      'Setelah itu, TPT turun berturut-turut menjadi 6,49 persen pada 2021, 5,86 persen pada 2022, dan 5,32 persen pada Agustus 2023. Meski terus membaik, angka terakhir itu masih sedikit di atas kondisi Agustus 2019.',
      { chart: 'bar', dataset: 'jumlah-penganggur-agustus-2019-2023' },
      'Dalam jumlah orang, penganggur bertambah dari 7,10 juta pada Agustus 2019 menjadi 9,77 juta pada Agustus 2020. Jumlahnya kemudian berkurang menjadi 9,10 juta orang pada 2021, 8,42 juta orang pada 2022, dan 7,86 juta orang pada Agustus 2023.',
      'Data terbaru BPS untuk Februari 2024 mencatat TPT sebesar 4,82 persen atau 7,20 juta orang, lebih rendah dibandingkan Februari 2020 yang sebesar 4,94 persen. Karena pasar kerja memiliki pola musiman, angka Februari dibandingkan dengan Februari tahun sebelumnya.',
      'Pertanian, perdagangan, dan industri pengolahan menjadi lapangan usaha dengan jumlah pekerja terbanyak. Industri pengolahan kini tengah melambat, dengan PMI manufaktur turun ke 50,7 pada Juni 2024. Di sektor perdagangan, banyak usaha mikro, kecil, dan menengah (UMKM) kini menerima pembayaran digital melalui QRIS.',
    ],
    datasets: [
      {
        slug: 'tingkat-pengangguran-terbuka-agustus-2019-2023',
        title: 'Tingkat Pengangguran Terbuka Agustus 2019-2023',
        description:
          'Persentase penganggur terhadap angkatan kerja berdasarkan Survei Angkatan Kerja Nasional (Sakernas) BPS periode Agustus.',
        unit: 'persen',
        source: 'Badan Pusat Statistik (BPS)',
        sourceUrl: 'https://www.bps.go.id',
        period: 'Agustus 2019-Agustus 2023',
        series: [
          {
            name: 'Tingkat pengangguran terbuka',
            points: [
              { label: '2019', value: 5.23 },
              { label: '2020', value: 7.07 },
              { label: '2021', value: 6.49 },
              { label: '2022', value: 5.86 },
              { label: '2023', value: 5.32 },
            ],
          },
        ],
      },
      {
        slug: 'jumlah-penganggur-agustus-2019-2023',
        title: 'Jumlah Penganggur Agustus 2019-2023',
        description:
          'Jumlah penduduk usia kerja yang menganggur berdasarkan Survei Angkatan Kerja Nasional (Sakernas) BPS periode Agustus.',
        unit: 'juta orang',
        source: 'Badan Pusat Statistik (BPS)',
        sourceUrl: 'https://www.bps.go.id',
        period: 'Agustus 2019-Agustus 2023',
        series: [
          {
            name: 'Jumlah penganggur',
            points: [
              { label: '2019', value: 7.1 },
              { label: '2020', value: 9.77 },
              { label: '2021', value: 9.1 },
              { label: '2022', value: 8.42 },
              { label: '2023', value: 7.86 },
            ],
          },
        ],
      },
    ],
    related: ['pmi-manufaktur-indonesia-juni-2024-melambat', 'transaksi-qris-tumbuh-pesat-pada-semester-i-2024'],
    tags: ['Pengangguran', 'Ketenagakerjaan', 'BPS'],
  },
  {
    slug: 'enam-provinsi-ini-dihuni-sekitar-60-persen-penduduk-indonesia',
    title: 'Enam Provinsi Ini Dihuni Sekitar 60 Persen Penduduk Indonesia',
    summary:
      'Menurut Sensus Penduduk 2020, Jawa Barat, Jawa Timur, Jawa Tengah, Sumatera Utara, Banten, dan DKI Jakarta dihuni sekitar 162,7 juta jiwa.',
    category: 'nasional',
    publishedAt: '2024-07-08T14:00:00+07:00',
    author: 'nadia-maharani',
    editor: 'yudi-santoso',
    hero: {
      image: 'nasional-2',
      alt: 'Ilustrasi keramaian warga di kawasan perkotaan',
      caption: 'Lebih dari separuh penduduk Indonesia tinggal di Pulau Jawa.',
      credit: 'FAKTA/Ilustrasi',
    },
    body: [
      'Menjelang Pilkada Serentak 2024, partai politik mulai menjajaki koalisi di provinsi-provinsi berpenduduk besar. Hasil Sensus Penduduk 2020 (SP2020) dari Badan Pusat Statistik (BPS) menunjukkan betapa terkonsentrasinya penduduk Indonesia di segelintir provinsi.',
      { chart: 'bar', dataset: 'penduduk-enam-provinsi-terbanyak-sp2020' },
      'Jawa Barat menjadi provinsi dengan penduduk terbanyak, yakni 48,27 juta jiwa, disusul Jawa Timur 40,67 juta jiwa dan Jawa Tengah 36,52 juta jiwa. Tiga provinsi ini saja dihuni lebih dari 125 juta orang.',
      'Di luar Jawa, Sumatera Utara menempati urutan keempat dengan 14,80 juta jiwa. Banten dan DKI Jakarta melengkapi enam besar dengan masing-masing 11,90 juta jiwa dan 10,56 juta jiwa. Meski berada di urutan keenam, Jakarta merupakan provinsi dengan kepadatan penduduk tertinggi di Indonesia.',
      'Secara keseluruhan, SP2020 mencatat penduduk Indonesia berjumlah 270,20 juta jiwa. Enam provinsi tersebut dihuni sekitar 162,7 juta jiwa atau sekitar 60 persen dari total penduduk. Adapun Pulau Jawa dihuni 56,10 persen penduduk Indonesia.',
      'Besarnya jumlah penduduk membuat provinsi-provinsi tersebut juga memiliki jumlah pemilih yang besar. Saat ini, petugas pemutakhiran data pemilih tengah mendatangi rumah warga satu per satu untuk menyusun daftar pemilih Pilkada 2024, yang pemungutan suaranya dijadwalkan pada 27 November 2024.',
    ],
    datasets: [
      {
        slug: 'penduduk-enam-provinsi-terbanyak-sp2020',
        title: 'Enam Provinsi dengan Penduduk Terbanyak',
        description: 'Jumlah penduduk menurut provinsi hasil Sensus Penduduk 2020 yang diselenggarakan BPS.',
        unit: 'juta jiwa',
        dimension: 'Provinsi',
        source: 'Badan Pusat Statistik (BPS)',
        sourceUrl: 'https://www.bps.go.id',
        period: 'Sensus Penduduk 2020',
        series: [
          {
            name: 'Jumlah penduduk',
            points: [
              { label: 'Jawa Barat', value: 48.27 },
              { label: 'Jawa Timur', value: 40.67 },
              { label: 'Jawa Tengah', value: 36.52 },
              { label: 'Sumatera Utara', value: 14.8 },
              { label: 'Banten', value: 11.9 },
              { label: 'DKI Jakarta', value: 10.56 },
            ],
          },
        ],
      },
    ],
    related: [
      'partai-politik-mulai-jajaki-koalisi-untuk-pilkada-jakarta',
      'kpu-coklit-data-pemilih-pilkada-2024-capai-60-persen',
      'kpu-pastikan-pendaftaran-calon-kepala-daerah-dibuka-27-agustus',
    ],
    tags: ['Sensus Penduduk', 'BPS', 'Kependudukan', 'Pilkada 2024'],
  },
  {
    slug: 'produksi-padi-2023-turun-ke-titik-terendah-dalam-lima-tahun',
    title: 'Produksi Padi 2023 Turun ke Titik Terendah dalam Lima Tahun',
    summary:
      'Produksi padi nasional turun menjadi 53,98 juta ton GKG pada 2023, terendah sejak 2019, di tengah upaya pemerintah menstabilkan harga beras.',
    category: 'ekonomi',
    publishedAt: '2024-07-03T17:30:00+07:00',
    author: 'dewi-anggraini',
    editor: 'yudi-santoso',
    hero: {
      image: 'nasional-1',
      alt: 'Ilustrasi hamparan sawah pada musim kemarau',
      caption: 'Kekeringan pada 2023 menekan luas panen padi di sejumlah sentra produksi.',
      credit: 'FAKTA/Ilustrasi',
    },
    body: [
      'Badan Pangan Nasional (Bapanas) mencatat harga beras medium mulai turun di sejumlah daerah. Namun, pasokan beras tidak lepas dari produksi padi dalam negeri yang cenderung stagnan dalam beberapa tahun terakhir.',
      { chart: 'bar', dataset: 'produksi-padi-indonesia-2019-2023' },
      'Data Badan Pusat Statistik (BPS) menunjukkan produksi padi nasional bergerak di kisaran 54,4-54,8 juta ton gabah kering giling (GKG) sepanjang 2019-2022. Produksi tertinggi pada periode itu tercatat pada 2022, yakni 54,75 juta ton GKG.',
      'Pada 2023, produksi padi turun menjadi 53,98 juta ton GKG, berkurang sekitar 0,77 juta ton atau 1,4 persen dibandingkan tahun sebelumnya. Angka itu menjadi yang terendah dalam lima tahun terakhir. BPS menyebut kekeringan akibat fenomena El Nino pada 2023 menekan luas panen di sejumlah sentra produksi.',
      'Jika dikonversi menjadi beras untuk konsumsi penduduk, produksi padi 2023 setara dengan sekitar 31,10 juta ton beras, turun dari 31,54 juta ton pada 2022.',
      'Tahun ini, Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperkirakan puncak musim kemarau terjadi pada Juli-Agustus 2024. Bapanas juga mengingatkan potensi kenaikan harga beras pada akhir tahun, ketika produksi menurun setelah musim panen berlalu.',
    ],
    datasets: [
      {
        slug: 'produksi-padi-indonesia-2019-2023',
        title: 'Produksi Padi Indonesia 2019-2023',
        description:
          'Produksi padi nasional dalam bentuk gabah kering giling (GKG), dihitung BPS dari luas panen hasil Survei Kerangka Sampel Area dan produktivitas.',
        unit: 'juta ton',
        source: 'Badan Pusat Statistik (BPS)',
        sourceUrl: 'https://www.bps.go.id',
        period: '2019-2023',
        series: [
          {
            name: 'Produksi padi (GKG)',
            points: [
              { label: '2019', value: 54.6 },
              { label: '2020', value: 54.65 },
              { label: '2021', value: 54.42 },
              { label: '2022', value: 54.75 },
              { label: '2023', value: 53.98 },
            ],
          },
        ],
      },
    ],
    related: [
      'bapanas-harga-beras-medium-mulai-turun-di-sejumlah-daerah',
      'bmkg-sebagian-besar-wilayah-indonesia-memasuki-puncak-kemarau',
      'bps-inflasi-juni-2024-sebesar-251-persen',
    ],
    tags: ['Produksi Padi', 'Harga Beras', 'BPS', 'Harga Pangan'],
  },
  {
    slug: 'polandia-pimpin-belanja-pertahanan-anggota-nato-pada-2024',
    title: 'Polandia Pimpin Belanja Pertahanan Anggota NATO pada 2024',
    summary:
      'Polandia diperkirakan membelanjakan 4,12 persen PDB untuk pertahanan pada 2024, tertinggi di NATO. Sebanyak 23 dari 32 anggota kini memenuhi target 2 persen.',
    category: 'internasional',
    publishedAt: '2024-07-12T09:00:00+07:00',
    author: 'rizky-pratama',
    editor: 'hendra-gunawan',
    hero: {
      image: 'internasional-3',
      alt: 'Ilustrasi kendaraan lapis baja dalam latihan militer',
      caption: 'Negara-negara di sisi timur NATO membelanjakan porsi PDB terbesar untuk pertahanan.',
      credit: 'FAKTA/Ilustrasi',
    },
    body: [
      'Belanja pertahanan menjadi salah satu isu yang dibahas para pemimpin Pakta Pertahanan Atlantik Utara (NATO) dalam KTT peringatan 75 tahun aliansi di Washington. Menurut estimasi yang dirilis NATO pada Juni 2024, 23 dari 32 negara anggota tahun ini membelanjakan sedikitnya 2 persen dari produk domestik bruto (PDB) untuk pertahanan.',
      { chart: 'bar', dataset: 'belanja-pertahanan-nato-2024-sepuluh-teratas' },
      'Polandia berada di urutan teratas dengan belanja pertahanan diperkirakan mencapai 4,12 persen PDB. Posisi berikutnya ditempati Estonia (3,43 persen), Amerika Serikat (3,38 persen), Latvia (3,15 persen), dan Yunani (3,08 persen). Hanya kelima negara itu yang belanjanya melampaui 3 persen PDB.',
      'Lima negara lain dalam sepuluh besar adalah Lituania (2,85 persen), Finlandia (2,41 persen), Denmark (2,37 persen), Inggris (2,33 persen), dan Rumania (2,25 persen). Enam negara dalam daftar ini, yakni Polandia, Estonia, Latvia, Lituania, Finlandia, dan Rumania, berada di sisi timur aliansi yang berbatasan dengan Rusia, Belarus, atau Ukraina.',
      'Target 2 persen PDB disepakati para pemimpin NATO pada KTT Wales 2014, beberapa bulan setelah Rusia mencaplok Krimea. Menurut Sekretaris Jenderal NATO Jens Stoltenberg, saat itu hanya tiga negara anggota yang memenuhi target tersebut.',
      'Di sisi lain, sejumlah anggota masih berada di bawah target, dengan Spanyol di posisi terbawah pada estimasi 1,28 persen PDB. Angka-angka ini merupakan estimasi berdasarkan rencana anggaran negara anggota dan dapat berubah setelah realisasi belanja diketahui.',
    ],
    datasets: [
      {
        slug: 'belanja-pertahanan-nato-2024-sepuluh-teratas',
        title: 'Sepuluh Anggota NATO dengan Belanja Pertahanan Tertinggi',
        description:
          'Estimasi belanja pertahanan 2024 sebagai persentase produk domestik bruto, berdasarkan data yang dilaporkan negara anggota kepada NATO.',
        unit: 'persen PDB',
        dimension: 'Negara',
        source: 'NATO, Defence Expenditure of NATO Countries (2014-2024)',
        sourceUrl: 'https://www.nato.int',
        period: '2024 (estimasi)',
        series: [
          {
            name: 'Belanja pertahanan terhadap PDB',
            points: [
              { label: 'Polandia', value: 4.12 },
              { label: 'Estonia', value: 3.43 },
              { label: 'Amerika Serikat', value: 3.38 },
              { label: 'Latvia', value: 3.15 },
              { label: 'Yunani', value: 3.08 },
              { label: 'Lituania', value: 2.85 },
              { label: 'Finlandia', value: 2.41 },
              { label: 'Denmark', value: 2.37 },
              { label: 'Inggris', value: 2.33 },
              { label: 'Rumania', value: 2.25 },
            ],
          },
        ],
      },
    ],
    related: [
      'nato-pastikan-ukraina-jadi-anggota-usai-perang-dengan-rusia-berakhir',
      'para-pemimpin-nato-berkumpul-di-washington-peringati-75-tahun-aliansi',
      'ukraina-minta-128-jet-tempur-untuk-kalahkan-rusia',
    ],
    tags: ['NATO', 'KTT NATO', 'Belanja Pertahanan'],
  },
]
