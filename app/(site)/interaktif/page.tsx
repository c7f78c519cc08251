import { VerticalPage, verticalByHref } from '@/components/vertical-page'

export const revalidate = 300
export const metadata = {
  title: 'Interaktif',
  description: verticalByHref('/interaktif').description,
  alternates: { canonical: '/interaktif' },
}

export default function InteraktifPage() {
  return <VerticalPage href="/interaktif" />
}
