import { VerticalPage, verticalByHref } from '@/components/vertical-page'

export const revalidate = 300
export const metadata = {
  title: 'Pointer',
  description: verticalByHref('/pointer').description,
  alternates: { canonical: '/pointer' },
}

export default function PointerPage() {
  return <VerticalPage href="/pointer" />
}
