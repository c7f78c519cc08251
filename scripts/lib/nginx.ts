// Shared by `npm run start:proxy` and `npm run bench`: nginx (Debian's package) with the
// micro-cache config in scripts/nginx/fakta.conf.template, written to a temporary prefix folder.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = process.cwd()

/** The nginx binary, or undefined when nginx is not installed (apt-get install nginx-light). */
export function findNginx(): string | undefined {
  return ['/usr/sbin/nginx', '/usr/bin/nginx'].find((file) => fs.existsSync(file))
}

export type NginxOptions = {
  /** nginx's `listen` for the site, e.g. `127.0.0.1:3000` or `[::1]:3000`. */
  listen: string
  /** The app server, `host:port`, or several, balanced round robin (`npm run start:cluster`). */
  upstream: string | string[]
  /** Log each request with the app server that answered it to PREFIX/access.log (off by default). */
  accessLog?: boolean
  /** The build's static folder (NEXT_DIST_DIR/static). */
  staticDir: string
  /** The public folder. */
  publicDir: string
  /** More `server { … }` blocks, added at the end of the http block. */
  extraServers?: string
  /** false: no micro-cache, every request reaches an app server (the bench measures the instances so). */
  microCache?: boolean
}

const MODULES = '/usr/lib/nginx/modules'
const BROTLI_FILES = ['ngx_http_brotli_filter_module.so', 'ngx_http_brotli_static_module.so']

/** Brotli next to gzip when Debian's modules are installed; otherwise gzip alone. */
function brotli(): { BROTLI_MODULES: string; BROTLI: string } {
  if (!BROTLI_FILES.every((file) => fs.existsSync(path.join(MODULES, file)))) {
    return { BROTLI_MODULES: '# (not installed)', BROTLI: '# brotli: modules not installed' }
  }
  return {
    BROTLI_MODULES: BROTLI_FILES.map((file) => `load_module ${path.join(MODULES, file)};`).join('\n'),
    BROTLI:
      'brotli on; brotli_comp_level 5; brotli_min_length 256; brotli_types text/css text/plain text/xml text/x-component application/javascript application/json application/xml application/rss+xml application/atom+xml application/manifest+json image/svg+xml;',
  }
}

export type NginxConfig = { bin: string; prefix: string; args: string[] }

/**
 * Fills in the template, writes nginx.conf into a new temporary prefix folder and checks it with
 * `nginx -t`. Throws (and removes the folder) when nginx is missing or the check fails.
 */
export function writeNginxConfig(options: NginxOptions): NginxConfig {
  const bin = findNginx()
  if (!bin) throw new Error('nginx is not installed: apt-get install -y nginx-light')
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'fakta-nginx-'))
  fs.chmodSync(prefix, 0o755)
  const values: Record<string, string> = {
    PREFIX: prefix,
    LISTEN: options.listen,
    // The template has `server {{UPSTREAM}};`: one line per app server.
    UPSTREAM: ([] as string[]).concat(options.upstream).join(';\n    server '),
    STATIC: options.staticDir,
    PUBLIC: options.publicDir,
    ...brotli(),
  }
  const template = fs.readFileSync(path.join(root, 'scripts/nginx/fakta.conf.template'), 'utf8')
  let config = template.replace(/\{\{([A-Z_]+)\}\}/g, (_, name: string) => values[name] ?? `{{${name}}}`)
  if (options.accessLog) {
    config = config.replace(
      /^ {2}access_log off;$/m,
      `  log_format fakta_upstream '$time_iso8601 $status $request_method $request_uri upstream=$upstream_addr cache=$upstream_cache_status';\n  access_log ${prefix}/access.log fakta_upstream;`,
    )
  }
  if (options.microCache === false) config = config.replace(/^( +)proxy_cache fakta;$/m, '$1proxy_cache off;')
  if (options.extraServers) {
    // The template ends with the http block's closing brace.
    const end = config.lastIndexOf('}')
    config = `${config.slice(0, end)}\n${options.extraServers.trim()}\n}\n`
  }
  const file = path.join(prefix, 'nginx.conf')
  fs.writeFileSync(file, config)
  const args = ['-p', prefix, '-c', file, '-e', path.join(prefix, 'error.log')]
  const check = spawnSync(bin, [...args, '-t', '-q'], { stdio: 'inherit' })
  if (check.status !== 0) {
    fs.rmSync(prefix, { recursive: true, force: true })
    throw new Error(`nginx -t rejected the config (${file})`)
  }
  return { bin, prefix, args }
}

/** Runs nginx in the foreground with a config from writeNginxConfig. */
export function spawnNginx(config: NginxConfig, { detached = false } = {}): ChildProcess {
  return spawn(config.bin, [...config.args, '-g', 'daemon off;'], { stdio: 'inherit', detached })
}

/**
 * writeNginxConfig and spawnNginx in one. With `detached`, nginx's master and workers share a
 * process group of their own, whose id is the child's pid.
 */
export function startNginx(options: NginxOptions & { detached?: boolean }): { child: ChildProcess; prefix: string } {
  const config = writeNginxConfig(options)
  return { child: spawnNginx(config, { detached: options.detached }), prefix: config.prefix }
}
