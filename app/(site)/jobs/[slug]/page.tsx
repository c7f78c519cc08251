import { notFound } from 'next/navigation'
import { cache } from 'react'
import { Breadcrumb } from '@/components/breadcrumb'
import { JsonLd } from '@/components/json-ld'
import { getJob, listJobSlugs } from '@/db/queries/jobs'
import { getEnv } from '@/lib/env'
import { formatWib, toIsoWib } from '@/lib/format'
import { isValidSlug } from '@/lib/slug'
import { jobTypeLabels } from '@/lib/strings'

export const revalidate = 300

type Props = { params: Promise<{ slug: string }> }
const load = cache(async (slug: string) => (isValidSlug(slug) ? getJob(slug) : null))

export const generateStaticParams = () => listJobSlugs()

export async function generateMetadata({ params }: Props) {
  const job = await load((await params).slug)
  if (!job) return {}
  return {
    title: `${job.title} di ${job.company}`,
    description: job.description[0]?.slice(0, 200),
    alternates: { canonical: `/jobs/${job.slug}` },
  }
}

const employmentType = { 'penuh-waktu': 'FULL_TIME', 'paruh-waktu': 'PART_TIME', kontrak: 'CONTRACTOR', magang: 'INTERN' } as const

export default async function JobPage({ params }: Props) {
  const job = await load((await params).slug)
  if (!job) notFound()
  // The page is static, so "closed" is decided when it is (re)rendered: at most 5 minutes late.
  const { closed } = job
  return (
    <main className="mx-auto max-w-3xl px-4 pt-6">
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'JobPosting',
          title: job.title,
          description: job.description.join('\n\n'),
          datePosted: toIsoWib(job.postedAt),
          validThrough: toIsoWib(job.deadline),
          employmentType: employmentType[job.type],
          hiringOrganization: { '@type': 'Organization', name: job.company },
          jobLocation:
            job.location === 'Remote'
              ? undefined
              : { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: job.location, addressCountry: 'ID' } },
          jobLocationType: job.location === 'Remote' ? 'TELECOMMUTE' : undefined,
          applicantLocationRequirements: job.location === 'Remote' ? { '@type': 'Country', name: 'Indonesia' } : undefined,
          url: `${getEnv().SITE_URL}/jobs/${job.slug}`,
        }}
      />
      <Breadcrumb
        items={[
          { href: '/jobs', label: 'Jobs' },
          { href: `/jobs/${job.slug}`, label: job.title },
        ]}
      />
      <h1 className="mt-3 font-serif text-3xl font-bold">{job.title}</h1>
      <p className="mt-2 text-lg">{job.company}</p>
      <dl className="mt-4 grid grid-cols-2 gap-3 rounded-md bg-wash p-4 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-muted">Lokasi</dt>
          <dd className="font-semibold">{job.location}</dd>
        </div>
        <div>
          <dt className="text-muted">Jenis</dt>
          <dd className="font-semibold">{jobTypeLabels[job.type]}</dd>
        </div>
        <div>
          <dt className="text-muted">Bidang</dt>
          <dd className="font-semibold">{job.field}</dd>
        </div>
        <div>
          <dt className="text-muted">Gaji</dt>
          <dd className="font-semibold">{job.salary ?? 'Tidak disebutkan'}</dd>
        </div>
      </dl>
      {closed ? (
        <p role="status" className="mt-6 rounded-md bg-brand-soft p-4 font-semibold text-brand-dark">
          Lowongan ini sudah ditutup pada {formatWib(job.deadline)}.
        </p>
      ) : (
        <p className="mt-6 text-sm">
          Batas lamaran: <strong>{formatWib(job.deadline)}</strong>
        </p>
      )}
      <div className="mt-6 space-y-4 font-serif text-lg leading-relaxed">
        {job.description.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
      <h2 className="mt-8 text-xl font-extrabold">Persyaratan</h2>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        {job.requirements.map((requirement, index) => (
          <li key={index}>{requirement}</li>
        ))}
      </ul>
      {!closed && (job.applyUrl || job.applyEmail) && (
        <a
          href={job.applyUrl ?? `mailto:${job.applyEmail}?subject=${encodeURIComponent(`Lamaran: ${job.title}`)}`}
          rel="noopener nofollow"
          className="mt-8 inline-block rounded-full bg-brand px-6 py-3 font-semibold text-white hover:bg-brand-dark"
        >
          {job.applyUrl ? 'Lamar di situs perusahaan' : `Lamar lewat email (${job.applyEmail})`}
        </a>
      )}
    </main>
  )
}
