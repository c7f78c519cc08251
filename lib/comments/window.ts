/** Own comments can be edited for 15 minutes after posting. */
export const EDIT_WINDOW_MS = 15 * 60_000

export function canStillEdit(createdAt: Date, now: Date): boolean {
  return now.getTime() - createdAt.getTime() < EDIT_WINDOW_MS
}

export const discussionPath = (articlePath: string) => `${articlePath}/komentar`
