// The islands of static reading pages (docs/decisions/013): one small script, loaded as a module
// after the page, gives each element marked `data-island="name"` its behaviour. The markup is
// the server's; without JavaScript every island still shows something that works.
type Island = (element: HTMLElement) => void

/**
 * The header's account corner: sign-in links that lead back to this page. Static pages are only
 * served to readers who have not signed in (lib/http/static-pages.ts), so it is never a name.
 */
const account: Island = (element) => {
  const here = location.pathname + location.search
  for (const link of element.querySelectorAll<HTMLAnchorElement>('a[data-back]')) {
    link.href = `${link.pathname}?callbackUrl=${encodeURIComponent(here)}`
  }
}

/** A link whose target with JavaScript is another: the comment sign-in goes straight back here. */
const signIn: Island = (element) => {
  if (element instanceof HTMLAnchorElement && element.dataset.href) element.href = element.dataset.href
}

/** Popular 24 hours / 7 days: tabs over lists the server rendered, arrow keys included. */
const tabs: Island = (element) => {
  const buttons = [...element.querySelectorAll<HTMLButtonElement>('[role="tab"]')]
  const panels = [...element.querySelectorAll<HTMLElement>('[role="tabpanel"]')]
  const select = (index: number, focus: boolean) => {
    buttons.forEach((button, i) => {
      const active = i === index
      button.setAttribute('aria-selected', String(active))
      button.tabIndex = active ? 0 : -1
      button.classList.toggle('bg-paper', active)
      button.classList.toggle('text-ink', active)
      button.classList.toggle('shadow-sm', active)
      button.classList.toggle('text-muted', !active)
      const panel = panels[i]
      if (panel) panel.hidden = !active
    })
    if (focus) buttons[index]?.focus()
  }
  buttons.forEach((button, index) => {
    button.addEventListener('click', () => select(index, false))
    button.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return
      select((index + (event.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length, true)
    })
  })
}

/** Copy-link and the device's own share sheet. */
const share: Island = (element) => {
  const { url = location.href, title = document.title, copied = '' } = element.dataset
  const copy = element.querySelector<HTMLButtonElement>('[data-copy]')
  const native = element.querySelector<HTMLButtonElement>('[data-native]')
  const status = element.querySelector<HTMLElement>('[role="status"]')
  copy?.addEventListener('click', async () => {
    const label = copy.textContent
    try {
      await navigator.clipboard.writeText(url)
      copy.textContent = copied
      if (status) status.textContent = copied
      setTimeout(() => {
        copy.textContent = label
        if (status) status.textContent = ''
      }, 2500)
    } catch {
      window.prompt(label ?? '', url)
    }
  })
  if (native && typeof navigator.share === 'function') {
    native.hidden = false
    native.addEventListener('click', () => navigator.share({ title, url }).catch(() => {}))
  }
}

/** A click-to-load player: the provider's frame replaces the button when the reader presses play. */
const player: Island = (element) => {
  const { src = '', title = '', frame = '', height } = element.dataset
  element.querySelector('button')?.addEventListener('click', () => {
    const iframe = document.createElement('iframe')
    iframe.src = src
    iframe.title = title
    iframe.allow = 'autoplay; encrypted-media; picture-in-picture'
    iframe.allowFullscreen = true
    iframe.className = frame
    if (height) iframe.style.height = `${height}px`
    element.replaceChildren(iframe)
    iframe.focus()
  })
}

/** Counts a read: one beacon after the page has loaded. */
const view: Island = (element) => {
  const body = JSON.stringify({ id: Number(element.dataset.article) })
  if (!navigator.sendBeacon?.('/api/views', body)) fetch('/api/views', { method: 'POST', body, keepalive: true }).catch(() => {})
}

/** New comments while the reader is here: only pages with a discussion load it. */
const liveComments: Island = (element) => {
  import('./live-comments').then(({ mountLiveComments }) => mountLiveComments(element)).catch(() => {})
}

const islands: Record<string, Island> = { account, 'sign-in': signIn, tabs, share, player, view, 'live-comments': liveComments }

for (const element of document.querySelectorAll<HTMLElement>('[data-island]')) {
  islands[element.dataset.island ?? '']?.(element)
}
