import 'server-only'
import { viewerCommentState } from '@/db/queries/comments'
import { restriction } from '@/lib/server/action'
import type { Viewer } from '@/lib/server/auth/viewer'
import { can, isStaff } from '@/lib/permissions'
import { canStillEdit } from '@/lib/comments/window'

/** The viewer's side of one article's discussion, as the comment islands receive it. */
export function discussionViewer(viewer: Viewer, articleId: number, now: Date) {
  const { own, liked, reported } = viewerCommentState(articleId, viewer.id)
  return {
    signedIn: true as const,
    name: viewer.displayName,
    staff: isStaff(viewer.role),
    canComment: can(viewer, 'create:comment:own', now),
    restriction: restriction(viewer, now),
    own: own.map((c) => ({
      ...c,
      createdAt: c.createdAt.toISOString(),
      editable: c.status !== 'rejected' && canStillEdit(c.createdAt, now),
    })),
    liked,
    reported,
  }
}
