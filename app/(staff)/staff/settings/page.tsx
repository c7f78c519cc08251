import { TRUST } from '@/lib/comments/pipeline'
import { Notice } from '@/components/staff/notice'
import { getModerationSettings } from '@/db/queries/comments'
import { requireStaff, type StaffSearch } from '@/lib/server/staff'
import { settingsAction } from '@/lib/server/actions/staff'

export const metadata = { title: 'Pengaturan moderasi' }

export default async function SettingsPage({ searchParams }: { searchParams: Promise<StaffSearch> }) {
  await requireStaff('manage:wordlist:any')
  const search = await searchParams
  const settings = await getModerationSettings()
  const area = 'mt-1 block w-full rounded-md border border-line p-2 font-mono text-sm'
  return (
    <main className="max-w-3xl">
      <h1 className="font-serif text-3xl font-bold">Pengaturan moderasi</h1>
      <Notice search={search} />
      <form action={settingsAction} className="mt-4 space-y-5">
        <input type="hidden" name="back" value="/staff/settings" />
        <label className="block text-sm font-semibold">
          Kata terlarang (komentar ditolak), satu per baris
          <textarea name="banned" rows={8} defaultValue={settings.bannedWords.join('\n')} className={area} />
        </label>
        <label className="block text-sm font-semibold">
          Kata diawasi (komentar ditahan untuk ditinjau), satu per baris
          <textarea name="suspect" rows={8} defaultValue={settings.suspectWords.join('\n')} className={area} />
        </label>
        <fieldset className="space-y-3 rounded-md border border-line p-4">
          <legend className="px-1 text-sm font-semibold">Laporan pembaca</legend>
          <p className="text-sm text-muted">
            Laporan dari pembaca mapan (dan staf) menyembunyikan komentar sampai ditinjau; laporan lain hanya memasukkannya ke tab
            Dilaporkan. Komentar staf dan komentar yang sudah disetujui moderator setelah dilaporkan tidak pernah disembunyikan otomatis.
          </p>
          <NumberSetting
            label="Ambang laporan (komentar disembunyikan untuk ditinjau setelah sekian laporan dari pembaca mapan)"
            name="reportThreshold"
            min={1}
            max={100}
            value={settings.reportThreshold}
          />
          <NumberSetting
            label="Pembaca mapan: umur akun minimal (hari)"
            name="reporterMinAgeDays"
            min={0}
            max={365}
            value={settings.reporterMinAgeDays}
          />
          <NumberSetting
            label="Pembaca mapan: komentar disetujui minimal"
            name="reporterMinApproved"
            min={0}
            max={1000}
            value={settings.reporterMinApproved}
          />
        </fieldset>
        <fieldset className="space-y-3 rounded-md border border-line p-4">
          <legend className="px-1 text-sm font-semibold">Kepercayaan pembaca</legend>
          <p className="text-sm text-muted">
            Komentar pembaca baru, dan pembaca yang belakangan banyak ditolak, ditahan untuk ditinjau dulu. Staf tidak pernah ditahan.
          </p>
          <NumberSetting
            label="Pembaca baru ditinjau sampai komentar disetujui sebanyak (0 = tidak)"
            name="trustAfterApproved"
            min={0}
            max={50}
            value={settings.trustAfterApproved}
          />
          <NumberSetting
            label={`Tinjau lagi bila komentar ditolak dari ${TRUST.window} terakhir mencapai (%; 0 = tidak)`}
            name="distrustRejectedPercent"
            min={0}
            max={100}
            value={settings.distrustRejectedPercent}
          />
        </fieldset>
        <button type="submit" className="rounded-full bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark">
          Simpan pengaturan
        </button>
      </form>
    </main>
  )
}

function NumberSetting({ label, name, min, max, value }: { label: string; name: string; min: number; max: number; value: number }) {
  return (
    <label className="block text-sm font-semibold">
      {label}
      <input
        name={name}
        type="number"
        required
        min={min}
        max={max}
        defaultValue={value}
        className="mt-1 block h-10 w-24 rounded-md border border-line px-2"
      />
    </label>
  )
}
