/** The frame of the sign-in and registration pages. */
export function AuthCard({ title, intro, children }: { title: string; intro?: string; children: React.ReactNode }) {
  return (
    <main className="mx-auto max-w-md px-4 py-10">
      <h1 className="font-serif text-3xl font-bold">{title}</h1>
      {intro && <p className="mt-2 text-muted">{intro}</p>}
      <div className="mt-6 rounded-lg border border-line p-5 shadow-sm">{children}</div>
    </main>
  )
}
