// Next's cache functions and `after` stand in for the request around an action in tests: what
// was revalidated is recorded in order (tags as `tag:<name>`), and work put off until after the
// response is kept for the test to run.
export function nextCache(record: (entry: string) => void = () => undefined) {
  return {
    revalidatePath: (path: string) => void record(path),
    revalidateTag: (tag: string) => void record(`tag:${tag}`),
    unstable_cache: <T>(fn: T) => fn,
  }
}

export const afterTasks: (() => Promise<unknown>)[] = []

export async function nextServer(original: () => Promise<Record<string, unknown>>) {
  return { ...(await original()), after: (task: () => Promise<unknown>) => void afterTasks.push(task) }
}
