import { segments } from '@/lib/comments/body'

/** A comment's text: plain text with http(s) links, never HTML. */
export function CommentBody({ body }: { body: string }) {
  return (
    <p className="mt-2 text-[15px] leading-relaxed break-words whitespace-pre-line">
      {segments(body).map((part, index) =>
        part.type === 'link' ? (
          <a key={index} href={part.href} rel="nofollow ugc noopener" target="_blank" className="text-brand underline">
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </p>
  )
}
