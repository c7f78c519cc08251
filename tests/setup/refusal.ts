// drizzle wraps the database's error; its cause carries the database's own message.
/** What the database answered to a write: 'allowed', or its refusal's message. */
export function refusal(query: PromiseLike<unknown>): Promise<string> {
  return Promise.resolve(query).then(
    () => 'allowed',
    (error: Error) => (error.cause instanceof Error ? error.cause.message : error.message),
  )
}
