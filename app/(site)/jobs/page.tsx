import { VerticalPage, verticalByHref } from '@/components/vertical-page'

export const revalidate = 300
export const metadata = {
  title: 'Jobs',
  description: verticalByHref('/jobs').description,
  alternates: { canonical: '/jobs' },
}

export default function JobsPage() {
  return <VerticalPage href="/jobs" />
}
