// Form fields several actions share, as zod schemas.
import { z } from 'zod'

/** A row id from a form or a route: a positive integer that fits SQLite's and JavaScript's ints. */
export const idField = (message = 'Data tidak valid.') =>
  z.coerce
    .number(message)
    .int(message)
    .positive(message)
    .max(2 ** 31, message)

export const id = idField()
