import { JobsBoard, jobsMetadata, type Search } from '../jobs-board'

// Reached through proxy.ts when /jobs carries filters in its query; the canonical page is /jobs.
export const metadata = { ...jobsMetadata, robots: { index: false, follow: true } }

export default async function FilteredJobsPage({ searchParams }: { searchParams: Promise<Search> }) {
  return <JobsBoard search={await searchParams} />
}
