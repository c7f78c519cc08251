import { notFound } from 'next/navigation'
import { cache } from 'react'
import { Breadcrumb } from '@/components/breadcrumb'
import { EmbedPlayer } from '@/components/embed-player'
import { getProgram, listPrograms } from '@/db/queries/programs'
import { formatWib } from '@/lib/format'
import { isValidSlug } from '@/lib/slug'

export const revalidate = 300

type Props = { params: Promise<{ slug: string }> }
const load = cache(async (slug: string) => (isValidSlug(slug) ? getProgram(slug) : null))

export const generateStaticParams = async () => (await listPrograms()).map((program) => ({ slug: program.slug }))

export async function generateMetadata({ params }: Props) {
  const program = await load((await params).slug)
  return program ? { title: program.title, description: program.description, alternates: { canonical: `/program/${program.slug}` } } : {}
}

const duration = (seconds: number) => `${Math.round(seconds / 60)} menit`

export default async function ProgramPage({ params }: Props) {
  const program = await load((await params).slug)
  if (!program) notFound()
  return (
    <main className="mx-auto max-w-3xl px-4 pt-6">
      <Breadcrumb
        items={[
          { href: '/program', label: 'Program' },
          { href: `/program/${program.slug}`, label: program.title },
        ]}
      />
      <h1 className="mt-3 font-serif text-3xl font-bold md:text-4xl">{program.title}</h1>
      <p className="mt-2 text-muted">
        {program.description} Dipandu {program.host}.
      </p>
      <ol aria-label="Episode" className="mt-8 space-y-10">
        {program.episodes.map((episode) => (
          <li key={episode.id}>
            <article aria-labelledby={`episode-${episode.id}`}>
              <EmbedPlayer provider={episode.provider} mediaId={episode.mediaId} title={episode.title} image={program.image} />
              <h2 id={`episode-${episode.id}`} className="mt-3 font-serif text-xl font-bold">
                {episode.title}
              </h2>
              <p className="mt-1 text-xs text-muted">
                <time dateTime={episode.publishedAt.toISOString()}>{formatWib(episode.publishedAt)}</time> ·{' '}
                {duration(episode.durationSeconds)}
              </p>
              <p className="mt-2">{episode.description}</p>
            </article>
          </li>
        ))}
      </ol>
    </main>
  )
}
