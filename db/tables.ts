// The table objects of the process database's dialect, chosen once from the environment: the
// query modules import their tables from here. Typed as the SQLite ones (see Db in ./client):
// db/schema-pg.ts has the same tables and property names, so the builders are the same at run time.
import { getEnv } from '@/lib/env'
import * as sqlite from './schema'
import * as postgres from './schema-pg'

const schema = (getEnv().DATABASE_URL ? postgres : sqlite) as unknown as typeof sqlite

export const {
  users,
  categories,
  authors,
  articles,
  tags,
  articleTags,
  articleViews,
  comments,
  adSlots,
  authThrottle,
  commentReports,
  commentReactions,
  wordLists,
  settings,
  moderationActions,
  jobs,
  programs,
  episodes,
  datasets,
  datasetValues,
  polls,
  pollOptions,
  pollVotes,
  media,
  articleNotes,
  articleAuthors,
  articleRevisions,
  articleRedirects,
  deskPresence,
} = schema
