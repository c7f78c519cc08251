import 'server-only'
import { viewerCommentState } from '@/db/queries/comments'
import type { Viewer } from '@/lib/server/auth/viewer'
import { can, editRefusal, isStaff, restriction } from '@/lib/permissions'

/** The viewer's side of one article's discussion, as the comment islands receive it (JSON). */
export type DiscussionViewer = Awaited<ReturnType<typeof discussionViewer>>
export type OwnComment = DiscussionViewer['own'][number]

/** The viewer's side of one article's discussion, as the comment islands receive it. */
export async function discussionViewer(viewer: Viewer, articleId: number, now: Date) {
  const { own, liked, reported } = await viewerCommentState(articleId, viewer.id)
  return {
    signedIn: true as const,
    name: viewer.displayName,
    staff: isStaff(viewer.role),
    canComment: can(viewer, 'create:comment:own', now),
    restriction: restriction(viewer, now),
    own: own.map((c) => ({
      ...c,
      createdAt: c.createdAt.toISOString(),
      editable: editRefusal(c, now) === null,
    })),
    liked,
    reported,
  }
}
