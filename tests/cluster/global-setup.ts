// Skips the suite with one line when Redis is not there; otherwise empties the suite's Redis
// database, makes a fresh demo database (PostgreSQL when it answers, else a SQLite file; one line
// says which) and builds for it when needed.
import fs from 'node:fs'
import path from 'node:path'
import { Redis } from 'ioredis'
import { ensureBuild, envOrExit, prepareDatabase } from '../../scripts/lib/server'
import { CLUSTER_DIR } from './playwright.config'
import { createSuiteDatabase, postgresAnswers, serverUrl, shown } from './database'
import { clusterEnv, redisAnswers, suiteRedisUrl } from './instances'

export default async function globalSetup(): Promise<void> {
  const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'
  if (!(await redisAnswers(suiteRedisUrl()))) {
    console.log(`Redis not reachable at ${url}: skipping the scale-out suite`)
    process.env.CLUSTER_SKIP = '1'
    return
  }
  const redis = new Redis(suiteRedisUrl())
  await redis.flushdb()
  redis.disconnect()

  const database = process.env.E2E_DATABASE_FILE!
  fs.mkdirSync(CLUSTER_DIR, { recursive: true })
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${database}${suffix}`, { force: true })
  const server = serverUrl()
  if (await postgresAnswers(server)) {
    process.env.CLUSTER_DATABASE_URL = await createSuiteDatabase(server)
    console.log(`Scale-out suite on PostgreSQL (${shown(process.env.CLUSTER_DATABASE_URL)}) and Redis (${suiteRedisUrl()})`)
  } else {
    delete process.env.CLUSTER_DATABASE_URL
    console.log(
      `PostgreSQL not reachable at ${shown(server)}: scale-out suite on the shared SQLite file ${database} and Redis (${suiteRedisUrl()})`,
    )
  }
  const media = path.join(CLUSTER_DIR, 'media')
  fs.rmSync(media, { recursive: true, force: true })
  const env = clusterEnv(database, media)
  envOrExit(env)
  prepareDatabase(env)
  ensureBuild(env)
}
