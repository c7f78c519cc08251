import { VerticalPage, verticalByHref } from '@/components/vertical-page'

export const revalidate = 300
export const metadata = {
  title: 'Program',
  description: verticalByHref('/program').description,
  alternates: { canonical: '/program' },
}

export default function ProgramPage() {
  return <VerticalPage href="/program" />
}
