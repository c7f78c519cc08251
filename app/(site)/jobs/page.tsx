import { JobsBoard, jobsMetadata } from './jobs-board'

// The unfiltered board is static like every list; a filtered URL (/jobs?lokasi=…) is rewritten by
// proxy.ts to ./saring, which renders per request.
export const revalidate = 300
export const metadata = jobsMetadata

export default function JobsPage() {
  return <JobsBoard search={{}} />
}
