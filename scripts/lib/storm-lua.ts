// The wrk scripts of `npm run bench:comments`. wrk's Lua cannot tell which request a response
// answers, so the posters run one connection per wrk thread: each thread's response then answers
// the request that thread built last, and the thread can write down which form token was
// acknowledged. The readers need no such pairing: they only count the cache headers.

/** A Lua string literal. Only printable ASCII is put into the scripts (LuaJIT has no \u escapes). */
function lua(value: string): string {
  if (!/^[\x20-\x7e]*$/.test(value)) throw new Error(`Not printable ASCII, cannot go into a wrk script: ${value}`)
  return JSON.stringify(value)
}

export type PostTarget = { path: string; articleId: number; routerStateTree: string }

export type PostersScript = {
  /** One session cookie a line; post g goes out as account g mod the number of lines. */
  cookieFile: string
  /** Where each thread writes its log: t<n>.log, a line for every post sent (S), acknowledged (A) or refused (E). */
  outDir: string
  /** The articles in rotation: post g goes to slot g mod the length (an article may fill several slots). */
  slots: PostTarget[]
  actionId: string
  origin: string
  /** Post numbers continue from here, so a later phase picks up the accounts where the last one stopped. */
  offset: number
  threads: number
  tokenPrefix: string
}

/**
 * The posting script: every request is the form post the comment box sends from the article page
 * (a server action: `encodeReply([prevState, formData])` as multipart, the action's id, the
 * router state of the page), with its own form token and text and the next account's cookie.
 */
export function postersScript(options: PostersScript): string {
  const slots = options.slots
    .map((s) => `  { path = ${lua(s.path)}, id = ${lua(String(s.articleId))}, tree = ${lua(s.routerStateTree)} },`)
    .join('\n')
  return `
local slots = {
${slots}
}
local cookieFile, outDir = ${lua(options.cookieFile)}, ${lua(options.outDir)}
local actionId, origin, prefix = ${lua(options.actionId)}, ${lua(options.origin)}, ${lua(options.tokenPrefix)}
local offset, threadCount = ${options.offset}, ${options.threads}
local boundary = "----FaktaBenchBoundary7MA4YWxkTrZu0gW"

-- Main state: number the threads.
local created = 0
local threads = {}
setup = function(thread)
  thread:set("index", created)
  created = created + 1
  table.insert(threads, thread)
end

-- Thread state.
local cookies, log, current
local n = 0
local function field(name, value)
  return "--" .. boundary .. "\\r\\nContent-Disposition: form-data; name=\\"" .. name .. "\\"\\r\\n\\r\\n" .. value .. "\\r\\n"
end

init = function(args)
  cookies = {}
  for line in io.lines(cookieFile) do
    if line ~= "" then table.insert(cookies, line) end
  end
  log = io.open(outDir .. "/t" .. index .. ".log", "w")
  log:setvbuf("line")
end

request = function()
  local g = offset + n * threadCount + index
  n = n + 1
  local slot = slots[(g % #slots) + 1]
  local token = prefix .. g
  local body = field("_1_articleId", slot.id)
    .. field("_1_clientToken", token)
    .. field("_1_body", "Komentar uji beban nomor " .. g .. " (" .. token .. "): pembaca menanggapi berita ini.")
    .. field("0", '[null,"$K1"]')
    .. "--" .. boundary .. "--\\r\\n"
  current = token
  log:write("S ", token, "\\n")
  return wrk.format("POST", slot.path, {
    ["Accept"] = "text/x-component",
    ["Content-Type"] = "multipart/form-data; boundary=" .. boundary,
    ["Cookie"] = cookies[(g % #cookies) + 1],
    ["Next-Action"] = actionId,
    ["Next-Router-State-Tree"] = slot.tree,
    ["Origin"] = origin,
    ["Referer"] = origin .. slot.path,
  }, body)
end

response = function(status, headers, body)
  if status == 200 and string.find(body, '{"ok":true', 1, true) then
    log:write("A ", current, "\\n")
    return
  end
  local message = string.match(body, '"formError":"(.-)"[,}]')
  if not message then message = string.sub(body, 1, 160) end
  message = string.gsub(message, "[\\r\\n]", " ")
  log:write("E ", status, " ", current, " ", message, "\\n")
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('BENCH-JSON {"requests":%d,"durationUs":%d,"p50":%d,"p95":%d,"p99":%d,"max":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max,
    e.connect, e.read, e.write, e.status, e.timeout))
end
`
}

/** The readers' script: plain GETs of one page, counting its X-Nextjs-Cache values and the versions seen (comment counts in its heading). */
export function readersScript(pauseMs: number): string {
  return `
local threads = {}
${pauseMs > 0 ? `-- A reader reads: the next load comes this long after the last answer.\ndelay = function() return ${Math.round(pauseMs)} end\n` : ''}
setup = function(thread)
  table.insert(threads, thread)
end

cache = {}
headings = {}
versions = 0
statuses = {}

response = function(status, headers, body)
  local value = "none"
  for name, v in pairs(headers) do
    if string.lower(name) == "x-nextjs-cache" then value = v end
  end
  cache[value] = (cache[value] or 0) + 1
  statuses[status] = (statuses[status] or 0) + 1
  -- A version of the page: its comment heading, "Komentar (N)" (React may split it with <!-- -->).
  local at = string.find(body, 'id="komentar-heading"', 1, true)
  if at then
    local heading = string.gsub(string.sub(body, at, at + 400), "<!%-%-%s*%-%->", "")
    heading = string.match(heading, ">([^<]*)<") or ""
    if not headings[heading] then
      headings[heading] = true
      versions = versions + 1
    end
  end
end

done = function(summary, latency, requests)
  local parts, codes, total = {}, {}, 0
  for _, thread in ipairs(threads) do
    for name, count in pairs(thread:get("cache")) do
      table.insert(parts, string.format('"%s":%d', name, count))
    end
    for code, count in pairs(thread:get("statuses")) do
      table.insert(codes, string.format('"%d":%d', code, count))
    end
    total = total + thread:get("versions")
  end
  local e = summary.errors
  io.write(string.format('BENCH-JSON {"requests":%d,"durationUs":%d,"p50":%d,"p95":%d,"p99":%d,"max":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"cache":{%s},"statuses":{%s},"versions":%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max,
    e.connect, e.read, e.write, e.status, e.timeout, table.concat(parts, ","), table.concat(codes, ","), total))
end
`
}
