import { Picture } from '@/components/picture'
import { Link } from '@/components/link'
import { SectionFrame } from '@/components/section-frame'
import { listPrograms } from '@/db/queries/programs'
import { formatShortDate } from '@/lib/format'
import { verticals } from '@/lib/strings'

export const revalidate = 300
const description = verticals.find((v) => v.href === '/program')?.description ?? ''
export const metadata = { title: 'Program', description, alternates: { canonical: '/program' } }

export default async function ProgramIndex() {
  const programs = await listPrograms()
  return (
    <SectionFrame crumbs={[{ href: '/program', label: 'Program' }]} title="Program" description={description} sidebar={false}>
      <ul aria-label="Program" className="grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
        {programs.map((program) => (
          <li key={program.slug}>
            <Picture
              src={program.image}
              alt=""
              width={480}
              height={270}
              sizes="(min-width: 1024px) 360px, 100vw"
              className="aspect-video w-full rounded-md bg-wash object-cover"
            />
            <p className="mt-2 text-xs font-bold tracking-wide text-brand uppercase">{program.format === 'video' ? 'Video' : 'Siniar'}</p>
            <h2 className="mt-1 font-serif text-xl font-bold">
              <Link href={`/program/${program.slug}`} className="hover:text-brand">
                {program.title}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-muted">{program.description}</p>
            {program.latest && (
              <p className="mt-2 text-sm">
                Terbaru: {program.latest.title} · {formatShortDate(program.latest.publishedAt)}
              </p>
            )}
          </li>
        ))}
      </ul>
    </SectionFrame>
  )
}
