// Facts of the demo content that the browser tests look for.
export const seedPath = '/news/internasional/nato-pastikan-ukraina-jadi-anggota-usai-perang-dengan-rusia-berakhir'
export const seedTitle = 'NATO Pastikan Ukraina Jadi Anggota, Usai Perang dengan Rusia Berakhir'
export const relatedTitle = 'Ukraina Minta 128 Jet Tempur untuk Kalahkan Rusia'
export const relatedPath = '/news/internasional/ukraina-minta-128-jet-tempur-untuk-kalahkan-rusia'
